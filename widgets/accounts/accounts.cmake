# widgets/accounts: the Accounts view of a host, its dialogs, and the audit log.
list(APPEND WERKBANK_ACCOUNTS_WIDGET_SOURCES
  accounts/AccountsView.h accounts/AccountsView.cpp
  accounts/AccountActions.h accounts/AccountActions.cpp
  accounts/ResetPasswordDialog.h accounts/ResetPasswordDialog.cpp
  accounts/PasswordRevealDialog.h accounts/PasswordRevealDialog.cpp
  accounts/ClipboardGuard.h accounts/ClipboardGuard.cpp
  accounts/ExpiryDialog.h accounts/ExpiryDialog.cpp
  accounts/AccountGroupDialog.h accounts/AccountGroupDialog.cpp
  accounts/AuditLogDialog.h accounts/AuditLogDialog.cpp
)
