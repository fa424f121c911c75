# core/ssh: the SSH engine on libssh (owned by core/CMakeLists.txt's include).
list(APPEND WERKBANK_SSH_SOURCES
  ssh/SshTypes.h ssh/SshTypes.cpp
  ssh/SshEvents.h
  ssh/KnownHosts.h ssh/KnownHosts.cpp
  ssh/SshHop.h ssh/SshHop.cpp ssh/SshHopAuth.cpp
  ssh/SshWorker.h ssh/SshWorker.cpp ssh/SshWorkerReuse.cpp
  ssh/CredentialStore.h ssh/CredentialStore.cpp
  ssh/SshConnection.h ssh/SshConnection.cpp
  ssh/InventoryTargets.h ssh/InventoryTargets.cpp
  ssh/SshSettings.h ssh/SshSettings.cpp
  ssh/ConnectionSettings.h ssh/ConnectionSettings.cpp
  ssh/RunReport.h ssh/RunReport.cpp
  ssh/CommandRunner.h ssh/CommandRunner.cpp
  ssh/SshPool.h ssh/SshPool.cpp
  ssh/FileLimit.h ssh/FileLimit.cpp
)
