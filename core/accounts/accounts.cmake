# core/accounts: account actions on hosts (owned by core/CMakeLists.txt's include).
list(APPEND WERKBANK_ACCOUNTS_SOURCES
  accounts/AccountAction.h
  accounts/AccountInput.h accounts/AccountInput.cpp
  accounts/LinuxAccountCommands.h accounts/LinuxAccountCommands.cpp
  accounts/PasswordGenerator.h accounts/PasswordGenerator.cpp
  accounts/AccountActionJob.h accounts/AccountActionJob.cpp
  accounts/ActionTrail.h accounts/ActionTrail.cpp
  accounts/AsyncActionTrail.h accounts/AsyncActionTrail.cpp
  accounts/AccountStatus.h
  accounts/AccountBackend.h accounts/AccountBackend.cpp
  accounts/LinuxSshAccountBackend.h accounts/LinuxSshAccountBackend.cpp
  accounts/AccountBackendFactory.h accounts/AccountBackendFactory.cpp
  accounts/LinuxAccountListing.h accounts/LinuxAccountListing.cpp
)
