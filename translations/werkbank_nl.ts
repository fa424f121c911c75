<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>wb::AboutDialog</name>
    <message>
        <location filename="../widgets/main/HelpDialogs.cpp" line="+57"/>
        <source>About Werkbank</source>
        <translation>Over Werkbank</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;h3&gt;Werkbank %1&lt;/h3&gt;&lt;p&gt;Inventory, SSH sessions, account actions and tickets in one window, for system administrators and helpdesk staff.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Werkbank %1&lt;/h3&gt;&lt;p&gt;Inventaris, SSH-sessies, accountacties en tickets in één venster, voor systeembeheerders en helpdeskmedewerkers.&lt;/p&gt;&lt;p&gt;Werkruimte: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the version and the libraries&apos; versions, for a bug report</source>
        <translation>De versie en die van de bibliotheken kopiëren, voor een foutmelding</translation>
    </message>
</context>
<context>
    <name>wb::AccountActionJob</name>
    <message>
        <location filename="../core/accounts/AccountActionJob.cpp" line="+72"/>
        <location line="+27"/>
        <source>The account backend is gone. Nothing was sent to %1.</source>
        <translation>De accountafhandeling is niet meer beschikbaar. Er is niets naar %1 verstuurd.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 Nothing was sent to %2.</source>
        <translation>%1 Er is niets naar %2 verstuurd.</translation>
    </message>
</context>
<context>
    <name>wb::AccountActions</name>
    <message>
        <location filename="../widgets/accounts/AccountActions.cpp" line="+53"/>
        <source>&amp;Reset Password…</source>
        <translation>Wachtwoord &amp;resetten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Must Change at Next Login</source>
        <translation>&amp;Wachtwoordwijziging afdwingen bij volgende aanmelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable</source>
        <translation>&amp;Uitschakelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enable</source>
        <translation>&amp;Inschakelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;Failed Logins</source>
        <translation>Mislukte &amp;aanmeldingen resetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set E&amp;xpiry…</source>
        <translation>Verval&amp;datum instellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear Expiry</source>
        <translation>Vervaldatum wi&amp;ssen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to &amp;Group…</source>
        <translation>Aan groep &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from Gr&amp;oup…</source>
        <translation>Uit de &amp;groep verwijderen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Refres&amp;h</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Lock Account</source>
        <translation>Account vergrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the password of “%1” on %2?</source>
        <translation>Het wachtwoord van “%1” op %2 vergrendelen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logging in with the password stops working until it is unlocked; SSH keys keep working.</source>
        <translation>Aanmelden met het wachtwoord werkt niet meer tot het ontgrendeld is; SSH-sleutels blijven werken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disable Account</source>
        <translation>Account uitschakelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the account “%1” on %2?</source>
        <translation>Het account “%1” op %2 uitschakelen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody can log in as %1 in any way, keys included, until it is enabled again.</source>
        <translation>Niemand kan zich op welke manier ook als %1 aanmelden, ook niet met sleutels, tot het weer ingeschakeld is.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable</source>
        <translation>Uitschakelen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from Group</source>
        <translation>Uit de groep verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take “%1” on %2 out of the group “%3”?</source>
        <translation>“%1” op %2 uit de groep “%3” verwijderen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the group allows stops for %1 from the next login on.</source>
        <translation>Wat de groep toestaat, vervalt voor %1 vanaf de volgende aanmelding.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resetting the password of %1 on %2…</source>
        <translation>Wachtwoord van %1 op %2 resetten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making %1 on %2 change the password at the next login…</source>
        <translation>%1 op %2 het wachtwoord laten wijzigen bij de volgende aanmelding…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locking %1 on %2…</source>
        <translation>%1 op %2 vergrendelen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlocking %1 on %2…</source>
        <translation>%1 op %2 ontgrendelen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabling %1 on %2…</source>
        <translation>%1 op %2 uitschakelen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabling %1 on %2…</source>
        <translation>%1 op %2 inschakelen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resetting the failed logins of %1 on %2…</source>
        <translation>Mislukte aanmeldingen van %1 op %2 resetten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting %1 on %2 to expire on %3…</source>
        <translation>%1 op %2 laten verlopen op %3…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clearing the expiry of %1 on %2…</source>
        <translation>Vervaldatum van %1 op %2 wissen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding %1 on %2 to %3…</source>
        <translation>%1 op %2 aan %3 toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing %1 on %2 from %3…</source>
        <translation>%1 op %2 uit %3 verwijderen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reset the password of %1 on %2.</source>
        <translation>Wachtwoord van %1 op %2 gereset.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 must change the password at the next login.</source>
        <translation>%1 op %2 moet het wachtwoord bij de volgende aanmelding wijzigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked %1 on %2.</source>
        <translation>%1 op %2 vergrendeld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlocked %1 on %2.</source>
        <translation>%1 op %2 ontgrendeld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled %1 on %2.</source>
        <translation>%1 op %2 uitgeschakeld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled %1 on %2.</source>
        <translation>%1 op %2 ingeschakeld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the failed logins of %1 on %2.</source>
        <translation>Mislukte aanmeldingen van %1 op %2 gereset.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 expires on %3.</source>
        <translation>%1 op %2 verloopt op %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 no longer expires.</source>
        <translation>%1 op %2 verloopt niet meer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1 on %2 to %3.</source>
        <translation>%1 op %2 aan %3 toegevoegd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed %1 on %2 from %3.</source>
        <translation>%1 op %2 uit %3 verwijderd.</translation>
    </message>
</context>
<context>
    <name>wb::AccountController</name>
    <message>
        <location filename="../widgets/accounts/AccountController.cpp" line="+32"/>
        <source>&amp;Manage Accounts…</source>
        <translation>Accounts &amp;beheren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset passwords, lock, unlock and change the accounts on the selected host or directory</source>
        <translation>Wachtwoorden herstellen, vergrendelen, ontgrendelen en de accounts wijzigen op de gekozen host of in de gekozen directory</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit &amp;Log…</source>
        <translation>Audit&amp;logboek…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every account action done from this workspace, with its outcome</source>
        <translation>Elke accountactie die vanuit deze werkruimte is uitgevoerd, met de uitkomst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select one host or directory to manage its accounts.</source>
        <translation>Kies één host of directory om de accounts te beheren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Manage Accounts</source>
        <translation>Accounts beheren</translation>
    </message>
</context>
<context>
    <name>wb::AccountGroupDialog</name>
    <message>
        <location filename="../widgets/accounts/AccountGroupDialog.cpp" line="+20"/>
        <source>Add to Group</source>
        <translation>Aan groep toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove from Group</source>
        <translation>Uit de groep verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt; to the group:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; op &lt;b&gt;%2&lt;/b&gt; toevoegen aan de groep:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt; out of the group:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; op &lt;b&gt;%2&lt;/b&gt; uit de groep verwijderen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>group name</source>
        <translation>groepsnaam</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A group name starts with a lower-case letter or _ and holds only a–z, 0–9, _ and -.</source>
        <translation>Een groepsnaam begint met een kleine letter of _ en bevat alleen a–z, 0–9, _ en -.</translation>
    </message>
</context>
<context>
    <name>wb::AccountInput</name>
    <message>
        <location filename="../core/accounts/AccountInput.cpp" line="+24"/>
        <source>The password is empty.</source>
        <translation>Het wachtwoord is leeg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password contains a line break.</source>
        <translation>Het wachtwoord bevat een regeleinde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password contains a NUL character.</source>
        <translation>Het wachtwoord bevat een NUL-teken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is longer than %1 bytes.</source>
        <translation>Het wachtwoord is langer dan %1 bytes.</translation>
    </message>
</context>
<context>
    <name>wb::AccountModel</name>
    <message>
        <location filename="../models/accounts/AccountModel.cpp" line="+116"/>
        <source>set</source>
        <translation>ingesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked</source>
        <translation>vergrendeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>disabled</source>
        <translation>uitgeschakeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>ingeschakeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Werkbank does not act on “%1”: the names it acts on start with a lower-case letter or _ and hold only a–z, 0–9, _ and - (32 characters at most).</source>
        <translation>Werkbank kan “%1” niet beheren: de namen die Werkbank kan beheren, beginnen met een kleine letter of _ en bevatten alleen a–z, 0–9, _ en - (hoogstens 32 tekens).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, shell %2</source>
        <translation>%1, shell %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password is set.</source>
        <translation>Er is een wachtwoord ingesteld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is locked: it cannot be used to log in until it is unlocked.</source>
        <translation>Het wachtwoord is vergrendeld: aanmelden ermee kan pas weer als het ontgrendeld is.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is empty: some services let anyone log in without one.</source>
        <translation>Het wachtwoord is leeg: sommige diensten laten iedereen zonder wachtwoord binnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No usable password: logins only by key or another method.</source>
        <translation>Geen bruikbaar wachtwoord: aanmelden alleen met een sleutel of een andere methode.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host did not let Werkbank read the password state.</source>
        <translation>De host liet Werkbank de wachtwoordstatus niet lezen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account expired on %1: nobody can log in with it.</source>
        <translation>Het account is verlopen op %1: niemand kan zich ermee aanmelden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host does not count failed logins (no faillock).</source>
        <translation>De host telt geen mislukte aanmeldingen (geen faillock).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>When the password was last changed</source>
        <translation>Wanneer het wachtwoord voor het laatst is gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must be changed at the next login</source>
        <translation>Het wachtwoord moet bij de volgende aanmelding worden gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many days a password may be used before it must be changed</source>
        <translation>Hoeveel dagen een wachtwoord gebruikt mag worden voordat het gewijzigd moet worden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the account stops working</source>
        <translation>De dag waarop het account ophoudt te werken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed logins counted by faillock since the last reset</source>
        <translation>Mislukte aanmeldingen die faillock sinds de laatste reset heeft geteld</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must change</source>
        <translation>Moet wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max age (days)</source>
        <translation>Max. wachtwoordduur (dagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed logins</source>
        <translation>Mislukte aanmeldingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last login</source>
        <translation>Laatste aanmelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
</context>
<context>
    <name>wb::AccountsPage</name>
    <message>
        <location filename="../widgets/preferences/PreferencesPages.cpp" line="+269"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A password copied from Werkbank is taken off the clipboard after this long, unless something else was copied meanwhile.</source>
        <translation>Een wachtwoord dat uit Werkbank is gekopieerd, gaat na deze tijd van het klembord, tenzij er intussen iets anders is gekopieerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> characters</source>
        <translation> tekens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower case (a–z)</source>
        <translation>Kleine letters (a–z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper case (A–Z)</source>
        <translation>Hoofdletters (A–Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits (0–9)</source>
        <translation>Cijfers (0–9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbols (!#%…)</source>
        <translation>Symbolen (!#%…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Easy to read aloud (no 0/O, 1/l/I, quotes …)</source>
        <translation>Makkelijk &amp;voor te lezen (geen 0/O, 1/l/I, aanhalingstekens …)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear copied passwords &amp;after:</source>
        <translation>Gekopieerde wachtwoorden wissen &amp;na:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated password &amp;length:</source>
        <translation>&amp;Lengte van gegenereerde wachtwoorden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated passwords use:</source>
        <translation>Gegenereerde wachtwoorden gebruiken:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A directory&apos;s password policy may ask for more; Generate then follows the policy.</source>
        <translation>Het wachtwoordbeleid van een directory kan meer vragen; Genereren volgt dan het beleid.</translation>
    </message>
</context>
<context>
    <name>wb::AccountsView</name>
    <message>
        <location filename="../widgets/accounts/AccountsView.cpp" line="+114"/>
        <source>Filter: account, full name, group  (Ctrl+F)</source>
        <translation>Filter: account, volledige naam, groep  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show s&amp;ystem accounts</source>
        <translation>S&amp;ysteemaccounts tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list root and the accounts services run as (UID below 1000)</source>
        <translation>Ook root en de accounts waaronder diensten draaien tonen (UID onder 1000)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No accounts to show</source>
        <translation>Geen accounts om te tonen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Accounts — %1</source>
        <translation>Accounts — %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+32"/>
        <source>Listing the accounts on %1…</source>
        <translation>Accounts op %1 opvragen…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The accounts on %1 could not be listed (the reason is above). Press &lt;b&gt;F5&lt;/b&gt; to try again.</source>
        <translation>De accounts op %1 konden niet worden opgevraagd (de reden staat hierboven). Druk op &lt;b&gt;F5&lt;/b&gt; om het opnieuw te proberen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no accounts for people. Tick &lt;b&gt;Show system accounts&lt;/b&gt; to see every account.</source>
        <translation>%1 heeft geen accounts voor mensen. Vink &lt;b&gt;Systeemaccounts tonen&lt;/b&gt; aan om alle accounts te zien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reported no accounts.</source>
        <translation>%1 meldde geen accounts.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%Ln account(s) on %1.</source>
        <translation>
            <numerusform>%Ln account op %1.</numerusform>
            <numerusform>%Ln accounts op %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Reading %1 on %2 again…</source>
        <translation>%1 op %2 opnieuw lezen…</translation>
    </message>
    <message>
        <location line="-350"/>
        <source>Waiting for the sudo password…</source>
        <translation>Wachten op het sudo-wachtwoord…</translation>
    </message>
</context>
<context>
    <name>wb::ActiveDirectoryProfile</name>
    <message>
        <location filename="../core/directory/ActiveDirectoryProfile.cpp" line="+84"/>
        <source>Active Directory has no lock by hand: an account is locked out only by bad passwords. Disable it instead.</source>
        <translation>Active Directory kent geen handmatige vergrendeling: een account wordt alleen door foute wachtwoorden vergrendeld. Schakel het in plaats daarvan uit.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Cannot read the userAccountControl of %1, so it was not changed.</source>
        <translation>Kan de userAccountControl van %1 niet lezen, dus is er niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has “password never expires” set, so “must change at next logon” would have no effect. Clear “password never expires” with it (--clear-never-expires) to make it count.</source>
        <translation>Bij %1 staat “wachtwoord verloopt nooit” aan, dus “moet bij de volgende aanmelding wijzigen” zou geen effect hebben. Schakel “wachtwoord verloopt nooit” tegelijk uit (--clear-never-expires) om het te laten gelden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>“%1” is geen datum (JJJJ-MM-DD).</translation>
    </message>
</context>
<context>
    <name>wb::AnsibleHostPattern</name>
    <message>
        <location filename="../core/inventory/io/AnsibleHostPattern.cpp" line="+41"/>
        <source>“%1” is not a host range; write it as [01:10], [a:f] or [1:10:2].</source>
        <translation>“%1” is geen hostbereik; schrijf het als [01:10], [a:f] of [1:10:2].</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The step in host range “%1” must be a positive number.</source>
        <translation>De stapgrootte in hostbereik “%1” moet een positief getal zijn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>The host range “%1” is empty or too large.</source>
        <translation>Het hostbereik “%1” is leeg of te groot.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The host range “%1” must give start and end with the same number of digits.</source>
        <translation>Het hostbereik “%1” moet begin en einde met hetzelfde aantal cijfers opgeven.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The host range “%1” must run between two numbers or two letters, the first not after the second.</source>
        <translation>Het hostbereik “%1” moet tussen twee getallen of twee letters lopen, waarbij de eerste niet na de tweede komt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The step in host range “%1” is larger than the range, so it would name only its first host; write that host without a range.</source>
        <translation>De stap in hostbereik “%1” is groter dan het bereik zelf, zodat alleen de eerste host overblijft; schrijf die host zonder bereik.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+36"/>
        <source>The host range “%1” expands to more than %2 hosts.</source>
        <translation>Het hostbereik “%1” levert meer dan %2 hosts op.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The host range in “%1” has no closing “]”.</source>
        <translation>Het hostbereik in “%1” heeft geen sluitende “]”.</translation>
    </message>
</context>
<context>
    <name>wb::AnsibleReader</name>
    <message>
        <location filename="../core/inventory/io/AnsibleReader.cpp" line="+79"/>
        <source>“%1” is not a valid section header; write [group], [group:children] or [group:vars], without spaces in the name. The lines up to the next section were not read.</source>
        <translation>“%1” is geen geldige sectiekop; schrijf [groep], [groep:children] of [groep:vars], zonder spaties in de naam. De regels tot de volgende sectie zijn niet gelezen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Section type “%1” is not supported; use [group], [group:children] or [group:vars].</source>
        <translation>Sectietype “%1” wordt niet ondersteund; gebruik [groep], [groep:children] of [groep:vars].</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A [%1:children] section lists one group name per line.</source>
        <translation>Een sectie [%1:children] bevat één groepsnaam per regel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is Ansible&apos;s group of all hosts and cannot be a child group.</source>
        <translation>“%1” is de groep van Ansible met alle hosts en kan geen subgroep zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group “%1” cannot be a child of itself.</source>
        <translation>Groep “%1” kan geen subgroep van zichzelf zijn.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Variables for all hosts are not imported.</source>
        <translation>Variabelen voor alle hosts worden niet geïmporteerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variables of group “%1” are not imported.</source>
        <translation>Variabelen van groep “%1” worden niet geïmporteerd.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>“%1” is not a variable: write key=value, and put quotes around values with spaces.</source>
        <translation>“%1” is geen variabele: schrijf sleutel=waarde en zet aanhalingstekens rond waarden met spaties.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file lists hosts more than %1 times in all; this line and the rest of the file were not read.</source>
        <translation>Het bestand noemt in totaal meer dan %1 keer een host; deze regel en de rest van het bestand zijn niet gelezen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file holds more than %1 hosts; this line and the rest of the file were not read.</source>
        <translation>Het bestand bevat meer dan %1 hosts; deze regel en de rest van het bestand zijn niet gelezen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Group “%1” is also listed under “%2”; it stays under “%3”, where it was listed first.</source>
        <translation>Groep “%1” staat ook onder “%2”; de groep blijft onder “%3”, waar hij het eerst stond.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Group “%1” cannot be a child of “%2”: “%2” is already inside “%1”.</source>
        <translation>Groep “%1” kan geen subgroep van “%2” zijn: “%2” valt al binnen “%1”.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Group “%1” would be nested more than %2 levels deep; it was placed directly in the import&apos;s group.</source>
        <translation>Groep “%1” zou meer dan %2 niveaus diep komen te liggen; de groep is direct in de groep van de import geplaatst.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Host “%1” is in the groups %2; it was placed in “%3” and the other groups became tags.</source>
        <translation>Host “%1” zit in de groepen %2; de host is in “%3” geplaatst en de andere groepen zijn labels geworden.</translation>
    </message>
</context>
<context>
    <name>wb::ApplyUpdatesDialog</name>
    <message>
        <location filename="../widgets/fleet/ApplyUpdatesDialog.cpp" line="+23"/>
        <source>Apply Updates</source>
        <translation>Updates toepassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each host&apos;s package manager (apt-get, dnf, yum or apk) upgrades what its newest facts list, without asking; the package lists are not refreshed first. Gather Facts again to see newer updates.</source>
        <translation>De pakketbeheerder van elke host (apt-get, dnf, yum of apk) werkt bij wat de nieuwste gegevens noemen, zonder te vragen; de pakketlijsten worden niet eerst ververst. Verzamel de gegevens opnieuw om nieuwere updates te zien.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: no facts yet (Gather Facts first): left out</source>
        <translation>%1: nog geen gegevens (verzamel eerst gegevens): overgeslagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: nothing to upgrade (facts of %2)</source>
        <translation>%1: niets bij te werken (gegevens van %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: pending updates not known (%2)</source>
        <translation>%1: openstaande updates niet bekend (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %n package(s) with %2</source>
        <translation>
            <numerusform>%1: %n pakket met %2</numerusform>
            <numerusform>%1: %n pakketten met %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n security update(s)</source>
        <translation>
            <numerusform>%n beveiligingsupdate</numerusform>
            <numerusform>%n beveiligingsupdates</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facts of %1</source>
        <translation>gegevens van %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>for logins that are not root; kept in memory only</source>
        <translation>voor logins die niet root zijn; alleen in het geheugen bewaard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Apply Updates</source>
        <translation>Updates &amp;toepassen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sudo &amp;password:</source>
        <translation>Sudo-&amp;wachtwoord:</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n host(s) will be upgraded.</source>
        <translation>
            <numerusform>%n host wordt bijgewerkt.</numerusform>
            <numerusform>%n hosts worden bijgewerkt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No host is chosen.</source>
        <translation>Er is geen host gekozen.</translation>
    </message>
</context>
<context>
    <name>wb::ArticleSuggestions</name>
    <message>
        <location filename="../widgets/tickets/ArticleSuggestions.cpp" line="+16"/>
        <source>Related articles</source>
        <translation>Verwante artikelen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Knowledge-base articles that share words with the title; double-click to read one</source>
        <translation>Kennisbankartikelen met woorden uit de titel; dubbelklik om er een te lezen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No article matches the title yet.</source>
        <translation>Nog geen artikel past bij de titel.</translation>
    </message>
</context>
<context>
    <name>wb::AsyncAuditLog</name>
    <message>
        <location filename="../core/audit/AsyncAuditLog.cpp" line="+33"/>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>wb::AsyncTicketStore</name>
    <message>
        <location filename="../core/tickets/AsyncTicketStore.cpp" line="+70"/>
        <source>The ticket rules were changed elsewhere since they were opened; nothing was saved.</source>
        <translation>De ticketregels zijn elders gewijzigd sinds ze werden geopend; er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>wb::AuditLog</name>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="+98"/>
        <source>No workspace is open.</source>
        <translation>Er is geen werkruimte geopend.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The audit log could not be written: %1</source>
        <translation>Het auditlogboek kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The audit log could not be read: %1</source>
        <translation>Het auditlogboek kon niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>wb::AuditLogDialog</name>
    <message>
        <location filename="../widgets/accounts/AuditLogDialog.cpp" line="+35"/>
        <source>Audit Log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>part of a host name</source>
        <translation>deel van een hostnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of an account name</source>
        <translation>deel van een accountnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who did it</source>
        <translation>wie het deed</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the audit log…</source>
        <translation>Het auditlogboek wordt gelezen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The newest %L1 records; narrow the filter to see older ones.</source>
        <translation>De nieuwste %L1 records; verfijn het filter om oudere te zien.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting to %1…</source>
        <translation>Exporteren naar %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Export Audit Log</source>
        <translation>Auditlogboek exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>%Ln record geëxporteerd naar %1.</numerusform>
            <numerusform>%Ln records geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::AuditLogModel</name>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="+42"/>
        <source>The action was started, and Werkbank ended before it learned the outcome: check the account.</source>
        <translation>De actie is gestart, maar Werkbank werd afgesloten voordat de uitkomst bekend was: controleer het account.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection ended after the change was sent: it may have been made.</source>
        <translation>De verbinding werd verbroken nadat de wijziging was verstuurd: mogelijk is ze doorgevoerd.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ok</source>
        <translation>gelukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may have been made</source>
        <translation>mogelijk doorgevoerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no outcome recorded</source>
        <translation>geen uitkomst vastgelegd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Aanmeldnaam</translation>
    </message>
</context>
<context>
    <name>wb::AuthMethod</name>
    <message>
        <location filename="../core/inventory/InventoryTypes.cpp" line="+32"/>
        <source>SSH agent</source>
        <translation>SSH-agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key file</source>
        <translation>Sleutelbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
</context>
<context>
    <name>wb::BackupCheck</name>
    <message>
        <location filename="../core/fleet/FactsScript.cpp" line="+68"/>
        <source>A backup check is file:PATH or command:COMMAND, on one line (“%1” is neither).</source>
        <translation>Een back-upcontrole is file:PAD of command:OPDRACHT, op één regel (“%1” is geen van beide).</translation>
    </message>
</context>
<context>
    <name>wb::CapacityChart</name>
    <message numerus="yes">
        <location filename="../widgets/fleet/CapacityChart.cpp" line="+48"/>
        <source>No snapshots of this filesystem in the last %n day(s).</source>
        <translation>
            <numerusform>Geen momentopnamen van dit bestandssysteem in de afgelopen %n dag.</numerusform>
            <numerusform>Geen momentopnamen van dit bestandssysteem in de afgelopen %n dagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 used of %3 (%4 %)</source>
        <translation>%1: %2 gebruikt van %3 (%4 %)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>full at %1</source>
        <translation>vol bij %1</translation>
    </message>
</context>
<context>
    <name>wb::CapacityModel</name>
    <message>
        <location filename="../models/fleet/CapacityModel.cpp" line="+48"/>
        <source>full</source>
        <translation>vol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not filling</source>
        <translation>loopt niet vol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too little history</source>
        <translation>te weinig geschiedenis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fills within a day</source>
        <translation>loopt binnen een dag vol</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>fills in about %n day(s), on %1</source>
        <translation>
            <numerusform>loopt over ongeveer %n dag vol, op %1</numerusform>
            <numerusform>loopt over ongeveer %n dagen vol, op %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>−%1 a day</source>
        <translation>−%1 per dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 a day</source>
        <translation>%1 per dag</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>A forecast needs at least %n snapshot(s) over a day or more.</source>
        <translation>
            <numerusform>Een voorspelling heeft minstens %n momentopname nodig, over een dag of langer.</numerusform>
            <numerusform>Een voorspelling heeft minstens %n momentopnamen nodig, over een dag of langer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The least-squares line through the last %n day(s) of snapshots reaches the space left on %1.</source>
        <translation>
            <numerusform>De kleinstekwadratenlijn door de momentopnamen van de afgelopen %n dag bereikt de resterende ruimte op %1.</numerusform>
            <numerusform>De kleinstekwadratenlijn door de momentopnamen van de afgelopen %n dagen bereikt de resterende ruimte op %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filesystem</source>
        <translation>Bestandssysteem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>Gebruikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth</source>
        <translation>Groei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full</source>
        <translation>Vol</translation>
    </message>
</context>
<context>
    <name>wb::Cli</name>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+25"/>
        <source>Adds the hosts in FILE to the inventory. Hosts already in the target group under the same name are updated, so importing twice adds nothing.</source>
        <translation>Voegt de hosts in FILE toe aan de inventaris. Hosts met dezelfde naam die al in de doelgroep staan, worden bijgewerkt, dus twee keer importeren voegt niets toe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ssh-config, csv or ansible.</source>
        <translation>ssh-config, csv of ansible.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+28"/>
        <location filename="../app/cli/ImportCommand.cpp" line="+0"/>
        <source>format</source>
        <translation>formaat</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+1"/>
        <source>Group to import into, as a path like site/role; created when missing.</source>
        <translation>Groep waarin geïmporteerd wordt, als pad zoals locatie/rol; wordt aangemaakt als die ontbreekt.</translation>
    </message>
    <message>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="+102"/>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ENABLED</source>
        <translation>ACTIEF</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>LOCKED</source>
        <translation>GEBLOKKEERD</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>BAD</source>
        <translation>FOUT</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>MUST CHANGE</source>
        <translation>MOET WIJZIGEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+22"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked out</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes, since %1, on %2</source>
        <translation>ja, sinds %1, op %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes, since %1</source>
        <translation>ja, sinds %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes, by an administrator</source>
        <translation>ja, door een beheerder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad passwords</source>
        <translation>Foute wachtwoorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password set</source>
        <translation>Wachtwoord ingesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes, at the next logon</source>
        <translation>ja, bij de volgende aanmelding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last logon</source>
        <translation>Laatste aanmelding</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DOMAIN CONTROLLER</source>
        <translation>DOMEINCONTROLLER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAST LOGON</source>
        <translation>LAATSTE AANMELDING</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not reached: %1</source>
        <translation>niet bereikt: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than 16 MiB; that is not a list of logins.</source>
        <translation>%1 is groter dan 16 MiB; dat is geen lijst met logins.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 names no login.</source>
        <translation>%1 bevat geen login.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lists or changes accounts in a directory of the inventory (Active Directory, OpenLDAP). Every change is written to the workspace&apos;s audit log, also when it fails. The bind password comes from the keychain, else --bind-password-stdin, else a prompt.
ACTION: list, show, policy, reset, must-change, lock, unlock, enable, disable, reset-failures, expire, add-to-group, remove-from-group.</source>
        <translation>Somt accounts in een directory uit de inventaris op (Active Directory, OpenLDAP) of wijzigt ze. Elke wijziging wordt in het auditlogboek van de werkruimte geschreven, ook als ze mislukt. Het bindwachtwoord komt uit de sleutelbos, anders van --bind-password-stdin, anders wordt erom gevraagd.
ACTION: list, show, policy, reset, must-change, lock, unlock, enable, disable, reset-failures, expire, add-to-group, remove-from-group.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The directory, by its name in the inventory.</source>
        <translation>De directory, op naam in de inventaris.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account&apos;s login (or DN).</source>
        <translation>De login (of DN) van het account.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: people whose name, login, e-mail or department contain this.</source>
        <translation>list: personen van wie naam, login, e-mail of afdeling dit bevat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act on every login in this file (one a line).</source>
        <translation>Op elke login in dit bestand uitvoeren (één per regel).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reset: generate the new password(s).</source>
        <translation>reset: de nieuwe wachtwoord(en) genereren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reset: read the new password from standard input (after the bind password, with --bind-password-stdin).</source>
        <translation>reset: het nieuwe wachtwoord lezen van standaardinvoer (na het bindwachtwoord, met --bind-password-stdin).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the bind password from the first line of standard input.</source>
        <translation>Het bindwachtwoord lezen van de eerste regel van standaardinvoer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reset: the user must change it at the next logon.</source>
        <translation>reset: de gebruiker moet het wachtwoord bij de volgende aanmelding wijzigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must-change (Active Directory): also clear “password never expires”, without which it has no effect.</source>
        <translation>must-change (Active Directory): schakel ook “wachtwoord verloopt nooit” uit, anders heeft het geen effect.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reset --generate: print the new password(s).</source>
        <translation>reset --generate: de nieuwe wachtwoord(en) tonen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reset --generate with --users-from: write logins and passwords to this new file (mode 600).</source>
        <translation>reset --generate met --users-from: logins en wachtwoorden naar dit nieuwe bestand schrijven (modus 600).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/DirectoryCommand.cpp" line="+209"/>
        <location filename="../app/cli/ExportCommand.cpp" line="+1"/>
        <location filename="../app/cli/HostsCommand.cpp" line="+30"/>
        <location filename="../app/cli/ImportCommand.cpp" line="+0"/>
        <location filename="../app/cli/TargetOptions.cpp" line="+11"/>
        <source>group</source>
        <translation>groep</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add-to-group, remove-from-group: the group.</source>
        <translation>add-to-group, remove-from-group: de groep.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON: list prints one array; show and the changes one object per line.</source>
        <translation>JSON: list geeft één array; show en de wijzigingen één object per regel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long connecting and each request may take (default 15).</source>
        <translation>Hoe lang het verbinden en elk verzoek mogen duren (standaard 15).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>account needs one ACTION.</source>
        <translation>account vereist één ACTION.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>list takes --search (or nothing: everyone).</source>
        <translation>list verwacht --search (of niets: iedereen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>policy takes one --user (or nothing: the general policy).</source>
        <translation>policy neemt één --user (of niets: het algemene beleid).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs --user LOGIN or --users-from FILE (one of them).</source>
        <translation>%1 vereist --user LOGIN of --users-from BESTAND (één van beide).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show takes one --user.</source>
        <translation>show verwacht één --user.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A reset of several accounts takes --generate only: one new password each.</source>
        <translation>Een reset van meerdere accounts kan alleen met --generate: één nieuw wachtwoord per account.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reset --generate needs --show or --output FILE: a password nobody sees must not be set.</source>
        <translation>reset --generate vereist --show of --output BESTAND: een wachtwoord dat niemand ziet, mag niet worden ingesteld.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs --group.</source>
        <translation>%1 vereist --group.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../app/cli/DirectoryCommand.cpp" line="-98"/>
        <source>--bind-password-stdin: standard input is empty.</source>
        <translation>--bind-password-stdin: standaardinvoer is leeg.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no directory “%1” in the inventory (werkbank-cli directory list).</source>
        <translation>Er is geen directory “%1” in de inventaris (werkbank-cli directory list).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bind password for %1 (%2): </source>
        <translation>Bindwachtwoord voor %1 (%2): </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bind password for %1: none in the keychain, no --bind-password-stdin, and no terminal to ask on.</source>
        <translation>Geen bindwachtwoord voor %1: niet in de sleutelbos, geen --bind-password-stdin en geen terminal om ernaar te vragen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(from %1)</source>
        <translation>(uit %1)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot create %1 (it must not exist yet): %2</source>
        <translation>Kan %1 niet aanmaken (het mag nog niet bestaan): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: %2 failed for %3: %4</source>
        <translation>%1: %2 mislukt voor %3: %4</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="-12"/>
        <source>add hosts from a file (again: updates, never duplicates)</source>
        <translation>hosts uit een bestand toevoegen (opnieuw: bijwerken, nooit dubbel)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import the good lines of a file that has errors.</source>
        <translation>De goede regels importeren van een bestand met fouten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to import.</source>
        <translation>Het te importeren bestand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import needs exactly one FILE.</source>
        <translation>import vereist precies één FILE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format must be ssh-config, csv or ansible.</source>
        <translation>--format moet ssh-config, csv of ansible zijn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>skipped: %1</source>
        <translation>overgeslagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error: %1</source>
        <translation>fout: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln bad line(s); nothing was imported. Fix them or pass --skip-bad-lines.</source>
        <translation>
            <numerusform>%Ln foute regel; er is niets geïmporteerd. Herstel de regel of geef --skip-bad-lines op.</numerusform>
            <numerusform>%Ln foute regels; er is niets geïmporteerd. Herstel de regels of geef --skip-bad-lines op.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 groups created.</source>
        <translation>%1 toegevoegd, %2 bijgewerkt, %3 ongewijzigd, %4 groepen aangemaakt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="-11"/>
        <source>write the inventory (to standard output by default)</source>
        <translation>de inventaris wegschrijven (standaard naar standaarduitvoer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writes the inventory as CSV or as an Ansible INI inventory.</source>
        <translation>Schrijft de inventaris weg als CSV of als Ansible-inventaris in INI-formaat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>csv or ansible.</source>
        <translation>csv of ansible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/HostsCommand.cpp" line="+0"/>
        <source>Only this group and what is below it.</source>
        <translation>Alleen deze groep en wat eronder valt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File to write (default: standard output).</source>
        <translation>Bestand om naar te schrijven (standaard: standaarduitvoer).</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommand.cpp" line="+74"/>
        <source>ACCOUNT</source>
        <translation>ACCOUNT</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>PASSWORD</source>
        <translation>WACHTWOORD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHANGED</source>
        <translation>GEWIJZIGD</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="-328"/>
        <source>EXPIRES</source>
        <translation>VERLOOPT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>MISLUKT</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="+0"/>
        <source>GROUPS</source>
        <translation>GROEPEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (shown only)</source>
        <translation> (niet te beheren)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>disabled</source>
        <translation>uitgeschakeld</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>enabled</source>
        <translation>ingeschakeld</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>must change</source>
        <translation>moet wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="+4"/>
        <location line="+21"/>
        <location line="+16"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (not a name Werkbank acts on)</source>
        <translation> (geen naam die Werkbank kan beheren)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="-17"/>
        <source>Must change</source>
        <translation>Moet wijzigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes, at the next login</source>
        <translation>ja, bij de volgende aanmelding</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="-22"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+15"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum age</source>
        <translation>Maximale wachtwoordduur</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="-14"/>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed logins</source>
        <translation>Mislukte aanmeldingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="-6"/>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+3"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last login</source>
        <translation>Laatste aanmelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="+1"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>list, show, reset, must-change, lock, unlock, disable, enable,
reset-failures or expire accounts on a Linux host or in a directory (audited)</source>
        <translation>list, show, reset, must-change, lock, unlock, disable, enable,
reset-failures of expire: accounts op een Linux-host of in een directory beheren (met auditlogboek)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lists or changes accounts on a Linux host over SSH, as root or through sudo. Every change is written to the workspace&apos;s audit log, also when it fails.
ACTION: list, show, reset, must-change, lock, unlock, disable, enable, reset-failures, expire.</source>
        <translation>Somt de accounts van een Linux-host op (list), toont er één (show) of wijzigt ze, via SSH, als root of via sudo. Elke wijziging wordt in het auditlogboek van de werkruimte geschreven, ook als ze mislukt.
ACTION: list, show, reset, must-change, lock, unlock, disable, enable, reset-failures, expire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An inventory host by name or path (site/role/name), or user@host:port.</source>
        <translation>Een host uit de inventaris op naam of pad (locatie/rol/naam), of gebruiker@host:poort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account to act on.</source>
        <translation>Het account waarop de actie betrekking heeft.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="+58"/>
        <location filename="../app/cli/TicketCommand.cpp" line="+256"/>
        <location line="+7"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reset: generate the new password (shown only with --show).</source>
        <translation>reset: het nieuwe wachtwoord genereren (alleen getoond met --show).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="+5"/>
        <source>reset --generate: its length (default 16).</source>
        <translation>reset --generate: de lengte ervan (standaard 16).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reset: read the new password from the first line of standard input.</source>
        <translation>reset: het nieuwe wachtwoord lezen van de eerste regel van standaardinvoer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the sudo password from the first line of standard input (before the new password, with --password-stdin).</source>
        <translation>Het sudo-wachtwoord lezen van de eerste regel van standaardinvoer (vóór het nieuwe wachtwoord, met --password-stdin).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reset --generate: print the new password.</source>
        <translation>reset --generate: het nieuwe wachtwoord tonen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reset: the user must change it at the next login.</source>
        <translation>reset: de gebruiker moet het bij de volgende aanmelding wijzigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="+10"/>
        <source>expire: the expiry date, or never.</source>
        <translation>expire: de vervaldatum, of never.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="+0"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: system accounts too.</source>
        <translation>list: ook systeemaccounts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="+1"/>
        <source>The ticket the change is done for (kept in the audit log).</source>
        <translation>Het ticket waarvoor de wijziging wordt uitgevoerd (bewaard in het auditlogboek).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="+0"/>
        <location filename="../app/cli/RunCommand.cpp" line="+103"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON: list prints one array; show and the changes one object per account or action and line.</source>
        <translation>JSON: list geeft één array; show en de wijzigingen één object per account of actie en regel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="-13"/>
        <location line="+10"/>
        <location filename="../app/cli/DirectoryCommand.cpp" line="+94"/>
        <location filename="../app/cli/ExportCommand.cpp" line="+0"/>
        <location filename="../app/cli/RunCommand.cpp" line="-4"/>
        <location filename="../app/cli/TargetOptions.cpp" line="+2"/>
        <location line="+3"/>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="+149"/>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Private key for a user@host:port target.</source>
        <translation>Privésleutel voor een doel gebruiker@host:poort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve --host as an alias from this OpenSSH client config.</source>
        <translation>--host opzoeken als alias in deze OpenSSH-clientconfiguratie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long one request to the host may take, connecting included (default 60). A change that runs out of time after it was sent may have been made.</source>
        <translation>Hoe lang één verzoek aan de host mag duren, verbinden inbegrepen (standaard 60). Een wijziging waarvan de tijd verstrijkt nadat ze is verstuurd, kan toch zijn doorgevoerd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="+8"/>
        <location filename="../app/cli/TicketCommand.cpp" line="+7"/>
        <source>What to do.</source>
        <translation>Wat er moet gebeuren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>account needs one ACTION: list, show, reset, must-change, lock, unlock, disable, enable, reset-failures or expire.</source>
        <translation>account vereist één ACTION: list, show, reset, must-change, lock, unlock, disable, enable, reset-failures of expire.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="+13"/>
        <source>“%1” is not an account action.</source>
        <translation>“%1” is geen accountactie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>account needs exactly one --host.</source>
        <translation>account vereist precies één --host.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs --user.</source>
        <translation>%1 vereist --user.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give --generate or --password-stdin, not both.</source>
        <translation>Geef --generate of --password-stdin op, niet allebei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="+17"/>
        <source>reset needs --generate or --password-stdin (one of them).</source>
        <translation>reset vereist --generate of --password-stdin (één van beide).</translation>
    </message>
    <message>
        <location line="-35"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="+7"/>
        <source>expire needs --date YYYY-MM-DD (or --date never).</source>
        <translation>expire vereist --date JJJJ-MM-DD (of --date never).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="+6"/>
        <location filename="../app/cli/RunCommand.cpp" line="+43"/>
        <source>--ticket must be a ticket number.</source>
        <translation>--ticket moet een ticketnummer zijn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="+3"/>
        <source>--timeout must be from 1 to 3600 seconds.</source>
        <translation>--timeout moet tussen 1 en 3600 seconden liggen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/LogsCommand.cpp" line="+115"/>
        <source>--sudo-password-stdin: standard input is empty.</source>
        <translation>--sudo-password-stdin: standaardinvoer is leeg.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="+4"/>
        <source>--length must be from %1 to %2.</source>
        <translation>--length moet van %1 tot %2 zijn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="+15"/>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="+88"/>
        <source>--password-stdin: standard input has no password line.</source>
        <translation>--password-stdin: standaardinvoer bevat geen wachtwoordregel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password for %1: </source>
        <translation>Nieuw wachtwoord voor %1: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same again: </source>
        <translation>Herhaal het wachtwoord: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>De twee wachtwoorden verschillen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>sudo password for %1 on %2: </source>
        <translation>sudo-wachtwoord voor %1 op %2: </translation>
    </message>
    <message>
        <location line="+64"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="+159"/>
        <source>The new password may have been set; keep it until you have checked: %1</source>
        <translation>Het nieuwe wachtwoord is mogelijk ingesteld; bewaar het tot u het hebt gecontroleerd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new password was generated and may have been set; it is not shown (add --show to see it).</source>
        <translation>Er is een nieuw wachtwoord gegenereerd en mogelijk ingesteld; het wordt niet getoond (voeg --show toe om het te zien).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="-7"/>
        <source>%1: %2 done for %3</source>
        <translation>%1: %2 uitgevoerd voor %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password: %1</source>
        <translation>Nieuw wachtwoord: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new password was generated and set; it is not shown (add --show to see it).</source>
        <translation>Er is een nieuw wachtwoord gegenereerd en ingesteld; het wordt niet getoond (voeg --show toe om het te zien).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+10"/>
        <source>--format must be csv or ansible.</source>
        <translation>--format moet csv of ansible zijn.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="+165"/>
        <source>the keychain did not answer</source>
        <translation>de sleutelbos antwoordde niet</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Password for %1: </source>
        <translation>Wachtwoord voor %1: </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is no group “%1” in the inventory.</source>
        <translation>Er is geen groep “%1” in de inventaris.</translation>
    </message>
    <message>
        <location filename="../app/cli/HostsCommand.cpp" line="-10"/>
        <source>list the hosts</source>
        <translation>de hosts tonen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists the hosts in the inventory.</source>
        <translation>Toont de hosts in de inventaris.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print JSON instead of a table.</source>
        <translation>JSON uitvoeren in plaats van een tabel.</translation>
    </message>
    <message>
        <location filename="../app/cli/DirectoryCommand.cpp" line="-59"/>
        <location filename="../app/cli/HostsCommand.cpp" line="+45"/>
        <source>GROUP</source>
        <translation>GROEP</translation>
    </message>
    <message>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="-324"/>
        <location filename="../app/cli/DirectoryCommand.cpp" line="+0"/>
        <location filename="../app/cli/HostsCommand.cpp" line="+0"/>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <location filename="../app/cli/DirectoryCommand.cpp" line="-82"/>
        <source>Werkbank could not log in to it yet: %1</source>
        <translation>Werkbank kon zich er nog niet bij aanmelden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot store what the server said: %1</source>
        <translation>Kan niet opslaan wat de server meldde: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged in as %1: %2</source>
        <translation>Aangemeld als %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, domain controllers %1</source>
        <translation>, domeincontrollers %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--kind is ad or ldap, not “%1”.</source>
        <translation>--kind is ad of ldap, niet “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--dc names Active Directory&apos;s domain controllers; this directory is --kind ldap.</source>
        <translation>--dc noemt de domeincontrollers van Active Directory; deze directory is --kind ldap.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is a directory “%1” already (directory remove it first, or choose another name).</source>
        <translation>Er is al een directory “%1” (verwijder die eerst met directory remove, of kies een andere naam).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot make the group “%1”: %2</source>
        <translation>Kan de groep “%1” niet aanmaken: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot add the directory: %1</source>
        <translation>Kan de directory niet toevoegen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The directory was added, but its bind password could not be stored in the keychain: %1</source>
        <translation>De directory is toegevoegd, maar het bindwachtwoord kon niet in de sleutelbos worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added the directory %1 (%2).</source>
        <translation>Directory %1 (%2) toegevoegd.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/cli/HostsCommand.cpp" line="+0"/>
        <source>ADDRESS</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/HostsCommand.cpp" line="+0"/>
        <source>KIND</source>
        <translation>SOORT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BASE DN</source>
        <translation>BASIS-DN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIND DN</source>
        <translation>BIND-DN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>detect</source>
        <translation>detecteren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no directory “%1”.</source>
        <translation>Er is geen directory “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot remove the directory: %1</source>
        <translation>Kan de directory niet verwijderen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed the directory %1.</source>
        <translation>Directory %1 verwijderd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>add, list or remove the directories (Active Directory, OpenLDAP) in the inventory</source>
        <translation>de directory&apos;s (Active Directory, OpenLDAP) in de inventaris toevoegen, tonen of verwijderen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The directories in the inventory. A directory&apos;s bind password is kept in the keychain only (--bind-password-stdin stores it there).</source>
        <translation>De directory&apos;s in de inventaris. Het bindwachtwoord van een directory wordt alleen in de sleutelbos bewaard (--bind-password-stdin slaat het daar op).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add, list or remove</source>
        <translation>add, list of remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory&apos;s name (add, remove).</source>
        <translation>De naam van de directory (add, remove).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ldaps://server[:port], or ldap://server[:port] for StartTLS.</source>
        <translation>ldaps://server[:poort], of ldap://server[:poort] voor StartTLS.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where people are searched (e.g. dc=example,dc=org).</source>
        <translation>Waar personen worden gezocht (bijv. dc=example,dc=org).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location filename="../app/cli/TicketCommand.cpp" line="-21"/>
        <source>dn</source>
        <translation>dn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The account Werkbank logs in as: a DN, or user@REALM.</source>
        <translation>Het account waarmee Werkbank zich aanmeldt: een DN, of gebruiker@REALM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CA certificate (PEM) the server&apos;s certificate is checked against; without it, the system&apos;s trusted CAs.</source>
        <translation>Het CA-certificaat (PEM) waartegen het certificaat van de server wordt gecontroleerd; zonder deze optie de vertrouwde CA&apos;s van het systeem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ad or ldap; without it, detected from the server.</source>
        <translation>ad of ldap; zonder deze optie wordt het bij de server gedetecteerd.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A domain controller asked for lockout state (Active Directory; repeat it).</source>
        <translation>Een domeincontroller die naar de vergrendelingsstatus wordt gevraagd (Active Directory; herhaalbaar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host[:port]</source>
        <translation>host[:port]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group it sits in (made when missing).</source>
        <translation>De groep waarin de directory staat (wordt aangemaakt als die ontbreekt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes.</source>
        <translation>Notities.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the bind password from standard input and keep it in the keychain.</source>
        <translation>Het bindwachtwoord lezen van standaardinvoer en in de sleutelbos bewaren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON instead of a table (list).</source>
        <translation>JSON uitvoeren in plaats van een tabel (list).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say what to do: directory add, directory list or directory remove.</source>
        <translation>Zeg wat er moet gebeuren: directory add, directory list of directory remove.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>directory %1 takes one NAME.</source>
        <translation>directory %1 verwacht één NAME.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>directory list takes no NAME.</source>
        <translation>directory list verwacht geen NAME.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>directory add needs --%1.</source>
        <translation>directory add vereist --%1.</translation>
    </message>
    <message>
        <location filename="../app/cli/HostsCommand.cpp" line="+0"/>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TAGS</source>
        <translation>LABELS</translation>
    </message>
    <message>
        <location filename="../app/cli/Command.cpp" line="+27"/>
        <source>Usage: werkbank-cli [--workspace PATH|ADDRESS] [--lang nl|en] COMMAND [options]</source>
        <translation>Gebruik: werkbank-cli [--workspace PAD|ADRES] [--lang nl|en] COMMAND [opties]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run werkbank-cli COMMAND --help for the options of one command.</source>
        <translation>Voer werkbank-cli COMMAND --help uit voor de opties van één opdracht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages and tables follow the system language unless --lang says otherwise; --json is never translated.</source>
        <translation>Meldingen en tabellen volgen de systeemtaal, tenzij --lang anders aangeeft; --json wordt nooit vertaald.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Unknown command “%1”.</source>
        <translation>Onbekende opdracht “%1”.</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="-92"/>
        <source>%1: cancelled</source>
        <translation>%1: geannuleerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: killed by signal %2</source>
        <translation>%1: gestopt door signaal %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: exited with exit status %2</source>
        <translation>%1: beëindigd met afsluitstatus %2</translation>
    </message>
    <message>
        <location filename="../app/cli/FactsCommand.cpp" line="+27"/>
        <source>unknown OS</source>
        <translation>onbekend OS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 updates (%2 security)</source>
        <translation>%1 updates (%2 beveiliging)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reboot required</source>
        <translation>herstart nodig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fullest disk %1 % (%2)</source>
        <translation>volste schijf %1 % (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed: %1</source>
        <translation>mislukt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last backup %1 h ago</source>
        <translation>laatste back-up %1 u geleden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup: %1</source>
        <translation>back-up: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>gather hosts&apos; facts over SSH: OS, load, memory, disks, pending updates, reboot, failed units, backup age</source>
        <translation>gegevens van hosts verzamelen via SSH: OS, belasting, geheugen, schijven, openstaande updates, herstart, mislukte units, leeftijd van de back-up</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs Werkbank&apos;s read-only facts script on every host given by --group and --host (over SSH, as run does) and prints what it found, one line per host; inventory hosts&apos; facts are kept in the workspace&apos;s history. Exit status 1 when any host could not be asked.</source>
        <translation>Voert het alleen-lezen gegevensscript van Werkbank uit op elke host uit --group en --host (via SSH, zoals run) en toont wat het vond, één regel per host; de gegevens van inventarishosts worden in de geschiedenis van de werkruimte bewaard. Afsluitstatus 1 als een host niet te bevragen was.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Seconds per host, from connect to the last fact (default 60).</source>
        <translation>Seconden per host, van verbinden tot het laatste gegeven (standaard 60).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the facts script that runs on each host (read-only; sent on standard input to sh -s) and exit.</source>
        <translation>Het gegevensscript tonen dat op elke host draait (alleen-lezen; via standaardinvoer naar sh -s gestuurd) en stoppen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print how long the workspace keeps gathered facts (with --keep-all-days and --keep-daily-days: set it first) and exit.</source>
        <translation>Tonen hoe lang de werkruimte verzamelde gegevens bewaart (met --keep-all-days en --keep-daily-days: eerst instellen) en stoppen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --retention: keep every snapshot for this many days.</source>
        <translation>Met --retention: elke momentopname zoveel dagen bewaren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With --retention: then the newest of each day until this many days; one a week after.</source>
        <translation>Met --retention: daarna de nieuwste van elke dag tot zoveel dagen; daarna één per week.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>facts takes no arguments besides its options.</source>
        <translation>facts neemt geen argumenten naast de opties.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--keep-all-days and --keep-daily-days go with --retention.</source>
        <translation>--keep-all-days en --keep-daily-days horen bij --retention.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--keep-all-days must be a number of days from 1 to 3650.</source>
        <translation>--keep-all-days moet een aantal dagen van 1 tot 3650 zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--keep-daily-days must be a number of days from 1 to 3650.</source>
        <translation>--keep-daily-days moet een aantal dagen van 1 tot 3650 zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--keep-daily-days (%1) cannot be less than --keep-all-days (%2).</source>
        <translation>--keep-daily-days (%1) kan niet kleiner zijn dan --keep-all-days (%2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every snapshot for %1 days, then the newest of each day until %2 days, then the newest of each week.</source>
        <translation>Elke momentopname gedurende %1 dagen, daarna de nieuwste van elke dag tot %2 dagen, daarna de nieuwste van elke week.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>facts needs at least one --group or --host.</source>
        <translation>facts heeft minstens één --group of --host nodig.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: the facts could not be kept in the workspace: %2</source>
        <translation>%1: de gegevens konden niet in de werkruimte worden bewaard: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Old facts could not be thinned out: %1</source>
        <translation>Oude gegevens konden niet worden uitgedund: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/RunCommand.cpp" line="+3"/>
        <source>Hosts whose keys known_hosts does not list were not contacted; check the fingerprints, then run again with --accept-new-host-keys to trust and save them.</source>
        <translation>Hosts waarvan known_hosts de sleutel niet vermeldt, zijn niet benaderd; controleer de vingerafdrukken en voer de opdracht opnieuw uit met --accept-new-host-keys om ze te vertrouwen en op te slaan.</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="+21"/>
        <source>run a command or script on many hosts over SSH</source>
        <translation>een opdracht of script via SSH op veel hosts uitvoeren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs COMMAND (or the script in FILE, sent on standard input to sh -s) on every host given by --group and --host, in parallel. Output is grouped: hosts with the same output are listed together. Exit status 0 only when every host ran it with exit status 0.</source>
        <translation>Voert COMMAND (of het script in FILE, via standaardinvoer naar sh -s) tegelijk uit op elke host uit --group en --host. De uitvoer wordt gegroepeerd: hosts met dezelfde uitvoer staan samen. Afsluitstatus 0 alleen als elke host hem met afsluitstatus 0 uitvoerde.</translation>
    </message>
    <message>
        <location filename="../app/cli/TargetOptions.cpp" line="-5"/>
        <source>Every host below this group (a path like site/role). Repeatable.</source>
        <translation>Elke host onder deze groep (een pad zoals locatie/rol). Herhaalbaar.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommand.cpp" line="-225"/>
        <location filename="../app/cli/TargetOptions.cpp" line="+1"/>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <location filename="../app/cli/FactsCommand.cpp" line="-123"/>
        <location filename="../app/cli/RunCommand.cpp" line="+8"/>
        <source>Hosts in flight at once (default 64).</source>
        <translation>Aantal hosts tegelijk (standaard 64).</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommand.cpp" line="+3"/>
        <location filename="../app/cli/CheckCommand.cpp" line="+93"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="+91"/>
        <location filename="../app/cli/FactsCommand.cpp" line="+0"/>
        <location filename="../app/cli/LogsCommand.cpp" line="-49"/>
        <location filename="../app/cli/RunCommand.cpp" line="+0"/>
        <location filename="../app/cli/TicketCommand.cpp" line="-6"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+10"/>
        <location filename="../app/cli/TransferCommand.cpp" line="+87"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="+1"/>
        <source>Seconds per host, from connect to exit (default 60).</source>
        <translation>Seconden per host, van verbinden tot afsluiten (standaard 60).</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommand.cpp" line="+16"/>
        <location filename="../app/cli/CheckCommand.cpp" line="+2"/>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="+13"/>
        <location filename="../app/cli/FactsCommand.cpp" line="+2"/>
        <location filename="../app/cli/RunCommand.cpp" line="+0"/>
        <location line="+4"/>
        <source>seconds</source>
        <translation>seconden</translation>
    </message>
    <message>
        <location filename="../app/cli/TargetOptions.cpp" line="+0"/>
        <source>An inventory host by name or path (site/role/name), or user@host:port. Repeatable.</source>
        <translation>Een host uit de inventaris op naam of pad (locatie/rol/naam), of gebruiker@host:poort. Herhaalbaar.</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="-2"/>
        <source>Seconds to wait for each host to answer and finish the key exchange (default: the connection settings, 10).</source>
        <translation>Seconden wachten tot elke host antwoordt en de sleuteluitwisseling afrondt (standaard: de verbindingsinstellingen, 10).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run this script file with sh -s (sent on standard input).</source>
        <translation>Dit scriptbestand uitvoeren met sh -s (via standaardinvoer).</translation>
    </message>
    <message>
        <location filename="../app/cli/TargetOptions.cpp" line="+1"/>
        <source>Private key for user@host:port targets.</source>
        <translation>Privésleutel voor doelen als gebruiker@host:poort.</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="-39"/>
        <source>%1: up, %2 ms</source>
        <translation>%1: bereikbaar, %2 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: down: %2</source>
        <translation>%1: onbereikbaar: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>check which hosts are up (SSH banner, or the port their kind answers on)</source>
        <translation>nagaan welke hosts bereikbaar zijn (SSH-banner, of de poort waarop hun soort antwoordt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks every host given by --group and --host without logging in: up means its SSH server sent its banner (or, for hosts checked on another port, that the port connected). One line per host as the answers come. Hosts behind a jump host are reported as unknown. Exit status 1 when any host is down.</source>
        <translation>Controleert elke host uit --group en --host zonder in te loggen: bereikbaar betekent dat de SSH-server zijn banner stuurde (of, voor hosts die op een andere poort worden gecontroleerd, dat de poort verbinding gaf). Eén regel per host, zodra de antwoorden komen. Hosts achter een jumphost worden als onbekend gemeld. Afsluitstatus 1 als een host onbereikbaar is.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hosts checked at once (default 256).</source>
        <translation>Hosts die tegelijk worden gecontroleerd (standaard 256).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds each host has to answer (default 5).</source>
        <translation>Seconden die elke host heeft om te antwoorden (standaard 5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/FactsCommand.cpp" line="+1"/>
        <location filename="../app/cli/RunCommand.cpp" line="+1"/>
        <source>One JSON object per host and line.</source>
        <translation>Eén JSON-object per host en regel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check takes no arguments besides its options.</source>
        <translation>check neemt geen argumenten naast de opties.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--timeout must be a number of seconds from 1 to 600.</source>
        <translation>--timeout moet een aantal seconden van 1 tot 600 zijn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check needs at least one --group or --host.</source>
        <translation>check heeft minstens één --group of --host nodig.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n up</source>
        <translation>
            <numerusform>%n bereikbaar</numerusform>
            <numerusform>%n bereikbaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n down</source>
        <translation>
            <numerusform>%n onbereikbaar</numerusform>
            <numerusform>%n onbereikbaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unknown</source>
        <translation>
            <numerusform>%n onbekend</numerusform>
            <numerusform>%n onbekend</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="+2"/>
        <source>Write what was run into this ticket&apos;s work log (when it links one of the hosts), as the window does.</source>
        <translation>Vastleggen wat er is uitgevoerd in het werklog van dit ticket (als het aan een van de hosts gekoppeld is), zoals het venster doet.</translation>
    </message>
    <message>
        <location filename="../app/cli/TargetOptions.cpp" line="+2"/>
        <source>Resolve --host names as aliases from this OpenSSH client config (HostName, User, Port, IdentityFile, ProxyJump).</source>
        <translation>Namen bij --host opzoeken als aliassen in deze OpenSSH-clientconfiguratie (HostName, User, Port, IdentityFile, ProxyJump).</translation>
    </message>
    <message>
        <location filename="../app/cli/FactsCommand.cpp" line="+2"/>
        <location filename="../app/cli/LogsCommand.cpp" line="+5"/>
        <location filename="../app/cli/RunCommand.cpp" line="+3"/>
        <location filename="../app/cli/TransferCommand.cpp" line="+5"/>
        <source>Trust and save keys of hosts not yet in known_hosts (changed keys still fail).</source>
        <translation>Sleutels van hosts die nog niet in known_hosts staan vertrouwen en opslaan (gewijzigde sleutels worden nog steeds geweigerd).</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="+2"/>
        <source>The command, after --.</source>
        <translation>De opdracht, na --.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the script %1: %2</source>
        <translation>Kan het script %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a COMMAND or --script, not both.</source>
        <translation>Geef een COMMAND of --script, niet allebei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>run needs a COMMAND after -- (or --script FILE).</source>
        <translation>run heeft een COMMAND na -- nodig (of --script FILE).</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="-33"/>
        <location filename="../app/cli/FactsCommand.cpp" line="+58"/>
        <location filename="../app/cli/RunCommand.cpp" line="+8"/>
        <location filename="../app/cli/TransferCommand.cpp" line="+17"/>
        <source>--fanout must be a number of 1 or more.</source>
        <translation>--fanout moet een getal van 1 of meer zijn.</translation>
    </message>
    <message>
        <location filename="../app/cli/FactsCommand.cpp" line="+3"/>
        <location filename="../app/cli/RunCommand.cpp" line="+5"/>
        <source>--timeout must be a number of seconds.</source>
        <translation>--timeout moet een aantal seconden zijn.</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="+11"/>
        <source>run needs at least one --group or --host.</source>
        <translation>run heeft minstens één --group of --host nodig.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--connect-timeout must be a number of seconds from 1 to 600.</source>
        <translation>--connect-timeout moet een aantal seconden van 1 tot 600 zijn.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was logged to #%1: it is not open, or it links none of these hosts.</source>
        <translation>Er is niets vastgelegd in #%1: het ticket is niet open of aan geen van deze hosts gekoppeld.</translation>
    </message>
    <message>
        <location filename="../app/cli/TicketCommand.cpp" line="-127"/>
        <location line="+179"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>PRI</source>
        <translation>PRI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DUE</source>
        <translation>DEADLINE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ASSIGNEE</source>
        <translation>BEHANDELAAR</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+179"/>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <location line="-175"/>
        <source> (overdue)</source>
        <translation> (te laat)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (set by hand)</source>
        <translation>%1 (handmatig ingesteld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency / impact</source>
        <translation>Urgentie / impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Solution:</source>
        <translation>Oplossing:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (public)</source>
        <translation> (openbaar)</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>, %n minute(s)</source>
        <translation>
            <numerusform>, %n minuut</numerusform>
            <numerusform>, %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>open, list, search and work helpdesk tickets</source>
        <translation>helpdesktickets openen, tonen, doorzoeken en behandelen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opens, lists and works tickets in the workspace.
ACTION: new, list, show ID, update ID, comment ID, resolve ID, search WORDS.</source>
        <translation>Opent, toont en behandelt tickets in de werkruimte.
ACTION: new, list, show ID, update ID, comment ID, resolve ID, search WORDS.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>new, update: the title.</source>
        <translation>new, update: de titel.</translation>
    </message>
    <message>
        <location filename="../app/cli/DirectoryAccounts.cpp" line="-16"/>
        <location filename="../app/cli/DirectoryCommand.cpp" line="-18"/>
        <location filename="../app/cli/TicketCommand.cpp" line="+0"/>
        <location line="+1"/>
        <location line="+16"/>
        <location line="+5"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../app/cli/TicketCommand.cpp" line="-21"/>
        <source>new, update: the description.</source>
        <translation>new, update: de beschrijving.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new, update: the description from standard input.</source>
        <translation>new, update: de beschrijving van standaardinvoer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new, update: who asks.</source>
        <translation>new, update: wie het vraagt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new, update: the requester&apos;s e-mail address.</source>
        <translation>new, update: het e-mailadres van de aanvrager.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="-86"/>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new, update: the requester&apos;s phone number.</source>
        <translation>new, update: het telefoonnummer van de aanvrager.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <location filename="../app/cli/LogsCommand.cpp" line="-36"/>
        <source>print or follow hosts&apos; journals (or a log file), merged by time</source>
        <translation>de journals (of een logbestand) van hosts tonen of volgen, samengevoegd op tijd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reads the journal (journalctl -o json) or, with --file, a log file (tail) of every host given by --host and --group over SSH, and prints the lines merged by time: time, host, priority, unit, message. Control characters are shown as cat -v does, never passed to the terminal. Without --follow it prints and exits (the last %1 lines of each host, or all since --since); with it, it goes on until interrupted. Exit status 1 when a host could not be read.</source>
        <translation>Leest via SSH het journal (journalctl -o json) of, met --file, een logbestand (tail) van elke host uit --host en --group, en toont de regels samengevoegd op tijd: tijd, host, prioriteit, unit, bericht. Stuurtekens worden getoond zoals cat -v dat doet, nooit aan de terminal doorgegeven. Zonder --follow toont het en stopt het (de laatste %1 regels van elke host, of alles sinds --since); met --follow gaat het door tot het wordt onderbroken. Afsluitstatus 1 als een host niet te lezen was.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only this systemd unit (with --file: this syslog program).</source>
        <translation>Alleen deze systemd-unit (met --file: dit syslog-programma).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this priority and more important: 0–7 or emerg, alert, crit, err, warning, notice, info, debug.</source>
        <translation>Alleen deze prioriteit en belangrijker: 0–7 of emerg, alert, crit, err, warning, notice, info, debug.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority</source>
        <translation>prioriteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only lines whose message matches this regular expression (applied here, not on the host).</source>
        <translation>Alleen regels waarvan het bericht past bij deze reguliere expressie (hier toegepast, niet op de host).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regex</source>
        <translation>regex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep printing new lines as they come.</source>
        <translation>Nieuwe regels blijven tonen zodra ze binnenkomen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only lines since this time: ISO 8601, or an age such as 30m, 2h, 1d.</source>
        <translation>Alleen regels sinds dit tijdstip: ISO 8601, of een leeftijd zoals 30m, 2h, 1d.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read this file (tail -F when following) instead of the journal.</source>
        <translation>Dit bestand lezen (tail -F bij volgen) in plaats van het journal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/TicketCommand.cpp" line="+1"/>
        <source>path</source>
        <translation>pad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of the last lines of each host to start with (default %1, all with --since).</source>
        <translation>Met hoeveel van de laatste regels van elke host te beginnen (standaard %1, alle met --since).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read through sudo -S (the whole journal, files only root may read).</source>
        <translation>Lezen via sudo -S (het hele journal, bestanden die alleen root mag lezen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read sudo&apos;s password from the first line of standard input.</source>
        <translation>Het wachtwoord voor sudo van de eerste regel van standaardinvoer lezen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON object per line: host, time, priority, unit, message.</source>
        <translation>Eén JSON-object per regel: host, time, priority, unit, message.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>logs takes no arguments besides its options.</source>
        <translation>logs neemt geen argumenten naast de opties.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>logs needs at least one --host or --group.</source>
        <translation>logs heeft minstens één --host of --group nodig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--file takes an absolute path (/var/log/syslog), not “%1”.</source>
        <translation>--file neemt een absoluut pad (/var/log/syslog), niet “%1”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--priority takes 0–7 or a syslog name (emerg, alert, crit, err, warning, notice, info, debug), not “%1”.</source>
        <translation>--priority neemt 0–7 of een syslog-naam (emerg, alert, crit, err, warning, notice, info, debug), niet “%1”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--grep: “%1” is no regular expression: %2</source>
        <translation>--grep: “%1” is geen reguliere expressie: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--lines must be a number of 0 or more.</source>
        <translation>--lines moet een getal van 0 of meer zijn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--sudo-password-stdin goes with --sudo.</source>
        <translation>--sudo-password-stdin hoort bij --sudo.</translation>
    </message>
    <message>
        <location filename="../app/cli/TicketCommand.cpp" line="+0"/>
        <source>new, update: a category path such as Account/Password (a built-in category also by its Dutch name).</source>
        <translation>new, update: een categoriepad zoals Account/Wachtwoord (een ingebouwde categorie ook met de Engelse naam).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>new, update: 1 (very low) to 5 (very high); default 3.</source>
        <translation>new, update: 1 (zeer laag) tot 5 (zeer hoog); standaard 3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update: set the priority by hand (1 to 5), or &quot;auto&quot; for the matrix&apos;s.</source>
        <translation>update: de prioriteit handmatig instellen (1 tot 5), of “auto” voor die van de matrix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new, update: link an inventory host by name; list: tickets of this host. Repeatable.</source>
        <translation>new, update: een host uit de inventaris op naam koppelen; list: tickets van deze host. Herhaalbaar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update: unlink an inventory host. Repeatable.</source>
        <translation>update: een host uit de inventaris ontkoppelen. Herhaalbaar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new, update: link a directory of the inventory (with --account: one account in it).</source>
        <translation>new, update: koppel een directory uit de inventaris (met --account: één account erin).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new, update, with --directory: the account&apos;s DN.</source>
        <translation>new, update, met --directory: de DN van het account.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update: unlink a directory and its accounts.</source>
        <translation>update: ontkoppel een directory en de accounts erin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update: new, assigned, in-progress, pending, resolved or closed.</source>
        <translation>update: new, assigned, in-progress, pending, resolved of closed.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update: who works on it.</source>
        <translation>update: wie eraan werkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comment: the work log entry.</source>
        <translation>comment: de werklogregel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comment: the work log entry from standard input.</source>
        <translation>comment: de werklogregel van standaardinvoer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comment: time spent.</source>
        <translation>comment: bestede tijd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comment: the requester may see it (internal otherwise).</source>
        <translation>comment: de aanvrager mag het zien (anders intern).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comment: who wrote it (default: the login name).</source>
        <translation>comment: wie het schreef (standaard: de aanmeldnaam).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolve, update: the solution.</source>
        <translation>resolve, update: de oplossing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolve, update: the solution from standard input.</source>
        <translation>resolve, update: de oplossing van standaardinvoer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolve, or update --status resolved: also publish the solution as a knowledge-base article.</source>
        <translation>resolve, of update --status resolved: de oplossing ook als kennisbankartikel publiceren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>labels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>--publish: the article&apos;s tags, separated by commas.</source>
        <translation>--publish: de labels van het artikel, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: open (default), mine, unassigned, overdue, resolved-this-week or all.</source>
        <translation>list: open (standaard), mine, unassigned, overdue, resolved-this-week of all.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>view</source>
        <translation>weergave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list --view mine: whose tickets (default: the login name).</source>
        <translation>list --view mine: wiens tickets (standaard: de aanmeldnaam).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: priority (default), due or newest.</source>
        <translation>list: priority (standaard), due of newest.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>order</source>
        <translation>volgorde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list, search: at most this many (default 200).</source>
        <translation>list, search: hoogstens zoveel (standaard 200).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search: knowledge-base articles instead of tickets.</source>
        <translation>search: kennisbankartikelen in plaats van tickets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON: list and search print one array; the other actions one object per ticket and line.</source>
        <translation>JSON: list en search geven één array; de andere acties één object per ticket en regel.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ticket needs an ACTION: new, list, show, update, comment, resolve or search.</source>
        <translation>ticket vereist een ACTION: new, list, show, update, comment, resolve of search.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs one ticket number.</source>
        <translation>%1 vereist één ticketnummer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--limit must be a number of 1 or more.</source>
        <translation>--limit moet een getal van 1 of meer zijn.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>search needs the WORDS to look for.</source>
        <translation>search vereist de WORDS om naar te zoeken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CATEGORY</source>
        <translation>CATEGORIE</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--view must be open, mine, unassigned, overdue, resolved-this-week or all.</source>
        <translation>--view moet open, mine, unassigned, overdue, resolved-this-week of all zijn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--order must be priority, due or newest.</source>
        <translation>--order moet priority, due of newest zijn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+78"/>
        <source>There is no host “%1” in the inventory.</source>
        <translation>Er is geen host “%1” in de inventaris.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>comment needs --text or --text-stdin.</source>
        <translation>comment vereist --text of --text-stdin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--minutes must be a number.</source>
        <translation>--minutes moet een getal zijn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#%1: work logged.</source>
        <translation>#%1: werk vastgelegd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--urgency and --impact go from 1 (very low) to 5 (very high).</source>
        <translation>--urgency en --impact lopen van 1 (zeer laag) tot 5 (zeer hoog).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--priority goes from 1 to 5, or is auto.</source>
        <translation>--priority loopt van 1 tot 5, of is auto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no category “%1”.</source>
        <translation>Er is geen categorie “%1”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A new ticket starts as new; change its status with update.</source>
        <translation>Een nieuw ticket begint als nieuw; wijzig de status met update.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--status must be new, assigned, in-progress, pending, resolved or closed.</source>
        <translation>--status moet new, assigned, in-progress, pending, resolved of closed zijn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>resolve needs --solution or --solution-stdin.</source>
        <translation>resolve vereist --solution of --solution-stdin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--account names an account in the --directory given with it.</source>
        <translation>--account noemt een account in de --directory die erbij wordt opgegeven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>There is no directory “%1” in the inventory.</source>
        <translation>Er is geen directory “%1” in de inventaris.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Published as knowledge-base article %1.</source>
        <translation>Gepubliceerd als kennisbankartikel %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#%1 opened, priority %2, due %3.</source>
        <translation>#%1 geopend, prioriteit %2, deadline %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#%1 saved (%2).</source>
        <translation>#%1 opgeslagen (%2).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="-124"/>
        <source>set up a team workspace on PostgreSQL and say who may do what in it</source>
        <translation>een teamwerkruimte op PostgreSQL inrichten en bepalen wie wat mag</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>known-hosts takes list or remove HOST.</source>
        <translation>known-hosts neemt list of remove HOST.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known-hosts list takes no further words.</source>
        <translation>known-hosts list neemt geen verdere woorden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known-hosts remove needs one HOST (as known_hosts names it: the address or HostKeyAlias).</source>
        <translation>known-hosts remove heeft één HOST nodig (zoals known_hosts die noemt: het adres of de HostKeyAlias).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--port takes a number from 1 to 65535.</source>
        <translation>--port neemt een getal van 1 tot 65535.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The team&apos;s known hosts list no key for %1.</source>
        <translation>De bekende hosts van het team bevatten geen sleutel voor %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Removed %n key(s) for %1 from the team&apos;s known hosts.</source>
        <translation>
            <numerusform>%n sleutel voor %1 verwijderd uit de bekende hosts van het team.</numerusform>
            <numerusform>%n sleutels voor %1 verwijderd uit de bekende hosts van het team.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted by</source>
        <translation>Geaccepteerd door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Team workspaces on PostgreSQL. init (run by the login that will own the schema) lays out an empty database and creates its two roles, &lt;db&gt;_helpdesk and &lt;db&gt;_sysadmin; grant gives a login one of them (creating the login when it does not exist); revoke takes both away; info says what the workspace is and what your login may do in it; copy puts a personal workspace into a team one; known-hosts lists the host keys a sysadmin trusted for the team, or removes a host&apos;s.</source>
        <translation>Teamwerkruimten op PostgreSQL. init (uitgevoerd door de login die eigenaar van het schema wordt) richt een lege database in en maakt de twee rollen &lt;db&gt;_helpdesk en &lt;db&gt;_sysadmin; grant geeft een login een ervan (en maakt de login als die nog niet bestaat); revoke neemt beide af; info zegt wat de werkruimte is en wat uw login erin mag; copy zet een persoonlijke werkruimte in een teamwerkruimte; known-hosts toont de hostsleutels die een sysadmin voor het team vertrouwde, of verwijdert die van een host.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>grant: helpdesk or sysadmin.</source>
        <translation>grant: helpdesk of sysadmin.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grant: a new login&apos;s password, from the first line of standard input (without it the login has none: certificate or peer authentication).</source>
        <translation>grant: het wachtwoord van een nieuwe login, van de eerste regel van standaardinvoer (zonder deze optie heeft de login er geen: aanmelden met certificaat of peer).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info, copy: one JSON object; known-hosts list: one array.</source>
        <translation>info, copy: één JSON-object; known-hosts list: één array.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>known-hosts remove: the host&apos;s SSH port (default 22).</source>
        <translation>known-hosts remove: de SSH-poort van de host (standaard 22).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port</source>
        <translation>poort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>init, info, grant, revoke, copy or known-hosts.</source>
        <translation>init, info, grant, revoke, copy of known-hosts.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>info takes no further words.</source>
        <translation>info neemt geen verdere woorden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Workspace</source>
        <translation>Werkruimte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>Database-engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role</source>
        <translation>Uw rol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>workspace needs an ACTION: init, info, grant, revoke, copy or known-hosts.</source>
        <translation>workspace heeft een ACTIE nodig: init, info, grant, revoke, copy of known-hosts.</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>copy takes no further words.</source>
        <translation>copy neemt geen verdere woorden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copy needs --from FILE, the workspace to copy.</source>
        <translation>copy heeft --from BESTAND nodig, de werkruimte om te kopiëren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--from names a workspace file, and %1 is none.</source>
        <translation>--from noemt een werkruimtebestand, en %1 is dat niet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>copy is run by the login that owns the team workspace (the one that ran workspace init), so audit records and work logs keep who wrote them.</source>
        <translation>copy wordt uitgevoerd door de login die eigenaar is van de teamwerkruimte (die workspace init uitvoerde), zodat auditregels en werklogboeken houden wie ze schreef.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already there</source>
        <translation>Was er al</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>copy: the workspace to copy (a file).</source>
        <translation>copy: de werkruimte om te kopiëren (een bestand).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy: the team workspace to copy into (default: --workspace).</source>
        <translation>copy: de teamwerkruimte waarin gekopieerd wordt (standaard: --workspace).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>copy: add to a workspace that already holds data (what it has stays as it is).</source>
        <translation>copy: toevoegen aan een werkruimte die al gegevens bevat (wat er is blijft zoals het is).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>workspace %1 is for a team workspace: give --workspace a PostgreSQL address (postgresql://user@host/db).</source>
        <translation>workspace %1 is voor een teamwerkruimte: geef --workspace een PostgreSQL-adres (postgresql://gebruiker@host/db).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>init takes no further words.</source>
        <translation>init neemt geen verdere woorden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The team workspace %1 is ready (schema %2), with the roles %3 and %4. Give logins a role with: werkbank-cli --workspace &apos;%1&apos; workspace grant LOGIN --role helpdesk|sysadmin</source>
        <translation>De teamwerkruimte %1 is klaar (schema %2), met de rollen %3 en %4. Geef logins een rol met: werkbank-cli --workspace &apos;%1&apos; workspace grant LOGIN --role helpdesk|sysadmin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 needs one LOGIN.</source>
        <translation>%1 heeft één LOGIN nodig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>grant needs --role helpdesk or --role sysadmin.</source>
        <translation>grant heeft --role helpdesk of --role sysadmin nodig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>revoke takes no --role and no password.</source>
        <translation>revoke neemt geen --role en geen wachtwoord.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 now has the role %2.</source>
        <translation>%1 heeft nu de rol %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no role in this workspace any more.</source>
        <translation>%1 heeft geen rol meer in deze werkruimte.</translation>
    </message>
    <message>
        <location filename="../app/cli/TransferCommand.cpp" line="-50"/>
        <source>copy files (with -r folders) from hosts over SFTP</source>
        <translation>bestanden (met -r mappen) van hosts kopiëren via SFTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy files (with -r folders) to hosts over SFTP</source>
        <translation>bestanden (met -r mappen) naar hosts kopiëren via SFTP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copies REMOTE files (and with -r folders) from every host given by --host and --group to LOCAL, over SFTP. With one host LOCAL is the new name, or a folder they go into; with several, each host&apos;s copy goes to LOCAL/&lt;host&gt;/. A file is written under NAME.wbpart and renamed when whole; modes and times are kept. Exit status 1 when any file failed.</source>
        <translation>Kopieert REMOTE-bestanden (en met -r mappen) van elke host uit --host en --group naar LOCAL, via SFTP. Bij één host is LOCAL de nieuwe naam, of een map waarin ze komen; bij meer hosts komt de kopie van elke host in LOCAL/&lt;host&gt;/. Een bestand wordt geschreven als NAAM.wbpart en hernoemd zodra het compleet is; rechten en tijden blijven behouden. Afsluitstatus 1 als een bestand mislukte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copies LOCAL files (and with -r folders) to REMOTE on every host given by --host and --group, over SFTP: the new name, or a folder they go into. A file is written under NAME.wbpart and renamed when whole; modes and times are kept. Exit status 1 when any file failed.</source>
        <translation>Kopieert LOCAL-bestanden (en met -r mappen) naar REMOTE op elke host uit --host en --group, via SFTP: de nieuwe naam, of een map waarin ze komen. Een bestand wordt geschreven als NAAM.wbpart en hernoemd zodra het compleet is; rechten en tijden blijven behouden. Afsluitstatus 1 als een bestand mislukte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy folders with everything in them.</source>
        <translation>Mappen kopiëren met alles erin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace files that exist already.</source>
        <translation>Bestaande bestanden vervangen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave files that exist already as they are.</source>
        <translation>Bestaande bestanden laten zoals ze zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go on with files a cut-off copy left (NAME.wbpart), and with shorter files of the same name.</source>
        <translation>Doorgaan met bestanden die een afgebroken kopie achterliet (NAAM.wbpart), en met kortere bestanden met dezelfde naam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep files that exist already and give the copy a free name (NAME (1).EXT).</source>
        <translation>Bestaande bestanden houden en de kopie een vrije naam geven (NAAM (1).EXT).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosts at once (default 8).</source>
        <translation>Hosts tegelijk (standaard 8).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One JSON object per file and host: host, source, destination, kind, result, bytes, error.</source>
        <translation>Eén JSON-object per bestand en host: host, source, destination, kind, result, bytes, error.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to copy.</source>
        <translation>Wat gekopieerd wordt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to.</source>
        <translation>Waarheen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>get needs REMOTE and LOCAL.</source>
        <translation>get heeft REMOTE en LOCAL nodig.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>put needs LOCAL and REMOTE.</source>
        <translation>put heeft LOCAL en REMOTE nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs at least one --host or --group.</source>
        <translation>%1 heeft minstens één --host of --group nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give one of --overwrite, --skip, --resume and --rename.</source>
        <translation>Geef één van --overwrite, --skip, --resume en --rename.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” is no remote path.</source>
        <translation>“%1” is geen pad op de host.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot make the folder %1.</source>
        <translation>Kan de map %1 niet maken.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2: skipped, %3</source>
        <translation>%1: %2: overgeslagen, %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2  %3 of %4  %5/s</source>
        <translation>%1: %2  %3 van %4  %5/s</translation>
    </message>
</context>
<context>
    <name>wb::CommandRunner</name>
    <message numerus="yes">
        <location filename="../core/ssh/CommandRunner.cpp" line="+129"/>
        <source>no result within %n second(s)</source>
        <translation>
            <numerusform>geen resultaat binnen %n seconde</numerusform>
            <numerusform>geen resultaat binnen %n seconden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::CommonOptions</name>
    <message>
        <location filename="../app/AppOptions.cpp" line="+24"/>
        <source>Workspace: a database file (default: %1), or a team workspace&apos;s PostgreSQL address (postgresql://user@host/db).</source>
        <translation>Werkruimte: een databasebestand (standaard: %1), of het PostgreSQL-adres van een teamwerkruimte (postgresql://gebruiker@host/db).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>path</source>
        <translation>pad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the interface: nl or en (default: the system&apos;s).</source>
        <translation>Taal van de interface: nl of en (standaard: die van het systeem).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>taal</translation>
    </message>
</context>
<context>
    <name>wb::ConflictDialog</name>
    <message>
        <location filename="../widgets/common/ConflictDialog.cpp" line="+16"/>
        <source>Saved Elsewhere</source>
        <translation>Elders opgeslagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was saved elsewhere while you were editing it.</source>
        <translation>%1 is elders opgeslagen terwijl u het bewerkte.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n field(s) changed on both sides.</source>
        <translation>
            <numerusform>%n veld is aan beide kanten gewijzigd.</numerusform>
            <numerusform>%n velden zijn aan beide kanten gewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the side to keep for each field and choose Merge, or keep all of yours or all of theirs.</source>
        <translation>Vink per veld de kant aan die blijft en kies Samenvoegen, of houd alles van u of alles van de ander.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the ticked side of each field</source>
        <translation>De aangevinkte kant van elk veld opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Mijne houden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save all of yours over what was saved elsewhere</source>
        <translation>Alles van u opslaan over wat elders is opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Hunne nemen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop your changes and keep what was saved elsewhere</source>
        <translation>Uw wijzigingen laten vallen en houden wat elders is opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to Editing</source>
        <translation>&amp;Terug naar bewerken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save nothing yet; what you typed stays</source>
        <translation>Nog niets opslaan; wat u typte blijft staan</translation>
    </message>
</context>
<context>
    <name>wb::ConflictModel</name>
    <message>
        <location filename="../models/common/ConflictModel.cpp" line="+98"/>
        <location line="+11"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>You changed it</source>
        <translation>Door u gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed elsewhere</source>
        <translation>Elders gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on both sides</source>
        <translation>Aan beide kanten gewijzigd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1

When you opened it: %2</source>
        <translation>%1

Toen u het opende: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours</source>
        <translation>Van u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved elsewhere</source>
        <translation>Elders opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>Wat is gewijzigd</translation>
    </message>
</context>
<context>
    <name>wb::ConnectionPage</name>
    <message>
        <location filename="../widgets/preferences/PreferencesPages.cpp" line="-222"/>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+13"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>A connection stays logged in this long after its session or run ends; the next one to the same host opens a channel on it instead of logging in again.</source>
        <translation>Zo lang blijft een verbinding aangemeld nadat de sessie of uitvoering is afgelopen; de volgende naar dezelfde host opent er een kanaal op in plaats van opnieuw aan te melden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Only when asked</source>
        <translation>Alleen op verzoek</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>How often the inventory checks that every host answers (its SSH banner, or the port its kind answers on), without logging in. Hosts → Check Reachability Now checks at once.</source>
        <translation>Hoe vaak de inventaris nagaat of elke host antwoordt (zijn SSH-banner, of de poort waarop zijn soort antwoordt), zonder aan te melden. Hosts → Bereikbaarheid nu controleren controleert meteen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> h</source>
        <translation> u</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often the inventory gathers every host&apos;s facts over SSH (OS, updates, disks, failed units, backup age). Hosts → Gather Facts gathers at once.</source>
        <translation>Hoe vaak de inventaris de gegevens van elke host via SSH verzamelt (OS, updates, schijven, mislukte units, leeftijd van de back-up). Hosts → Gegevens verzamelen verzamelt meteen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plain text (terminal escapes removed)</source>
        <translation>Platte tekst (terminalcodes verwijderd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw (as the host sent it)</source>
        <translation>Onbewerkt (zoals de host het stuurde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each terminal session&apos;s output in a file of its own, named by host and time. Only what the host sends is logged: commands as it echoes them, never a password typed at a prompt that does not echo.</source>
        <translation>De uitvoer van elke terminalsessie in een eigen bestand, genoemd naar host en tijd. Alleen wat de host stuurt wordt gelogd: opdrachten zoals hij ze terugstuurt, nooit een wachtwoord dat u typt bij een prompt die niets terugstuurt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bro&amp;wse…</source>
        <translation>Blader&amp;en…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session log folder</source>
        <translation>Map voor sessielogs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect &amp;timeout:</source>
        <translation>&amp;Time-out bij verbinden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keepalive every:</source>
        <translation>&amp;Keepalive elke:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep idle connections &amp;open for:</source>
        <translation>Inactieve verbindingen &amp;openhouden gedurende:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;reachability every:</source>
        <translation>Be&amp;reikbaarheid controleren elke:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gather &amp;facts every:</source>
        <translation>&amp;Gegevens verzamelen elke:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log sessions:</source>
        <translation>Sessies &amp;loggen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session log fol&amp;der:</source>
        <translation>&amp;Map voor sessielogs:</translation>
    </message>
</context>
<context>
    <name>wb::ConnectionSettings</name>
    <message>
        <location filename="../core/targets/ConnectionSettings.cpp" line="+99"/>
        <source>The workspace&apos;s known_hosts file was changed elsewhere to “%1”; yours was not saved.</source>
        <translation>Het known_hosts-bestand van de werkruimte is elders gewijzigd in “%1”; het uwe is niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>wb::CsvReader</name>
    <message>
        <location filename="../core/inventory/io/CsvReader.cpp" line="+101"/>
        <source>Text follows the closing quote of a field; put the whole field in quotes and double any quote inside it (&quot;&quot;).</source>
        <translation>Er staat tekst na het sluitende aanhalingsteken van een veld; zet het hele veld tussen aanhalingstekens en verdubbel elk aanhalingsteken erin (&quot;&quot;).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A quoted field starting on this line is never closed; the rest of the file was not read.</source>
        <translation>Een veld tussen aanhalingstekens dat op deze regel begint, wordt nooit gesloten; de rest van het bestand is niet gelezen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file is empty; it needs a header row such as “name,address”.</source>
        <translation>Het bestand is leeg; het heeft een kopregel nodig, zoals “name,address”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown column “%1”; the columns are: %2.</source>
        <translation>Onbekende kolom “%1”; de kolommen zijn: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file seems to use semicolons; save it with commas as separators.</source>
        <translation>Het bestand lijkt puntkomma&apos;s te gebruiken; sla het op met komma&apos;s als scheidingsteken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column “%1” appears twice.</source>
        <translation>Kolom “%1” komt twee keer voor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The required column “%1” is missing.</source>
        <translation>De verplichte kolom “%1” ontbreekt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This row has %1 fields but the header has %2 columns; quote fields that contain commas.</source>
        <translation>Deze rij heeft %1 velden, maar de kopregel heeft %2 kolommen; zet velden met komma&apos;s tussen aanhalingstekens.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Host “%1” already appears on line %2 in the same group.</source>
        <translation>Host “%1” staat al op regel %2 in dezelfde groep.</translation>
    </message>
</context>
<context>
    <name>wb::DesktopCommand</name>
    <message>
        <location filename="../core/desktop/DesktopCommand.cpp" line="+25"/>
        <source>“%1” is not an address a viewer can be given</source>
        <translation>“%1” is geen adres dat een viewer kan krijgen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+39"/>
        <source>a user name, password or address with a line break cannot be passed to the remote desktop client</source>
        <translation>een gebruikersnaam, wachtwoord of adres met een regeleinde kan niet aan de client voor het externe bureaublad worden doorgegeven</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>the remote desktop needs a user name</source>
        <translation>het externe bureaublad heeft een gebruikersnaam nodig</translation>
    </message>
</context>
<context>
    <name>wb::DesktopController</name>
    <message>
        <location filename="../widgets/desktop/DesktopController.cpp" line="+44"/>
        <source>Remote &amp;Desktop…</source>
        <translation>Extern &amp;bureaublad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected workstation&apos;s desktop (RDP or VNC, as its settings say)</source>
        <translation>Het bureaublad van het geselecteerde werkstation openen (RDP of VNC, zoals de instellingen zeggen)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select one host whose desktop to open.</source>
        <translation>Selecteer één host waarvan het bureaublad moet openen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no remote desktop: choose RDP or VNC in its settings (Edit → Edit…).</source>
        <translation>%1 heeft geen extern bureaublad: kies RDP of VNC in de instellingen van de host (Bewerken → Bewerken…).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The keychain could not be read: %1</source>
        <translation>De sleutelbos kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The keychain could not store the password: %1</source>
        <translation>De sleutelbos kon het wachtwoord niet opslaan: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (Werkbank)</source>
        <translation>%1 (Werkbank)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is reached through jump hosts, and no tunnel can be opened here.</source>
        <translation>%1 wordt via jumphosts bereikt, en hier kan geen tunnel worden geopend.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remote desktop to %1 started (%2, %3).</source>
        <translation>Extern bureaublad naar %1 gestart (%2, %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remote desktop to %1 ended.</source>
        <translation>Extern bureaublad naar %1 beëindigd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved password was refused and is forgotten; the next start asks for it.</source>
        <translation>Het opgeslagen wachtwoord werd geweigerd en is vergeten; de volgende keer wordt erom gevraagd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote desktop to %1 ended: %2</source>
        <translation>Extern bureaublad naar %1 beëindigd: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The remote desktop to %1 ended: %2</source>
        <translation>Het externe bureaublad naar %1 is beëindigd: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remote Desktop</source>
        <translation>Extern bureaublad</translation>
    </message>
</context>
<context>
    <name>wb::DesktopLoginDialog</name>
    <message>
        <location filename="../widgets/desktop/DesktopLoginDialog.cpp" line="+14"/>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Onthouden in de sleutelbos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote Desktop</source>
        <translation>Extern bureaublad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user, DOMAIN\user or user@domain</source>
        <translation>gebruiker, DOMEIN\gebruiker of gebruiker@domein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log in to the desktop of &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Aanmelden bij het bureaublad van &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
</context>
<context>
    <name>wb::DesktopSession</name>
    <message>
        <location filename="../core/desktop/DesktopSession.cpp" line="+66"/>
        <source>Opening a tunnel to %1…</source>
        <translation>Tunnel naar %1 openen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the tunnel to %1 did not open: %2</source>
        <translation>de tunnel naar %1 ging niet open: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>the tunnel to %1 ended</source>
        <translation>de tunnel naar %1 is beëindigd</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>the tunnel to %1 ended: %2</source>
        <translation>de tunnel naar %1 is beëindigd: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> through 127.0.0.1:%1</source>
        <translation> via 127.0.0.1:%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 could not be started (%2). Install it (Debian: freerdp2-x11 for RDP, tigervnc-viewer for VNC).</source>
        <translation>%1 kon niet worden gestart (%2). Installeer het (Debian: freerdp2-x11 voor RDP, tigervnc-viewer voor VNC).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 crashed</source>
        <translation>%1 is vastgelopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ended with exit code %2</source>
        <translation>%1 stopte met afsluitcode %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>wb::DirectoryAccountModel</name>
    <message>
        <location filename="../models/accounts/DirectoryAccountModel.cpp" line="+107"/>
        <source>disabled</source>
        <translation>uitgeschakeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>ingeschakeld</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>since %1</source>
        <extracomment>An account locked out by hand (an administrator&apos;s lock), with no time</extracomment>
        <translation>sinds %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>locked</source>
        <translation>vergrendeld</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never expires</source>
        <translation>verloopt nooit</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Locked out on %1</source>
        <translation>Vergrendeld op %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“Password never expires” is set: “must change” has no effect until it is cleared.</source>
        <translation>“Wachtwoord verloopt nooit” staat aan: “moet wijzigen” werkt pas als dat uit staat.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Aanmeldnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>Ingeschakeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked out</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad passwords</source>
        <translation>Foute wachtwoorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password set</source>
        <translation>Wachtwoord gezet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must change</source>
        <translation>Moet wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last logon</source>
        <translation>Laatste aanmelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
</context>
<context>
    <name>wb::DirectoryAccountsView</name>
    <message numerus="yes">
        <location filename="../widgets/accounts/DirectoryAccountsView.cpp" line="+63"/>
        <source>%Ln action(s) done in %1.</source>
        <translation>
            <numerusform>%Ln actie uitgevoerd in %1.</numerusform>
            <numerusform>%Ln acties uitgevoerd in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 done; %3 failed (see above).</source>
        <translation>%1 van %2 uitgevoerd; %3 mislukt (zie hierboven).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Link to Active &amp;Ticket</source>
        <translation>Aan actief tic&amp;ket koppelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link the selected accounts to the active ticket; their actions then go into its work log</source>
        <translation>Koppel de gekozen accounts aan het actieve ticket; hun acties komen dan in het werklog ervan</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Search name, login, e-mail or department, then Enter (empty: everyone)</source>
        <translation>Zoek naam, aanmeldnaam, e-mail of afdeling, dan Enter (leeg: iedereen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Domain controller</source>
        <translation>Domeincontroller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locked out</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad passwords</source>
        <translation>Foute wachtwoorden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last logon</source>
        <translation>Laatste aanmelding</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Accounts — %1</source>
        <translation>Accounts — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>Linked %n account(s) to ticket #%1.</source>
        <translation>
            <numerusform>%n account aan ticket #%1 gekoppeld.</numerusform>
            <numerusform>%n accounts aan ticket #%1 gekoppeld.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+55"/>
        <source>Searching %1…</source>
        <translation>%1 doorzoeken…</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Type a name, login, e-mail address or department and press &lt;b&gt;Enter&lt;/b&gt;; Enter in an empty field lists everyone.</source>
        <translation>Typ een naam, aanmeldnaam, e-mailadres of afdeling en druk op &lt;b&gt;Enter&lt;/b&gt;; Enter in een leeg veld toont iedereen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody in %1 matches “%2”.</source>
        <translation>Niemand in %1 past bij “%2”.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Bind Password</source>
        <translation>Bindwachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of %1 for %2 (to keep it in the keychain, type it in Edit Directory…):</source>
        <translation>Het wachtwoord van %1 voor %2 (om het in de sleutelbos te bewaren: typ het in Directory bewerken…):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Werkbank needs the bind password of %1 to log in.</source>
        <translation>Werkbank heeft het bindwachtwoord van %1 nodig om aan te melden.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Searching %1… %Ln found so far</source>
        <translation>
            <numerusform>%1 doorzoeken… %Ln tot nu toe gevonden</numerusform>
            <numerusform>%1 doorzoeken… %Ln tot nu toe gevonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln account(s) found in %1.</source>
        <translation>
            <numerusform>%Ln account gevonden in %1.</numerusform>
            <numerusform>%Ln accounts gevonden in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 these %Ln account(s) in %2?</source>
        <translation>
            <numerusform>%1: dit ene account in %2?</numerusform>
            <numerusform>%1: deze %Ln accounts in %2?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Must Change Password</source>
        <translation>Wachtwoord moet gewijzigd worden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“Password never expires” is set on %Ln of these account(s); while it is, “must change” has no effect. Clear it as well?</source>
        <translation>
            <numerusform>“Wachtwoord verloopt nooit” staat aan bij %Ln van deze accounts; zolang dat zo is, werkt “moet wijzigen” niet. Ook uitzetten?</numerusform>
            <numerusform>“Wachtwoord verloopt nooit” staat aan bij %Ln van deze accounts; zolang dat zo is, werkt “moet wijzigen” niet. Ook uitzetten?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Reading the password policy of %1…</source>
        <translation>Het wachtwoordbeleid van %1 lezen…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n accounts</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>not reached: %1</source>
        <translation>niet bereikt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>locked</source>
        <translation>vergrendeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
</context>
<context>
    <name>wb::DirectoryDialog</name>
    <message>
        <location filename="../widgets/inventory/DirectoryDialog.cpp" line="+29"/>
        <source>Add Directory</source>
        <translation>Directory toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Directory %1</source>
        <translation>Directory %1 bewerken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. Corporate AD</source>
        <translation>bijv. Bedrijfs-AD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ldaps://dc1.example.org or ldap://ldap.example.org (StartTLS)</source>
        <translation>ldaps://dc1.example.org of ldap://ldap.example.org (StartTLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Werkbank always uses TLS: ldaps://, or ldap:// with StartTLS. A server without TLS is refused.</source>
        <translation>Werkbank gebruikt altijd TLS: ldaps://, of ldap:// met StartTLS. Een server zonder TLS wordt geweigerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. dc=example,dc=org</source>
        <translation>bijv. dc=example,dc=org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cn=helpdesk,ou=services,dc=example,dc=org or helpdesk@EXAMPLE.ORG</source>
        <translation>cn=helpdesk,ou=services,dc=example,dc=org of helpdesk@EXAMPLE.ORG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stored in the keychain only</source>
        <translation>alleen bewaard in de sleutelbos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>leave empty to keep the one in the keychain</source>
        <translation>leeg laten om dat in de sleutelbos te houden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: the system&apos;s trusted CAs</source>
        <translation>leeg: de vertrouwde CA&apos;s van het systeem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the CA certificate (PEM)</source>
        <translation>Kies het CA-certificaat (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Detect from the server</source>
        <translation>Herkennen aan de server</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One host[:port] per line; Test Connection finds them</source>
        <translation>Eén host[:poort] per regel; Verbinding testen vindt ze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active Directory keeps lockouts, bad passwords and last logons per domain controller;
Werkbank asks each one listed here.</source>
        <translation>Active Directory houdt vergrendelingen, foute wachtwoorden en laatste aanmeldingen per domeincontroller bij;
Werkbank vraagt het elke hier genoemde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Test Connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in with these settings; fills in the kind and the domain controllers the server reports</source>
        <translation>Meld aan met deze instellingen; vult het soort en de domeincontrollers in die de server meldt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group:</source>
        <translation>&amp;Groep:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Base DN:</source>
        <translation>&amp;Basis-DN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ind DN:</source>
        <translation>B&amp;ind-DN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind &amp;password:</source>
        <translation>Bind&amp;wachtwoord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-certificaat:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Domain controllers:</source>
        <translation>&amp;Domeincontrollers:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>(new directory)</source>
        <translation>(nieuwe directory)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logging in…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the bind password: the keychain holds none for %1 at %2.</source>
        <translation>Typ het bindwachtwoord: de sleutelbos heeft er geen voor %1 op %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Logged in: %1.</source>
        <translation>Aangemeld: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln domain controller(s) found.</source>
        <translation>
            <numerusform>%Ln domeincontroller gevonden.</numerusform>
            <numerusform>%Ln domeincontrollers gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No domain controllers found: %1</source>
        <translation>Geen domeincontrollers gevonden: %1</translation>
    </message>
</context>
<context>
    <name>wb::DirectoryKind</name>
    <message>
        <location filename="../core/inventory/InventoryTypes.cpp" line="+9"/>
        <source>Detect</source>
        <translation>Automatisch detecteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LDAP with password policy</source>
        <translation>LDAP met wachtwoordbeleid</translation>
    </message>
</context>
<context>
    <name>wb::DirectoryValidator</name>
    <message>
        <location filename="../core/inventory/DirectoryRepository.cpp" line="+200"/>
        <source>A directory needs a name.</source>
        <translation>Een directory heeft een naam nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A directory&apos;s name is one line of at most 200 characters.</source>
        <translation>De naam van een directory is één regel van hoogstens 200 tekens.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A directory needs an address (ldaps://server or ldap://server).</source>
        <translation>Een directory heeft een adres nodig (ldaps://server of ldap://server).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address &quot;%1&quot; is not ldaps://server[:port] or ldap://server[:port] (StartTLS).</source>
        <translation>Het adres &quot;%1&quot; is niet ldaps://server[:poort] of ldap://server[:poort] (StartTLS).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A directory needs a base DN (where people are searched, e.g. dc=example,dc=org).</source>
        <translation>Een directory heeft een basis-DN nodig (waar personen worden gezocht, bijv. dc=example,dc=org).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base DN &quot;%1&quot; is not a DN (e.g. dc=example,dc=org).</source>
        <translation>De basis-DN &quot;%1&quot; is geen DN (bijv. dc=example,dc=org).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A directory needs a bind DN (or user@REALM for Active Directory): the account Werkbank logs in as.</source>
        <translation>Een directory heeft een bind-DN nodig (of gebruiker@REALM voor Active Directory): het account waarmee Werkbank zich aanmeldt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bind DN &quot;%1&quot; is neither a DN nor user@REALM.</source>
        <translation>De bind-DN &quot;%1&quot; is geen DN en ook geen gebruiker@REALM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA file&apos;s path is one line.</source>
        <translation>Het pad van het CA-bestand is één regel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a domain controller&apos;s host[:port].</source>
        <translation>&quot;%1&quot; is geen host[:port] van een domeincontroller.</translation>
    </message>
</context>
<context>
    <name>wb::DirectoryWords</name>
    <message>
        <location filename="../core/directory/DirectoryWords.cpp" line="+24"/>
        <location line="+41"/>
        <source>the password has expired</source>
        <translation>het wachtwoord is verlopen</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>the account is locked</source>
        <translation>het account is vergrendeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the password must be changed first (it was reset)</source>
        <translation>het wachtwoord moet eerst worden gewijzigd (het is gereset)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the policy does not allow changing this password</source>
        <translation>het beleid staat niet toe dat dit wachtwoord wordt gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the old password must be given</source>
        <translation>het oude wachtwoord moet worden opgegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the password is not good enough for the policy</source>
        <translation>het wachtwoord voldoet niet aan het beleid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the password is shorter than the policy allows</source>
        <translation>het wachtwoord is korter dan het beleid toestaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the password was changed too recently to change again</source>
        <translation>het wachtwoord is te kort geleden gewijzigd om het opnieuw te wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the password was used before</source>
        <translation>het wachtwoord is al eerder gebruikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the password is longer than the policy allows</source>
        <translation>het wachtwoord is langer dan het beleid toestaat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot reach the directory %1: %2</source>
        <translation>Kan de directory %1 niet bereiken: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The directory %1 requires a stronger login than a password over TLS: %2</source>
        <translation>De directory %1 vereist een sterkere aanmelding dan een wachtwoord via TLS: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not log in to the directory %2: %3</source>
        <translation>%1 kon zich niet aanmelden bij de directory %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no such account</source>
        <translation>dat account bestaat niet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the account may not log in at this time</source>
        <translation>het account mag zich op dit moment niet aanmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the account may not log in from this computer</source>
        <translation>het account mag zich niet vanaf deze computer aanmelden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the account is disabled</source>
        <translation>het account is uitgeschakeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the account has expired</source>
        <translation>het account is verlopen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password must be changed first</source>
        <translation>het wachtwoord moet eerst worden gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the account is locked out</source>
        <translation>het account is vergrendeld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name or the password is wrong</source>
        <translation>de naam of het wachtwoord is onjuist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not log in to the directory %2: %3.</source>
        <translation>%1 kon zich niet aanmelden bij de directory %2: %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The directory %1 stopped answering; it may or may not have done this (%2): %3</source>
        <translation>De directory %1 reageert niet meer; het is onbekend of de actie is uitgevoerd (%2): %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Insufficient rights: the bind account %1 may not write %2 there, so the directory %3 refused to %4.</source>
        <translation>Onvoldoende rechten: het bindaccount %1 mag daar %2 niet schrijven, dus weigerde de directory %3 de actie (%4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insufficient rights: the bind account %1 may not %2 in the directory %3.</source>
        <translation>Onvoldoende rechten: het bindaccount %1 mag in de directory %3 niet %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The directory %1 has no such entry (%2).</source>
        <translation>De directory %1 bevat dit item niet (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the password does not meet the domain&apos;s password policy (length, complexity or history)</source>
        <translation>het wachtwoord voldoet niet aan het wachtwoordbeleid van het domein (lengte, complexiteit of geschiedenis)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The directory %1 refused to %2: %3.</source>
        <translation>De directory %1 weigerde de actie (%2): %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The directory %1 is unwilling to %2: %3</source>
        <translation>De directory %1 is niet bereid tot de actie (%2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The directory %1 wants an encrypted or signed connection to %2: %3</source>
        <translation>De directory %1 vereist een versleutelde of ondertekende verbinding voor de actie (%2): %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The directory %1 refused to %2: %3</source>
        <translation>De directory %1 weigerde de actie (%2): %3</translation>
    </message>
</context>
<context>
    <name>wb::DirectoryWorker</name>
    <message>
        <location filename="../core/directory/DirectoryWorker.cpp" line="+75"/>
        <source>No bind password for the directory %1: Werkbank needs the password of %2.</source>
        <translation>Geen bindwachtwoord voor de directory %1: Werkbank heeft het wachtwoord van %2 nodig.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>read its root DSE</source>
        <translation>de root DSE lezen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>list its groups</source>
        <translation>de groepen opvragen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>search</source>
        <translation>zoeken</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The directory %1 has no account “%2”.</source>
        <translation>De directory %1 heeft geen account “%2”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>find %1</source>
        <translation>%1 opzoeken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The directory %1 has %2 accounts with the login “%3”; name one by its DN.</source>
        <translation>De directory %1 heeft %2 accounts met de login “%3”; geef het gewenste account op met zijn DN.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not a login the directory %2 can have.</source>
        <translation>“%1” is geen login die de directory %2 kan hebben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reset the password of %1</source>
        <translation>het wachtwoord van %1 resetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>make %1 change the password at the next logon</source>
        <translation>instellen dat %1 het wachtwoord bij de volgende aanmelding moet wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock %1</source>
        <translation>%1 vergrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlock %1</source>
        <translation>%1 ontgrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disable %1</source>
        <translation>%1 uitschakelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enable %1</source>
        <translation>%1 inschakelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reset the failed logons of %1</source>
        <translation>de mislukte aanmeldingen van %1 resetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set the expiry of %1</source>
        <translation>de vervaldatum van %1 instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clear the expiry of %1</source>
        <translation>de vervaldatum van %1 wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add %1 to the group %2</source>
        <translation>%1 aan de groep %2 toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove %1 from the group %2</source>
        <translation>%1 uit de groep %2 verwijderen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a login the directory %2 can have; nothing was sent.</source>
        <translation>“%1” is geen login die de directory %2 kan hebben; er is niets verzonden.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Name the group (at most 256 characters).</source>
        <translation>Geef de naam van de groep op (hoogstens 256 tekens).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>find the group %1</source>
        <translation>de groep %1 opzoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The directory %1 has no group “%2”.</source>
        <translation>De directory %1 heeft geen groep “%2”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory %1 has %2 groups called “%3”.</source>
        <translation>De directory %1 heeft %2 groepen met de naam “%3”.</translation>
    </message>
</context>
<context>
    <name>wb::ErrorBar</name>
    <message>
        <location filename="../widgets/common/ErrorBar.cpp" line="+26"/>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>wb::ExpiryDialog</name>
    <message>
        <location filename="../widgets/accounts/ExpiryDialog.cpp" line="+14"/>
        <source>Set Expiry</source>
        <translation>Vervaldatum instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt; stops working at the start of:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; op &lt;b&gt;%2&lt;/b&gt; houdt op te werken aan het begin van:</translation>
    </message>
</context>
<context>
    <name>wb::Exporters</name>
    <message>
        <location filename="../core/inventory/io/Exporters.cpp" line="+218"/>
        <source>The group to export no longer exists.</source>
        <translation>De te exporteren groep bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan “%1” niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>wb::FactsGatherer</name>
    <message>
        <location filename="../core/fleet/FactsGatherer.cpp" line="+76"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the facts script printed nothing (exit status %1): %2</source>
        <translation>het gegevensscript gaf niets (afsluitstatus %1): %2</translation>
    </message>
</context>
<context>
    <name>wb::FactsHistoryModel</name>
    <message>
        <location filename="../models/fleet/FactsHistoryModel.cpp" line="+46"/>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Taken</source>
        <translation>Verzameld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>Belasting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory used</source>
        <translation>Geheugen in gebruik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fullest disk</source>
        <translation>Volste schijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed units</source>
        <translation>Mislukte units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
</context>
<context>
    <name>wb::FactsParser</name>
    <message>
        <location filename="../core/fleet/FactsParser.cpp" line="+179"/>
        <source>no systemd</source>
        <translation>geen systemd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>systemctl could not list the units</source>
        <translation>systemctl kon de units niet opsommen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>dnf could not read its package cache (dnf makecache fills it)</source>
        <translation>dnf kon zijn pakketcache niet lezen (dnf makecache vult hem)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>dnf could not list security advisories</source>
        <translation>dnf kon de beveiligingsadviezen niet opsommen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Alpine&apos;s apk does not mark security updates</source>
        <translation>apk van Alpine markeert geen beveiligingsupdates</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no way to tell on this host</source>
        <translation>op deze host niet na te gaan</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the backup file cannot be read: %1</source>
        <translation>het back-upbestand is niet te lezen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup command printed no time: “%1”</source>
        <translation>de back-upopdracht gaf geen tijd: “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs root: %1</source>
        <translation>root nodig: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>no package manager found (apt, dnf, yum or apk)</source>
        <translation>geen pakketbeheerder gevonden (apt, dnf, yum of apk)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no /etc/os-release</source>
        <translation>geen /etc/os-release</translation>
    </message>
</context>
<context>
    <name>wb::FileBrowser</name>
    <message>
        <location filename="../widgets/files/FileBrowser.cpp" line="+54"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The folder above (Alt+Up)</source>
        <translation>De map erboven (Alt+Omhoog)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder on the host</source>
        <translation>Map op de host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a folder and press Enter (Ctrl+L)</source>
        <translation>Typ een map en druk op Enter (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the folder again (F5)</source>
        <translation>De map opnieuw lezen (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show files whose names start with a dot (Ctrl+H)</source>
        <translation>Bestanden tonen waarvan de naam met een punt begint (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter names</source>
        <translation>Namen filteren</translation>
    </message>
    <message>
        <location filename="../widgets/files/FileBrowserOperations.cpp" line="+124"/>
        <source>Upload</source>
        <translation>Uploaden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy files from this computer into this folder (Ctrl+U); the arrow: a whole folder</source>
        <translation>Bestanden van deze computer naar deze map kopiëren (Ctrl+U); de pijl: een hele map</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Download</source>
        <translation>Downloaden</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Edit &amp;as Root</source>
        <translation>Bewerken &amp;als root</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Copy the selected files and folders to this computer (Ctrl+D)</source>
        <translation>De gekozen bestanden en mappen naar deze computer kopiëren (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+170"/>
        <source>New Folder</source>
        <translation>Nieuwe map</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Make a folder here (Ctrl+Shift+N)</source>
        <translation>Hier een map maken (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../widgets/files/FileBrowser.cpp" line="+8"/>
        <source>Reconnect</source>
        <translation>Opnieuw verbinden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect to the host again</source>
        <translation>Opnieuw met de host verbinden</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>%1 has no SFTP, so its files cannot be listed here; werkbank-cli get and put copy single files with it by SCP.</source>
        <translation>%1 heeft geen SFTP, dus de bestanden zijn hier niet te tonen; werkbank-cli get en put kopiëren losse bestanden ermee via SCP.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnected: %1</source>
        <translation>Verbinding verbroken: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Files: %1</source>
        <translation>Bestanden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A drop is waiting for its files: cancel it in the transfer list first.</source>
        <translation>Een neerzetting wacht op haar bestanden: annuleer die eerst in de lijst met overdrachten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Close Files</source>
        <translation>Bestanden sluiten</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>%n file(s) of %1 are open in an editor; saves made after the tab closes do not reach the host. Close?</source>
        <translation>
            <numerusform>%n bestand van %1 is open in een editor; wat na het sluiten van het tabblad wordt opgeslagen bereikt de host niet. Sluiten?</numerusform>
            <numerusform>%n bestanden van %1 zijn open in een editor; wat na het sluiten van het tabblad wordt opgeslagen bereikt de host niet. Sluiten?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n transfer(s) to or from %1 are not done. Cancel them and close?</source>
        <translation>
            <numerusform>%n overdracht van of naar %1 is niet klaar. Annuleren en sluiten?</numerusform>
            <numerusform>%n overdrachten van of naar %1 zijn niet klaar. Annuleren en sluiten?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <location line="+1"/>
        <location filename="../widgets/files/FileBrowserOperations.cpp" line="+119"/>
        <location line="+33"/>
        <location line="+70"/>
        <location line="+28"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>(%n hidden: Ctrl+H)</source>
        <translation>
            <numerusform>(%n verborgen: Ctrl+H)</numerusform>
            <numerusform>(%n verborgen: Ctrl+H)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/files/FileBrowserOperations.cpp" line="-327"/>
        <source>A name is needed.</source>
        <translation>Een naam is nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name cannot contain “/”.</source>
        <translation>Een naam mag geen “/” bevatten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“.” and “..” are not names for a file.</source>
        <translation>“.” en “..” zijn geen namen voor een bestand.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download…</source>
        <translation>&amp;Downloaden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upload Files…</source>
        <translation>Bestanden &amp;uploaden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload Fo&amp;lder…</source>
        <translation>&amp;Map uploaden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Folder…</source>
        <translation>&amp;Nieuwe map…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bewerken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the file in your editor ($VISUAL, $EDITOR or the desktop&apos;s); each save goes back to the host</source>
        <translation>Het bestand in uw editor openen ($VISUAL, $EDITOR of die van het bureaublad); elke opslag gaat terug naar de host</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a file only root may write in your editor: read and saved through sudo, with the login&apos;s password (asked once, or from the keychain)</source>
        <translation>Een bestand dat alleen root mag schrijven in uw editor openen: gelezen en opgeslagen via sudo, met het wachtwoord van de login (één keer gevraagd, of uit de sleutelbos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Permissions…</source>
        <translation>&amp;Rechten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dele&amp;te…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Path</source>
        <translation>Pad &amp;kopiëren</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Select the files or folders to download.</source>
        <translation>Kies de bestanden of mappen om te downloaden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download to</source>
        <translation>Downloaden naar</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Downloading %n item(s) to %1…</source>
        <translation>
            <numerusform>%n item downloaden naar %1…</numerusform>
            <numerusform>%n items downloaden naar %1…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Upload Files</source>
        <translation>Bestanden uploaden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upload Folder</source>
        <translation>Map uploaden</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Uploading %n item(s) to %1…</source>
        <translation>
            <numerusform>%n item uploaden naar %1…</numerusform>
            <numerusform>%n items uploaden naar %1…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A new folder in %1:</source>
        <translation>Een nieuwe map in %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New folder</source>
        <translation>Nieuwe map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Make</source>
        <translation>&amp;Maken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made the folder %1.</source>
        <translation>Map %1 gemaakt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name for %1:</source>
        <translation>Nieuwe naam voor %1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename</source>
        <translation>&amp;Hernoemen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renamed %1 to %2.</source>
        <translation>%1 hernoemd naar %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from %2, folders with everything in them?</source>
        <translation>%1 van %2 verwijderen, mappen met alles erin?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from %2?</source>
        <translation>%1 van %2 verwijderen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This cannot be undone.</source>
        <translation>Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted %1.</source>
        <translation>%1 verwijderd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Permissions of %1</source>
        <translation>Rechten van %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is now %2.</source>
        <translation>%1 is nu %2.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No room for the dragged files: %1</source>
        <translation>Geen ruimte voor de gesleepte bestanden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Fetching %n item(s) for the drop…</source>
        <translation>
            <numerusform>%n item ophalen voor het neerzetten…</numerusform>
            <numerusform>%n items ophalen voor het neerzetten…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::FleetController</name>
    <message>
        <location filename="../widgets/fleet/FleetController.cpp" line="+47"/>
        <source>A&amp;pply Updates…</source>
        <translation>Updates toe&amp;passen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade the selected hosts&apos; packages, after showing what each will upgrade</source>
        <translation>De pakketten van de geselecteerde hosts bijwerken, na te hebben getoond wat elke host bijwerkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fleet &amp;Overview</source>
        <translation>&amp;Overzicht van de hosts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many hosts are down, need a reboot, have security updates, full disks, failed units or no recent backup</source>
        <translation>Hoeveel hosts onbereikbaar zijn, een herstart nodig hebben, beveiligingsupdates hebben, volle schijven, mislukte units of geen recente back-up</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Host &amp;Details</source>
        <translation>&amp;Details van de host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected host&apos;s facts and their history</source>
        <translation>De gegevens van de geselecteerde host en hun geschiedenis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a host to see its details.</source>
        <translation>Selecteer een host om zijn details te zien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check &amp;Reachability Now</source>
        <translation>Bereikbaarheid nu &amp;controleren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check whether the selected hosts (or all hosts) answer, without logging in</source>
        <translation>Nagaan of de geselecteerde hosts (of alle hosts) antwoorden, zonder in te loggen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking %v of %m hosts</source>
        <translation>%v van %m hosts gecontroleerd</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Reachability: %n up</source>
        <translation>
            <numerusform>Bereikbaarheid: %n bereikbaar</numerusform>
            <numerusform>Bereikbaarheid: %n bereikbaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n down</source>
        <translation>
            <numerusform>%n onbereikbaar</numerusform>
            <numerusform>%n onbereikbaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not known</source>
        <translation>
            <numerusform>%n onbekend</numerusform>
            <numerusform>%n onbekend</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reachability results could not be saved in the workspace: %1</source>
        <translation>De uitkomsten van de bereikbaarheidscontrole konden niet in de werkruimte worden bewaard: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gather &amp;Facts</source>
        <translation>Gegevens ver&amp;zamelen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gather the selected hosts&apos; (or all hosts&apos;) facts over SSH: OS, updates, disks, failed units, backup age</source>
        <translation>De gegevens van de geselecteerde hosts (of alle hosts) via SSH verzamelen: OS, updates, schijven, mislukte units, leeftijd van de back-up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facts: %v of %m hosts</source>
        <translation>Gegevens: %v van %m hosts</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Facts: %n host(s) gathered</source>
        <translation>
            <numerusform>Gegevens: %n host verzameld</numerusform>
            <numerusform>Gegevens: %n hosts verzameld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed (see the Updates column&apos;s tooltip)</source>
        <translation>
            <numerusform>%n mislukt (zie de tooltip van de kolom Updates)</numerusform>
            <numerusform>%n mislukt (zie de tooltip van de kolom Updates)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The facts could not be saved in the workspace: %1</source>
        <translation>De gegevens konden niet in de werkruimte worden bewaard: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk forecast could not be read from the workspace: %1</source>
        <translation>De schijfvoorspelling kon niet uit de werkruimte worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Gathering every host&apos;s facts…</source>
        <translation>De gegevens van alle hosts worden verzameld…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Gathering the facts of %n host(s)…</source>
        <translation>
            <numerusform>De gegevens van %n host worden verzameld…</numerusform>
            <numerusform>De gegevens van %n hosts worden verzameld…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking every host…</source>
        <translation>Alle hosts worden gecontroleerd…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Checking %n host(s)…</source>
        <translation>
            <numerusform>%n host wordt gecontroleerd…</numerusform>
            <numerusform>%n hosts worden gecontroleerd…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select the hosts (or a group) to update.</source>
        <translation>Selecteer de hosts (of een groep) om bij te werken.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply Updates</source>
        <translation>Updates toepassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>apply updates</source>
        <translation>updates toepassen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <source>A reboot is required on %1.</source>
        <translation>Een herstart is nodig op %1.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Updates applied: %1 ok, %2 failed.</source>
        <translation>Updates toegepast: %1 gelukt, %2 mislukt.</translation>
    </message>
</context>
<context>
    <name>wb::FleetOverview</name>
    <message>
        <location filename="../widgets/fleet/FleetOverview.cpp" line="+29"/>
        <source>down</source>
        <translation>onbereikbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reboot needed</source>
        <translation>herstart nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>security updates</source>
        <translation>beveiligingsupdates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disk ≥ 90 % full</source>
        <translation>schijf ≥ 90 % vol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disk full within 14 days</source>
        <translation>binnen 14 dagen vol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed units</source>
        <translation>mislukte units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no backup in 24 h</source>
        <translation>geen back-up in 24 u</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h2&gt;The fleet at a glance&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;De hosts in één oogopslag&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show these hosts in the inventory (filter: %1)</source>
        <translation>Deze hosts in de inventaris tonen (filter: %1)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Double-click a filesystem (or press Enter) to see its use over time</source>
        <translation>Dubbelklik op een bestandssysteem (of druk op Enter) om het gebruik door de tijd te zien</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;Capacity&lt;/b&gt;: the fleet&apos;s filesystems by days to full (the trend of the last %n day(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Capaciteit&lt;/b&gt;: alle bestandssystemen, naar dagen tot vol (de trend van de afgelopen %n dag)</numerusform>
            <numerusform>&lt;b&gt;Capaciteit&lt;/b&gt;: alle bestandssystemen, naar dagen tot vol (de trend van de afgelopen %n dagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n host(s) in the inventory: %1 with facts, %2 checked for reachability.</source>
        <translation>
            <numerusform>%n host in de inventaris: %1 met gegevens, %2 op bereikbaarheid gecontroleerd.</numerusform>
            <numerusform>%n hosts in de inventaris: %1 met gegevens, %2 op bereikbaarheid gecontroleerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hosts → Gather Facts and Hosts → Check Reachability Now bring them up to date.</source>
        <translation>Hosts → Gegevens verzamelen en Hosts → Bereikbaarheid nu controleren brengen ze bij.</translation>
    </message>
    <message>
        <location filename="../widgets/fleet/FleetOverview.h" line="+31"/>
        <source>Fleet</source>
        <translation>Hosts</translation>
    </message>
</context>
<context>
    <name>wb::ForwardStream</name>
    <message>
        <location filename="../core/tunnels/ForwardStream.cpp" line="+186"/>
        <source>the SOCKS client sent too much before its request</source>
        <translation>de SOCKS-client stuurde te veel vóór zijn verzoek</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>out of memory</source>
        <translation>onvoldoende geheugen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server does not allow forwarding to %1</source>
        <translation>de server staat doorsturen naar %1 niet toe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server could not connect to %1</source>
        <translation>de server kon geen verbinding maken met %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server refused the connection to %1: %2</source>
        <translation>de server weigerde de verbinding met %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>could not connect to %1: %2</source>
        <translation>kon geen verbinding maken met %1: %2</translation>
    </message>
</context>
<context>
    <name>wb::GroupChoice</name>
    <message>
        <location filename="../widgets/inventory/GroupChoice.cpp" line="+13"/>
        <source>(top level)</source>
        <translation>(hoogste niveau)</translation>
    </message>
</context>
<context>
    <name>wb::GroupDialog</name>
    <message>
        <location filename="../widgets/inventory/GroupDialog.cpp" line="+26"/>
        <source>e.g. Amsterdam or Web servers</source>
        <translation>bijv. Amsterdam of Webservers</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>a deleted host (#%1)</source>
        <translation>een verwijderde host (#%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>e.g. file:/var/backups/last-ok (empty: as the group above)</source>
        <translation>bijv. file:/var/backups/last-ok (leeg: zoals de groep erboven)</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>How facts gathering finds when this group&apos;s hosts last backed up: file:PATH (the age of that file on the host) or command:COMMAND (a read-only command that prints a time, in seconds since 1970 or ISO 8601). Groups below inherit it.</source>
        <translation>Hoe het verzamelen van gegevens vindt wanneer de hosts van deze groep voor het laatst een back-up maakten: file:PAD (de leeftijd van dat bestand op de host) of command:OPDRACHT (een alleen-lezen opdracht die een tijd geeft, in seconden sinds 1970 of ISO 8601). Groepen eronder nemen het over.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where Hosts → Wake sends the magic packet for this group&apos;s hosts: the subnet&apos;s directed broadcast (as 192.0.2.255) or 255.255.255.255, with :PORT when it is not 9. Groups below inherit it.</source>
        <translation>Waar Hosts → Wake-on-LAN sturen het magische pakket voor de hosts van deze groep heen stuurt: het gerichte broadcastadres van het subnet (zoals 192.0.2.255) of 255.255.255.255, met :POORT als het niet 9 is. Groepen eronder nemen het over.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A host in the workstations&apos; subnet that sends the packet for them over SSH (with python3, wakeonlan, socat or etherwake), for subnets a broadcast from here does not reach</source>
        <translation>Een host in het subnet van de werkstations die het pakket via SSH voor ze verstuurt (met python3, wakeonlan, socat of etherwake), voor subnetten die een broadcast van hieruit niet bereikt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In:</source>
        <translation>In:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(top level)</source>
        <translation>(hoogste niveau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backup check:</source>
        <translation>&amp;Back-upcontrole:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wake-on-LAN to:</source>
        <translation>&amp;Wake-on-LAN naar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent &amp;from:</source>
        <translation>Verstuurd &amp;vanaf:</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>reading…</source>
        <translation>wordt gelezen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. 192.0.2.255 (empty: as the group above)</source>
        <translation>bijv. 192.0.2.255 (leeg: zoals de groep erboven)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: 255.255.255.255, the relay&apos;s own subnet</source>
        <translation>leeg: 255.255.255.255, het eigen subnet van de relay</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>cannot be read: %1</source>
        <translation>niet te lezen: %1</translation>
    </message>
</context>
<context>
    <name>wb::GuiApp</name>
    <message>
        <location filename="../app/GuiApp.cpp" line="+74"/>
        <source>Werkbank: the system administrator&apos;s workbench.</source>
        <translation>Werkbank: de werkbank van de systeembeheerder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save a picture of the main window to a PNG file once the workspace is loaded, then quit.</source>
        <translation>Een afbeelding van het hoofdvenster opslaan als PNG-bestand zodra de werkruimte is geladen, en daarna afsluiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open every group in the inventory tree.</source>
        <translation>Alle groepen in de inventarisboom openklappen.</translation>
    </message>
    <message>
        <location line="-42"/>
        <location filename="../app/WorkspaceStartup.cpp" line="+74"/>
        <source>Werkbank</source>
        <translation>Werkbank</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Loading the inventory…</source>
        <translation>Inventaris laden…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Loaded %Ln host(s).</source>
        <translation>
            <numerusform>%Ln host geladen.</numerusform>
            <numerusform>%Ln hosts geladen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The inventory could not be read.

%1</source>
        <translation>De inventaris kon niet worden gelezen.

%1</translation>
    </message>
    <message>
        <location filename="../app/WorkspaceStartup.cpp" line="-16"/>
        <source>No password was given for %1.</source>
        <translation>Er is geen wachtwoord opgegeven voor %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The workspace could not be opened.</source>
        <translation>De werkruimte kon niet worden geopend.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Another Workspace…</source>
        <translation>&amp;Andere werkruimte openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
</context>
<context>
    <name>wb::HostConflict</name>
    <message>
        <location filename="../widgets/inventory/HostConflict.cpp" line="+22"/>
        <source>(direct connection)</source>
        <translation>(directe verbinding)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(a deleted host)</source>
        <translation>(een verwijderde host)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>always</source>
        <translation>altijd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>as the settings say</source>
        <translation>zoals de instellingen zeggen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(top level)</source>
        <translation>(hoogste niveau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(a deleted group)</source>
        <translation>(een verwijderde groep)</translation>
    </message>
</context>
<context>
    <name>wb::HostDialog</name>
    <message>
        <location filename="../widgets/inventory/HostDialog.cpp" line="+66"/>
        <source>Add Host</source>
        <translation>Host toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Host — %1</source>
        <translation>Host bewerken — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. web01</source>
        <translation>bijv. web01</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS name, IPv4 or IPv6 address</source>
        <translation>DNS-naam, IPv4- of IPv6-adres</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. Debian 12</source>
        <translation>bijv. Debian 12</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma-separated, e.g. prod, web</source>
        <translation>door komma&apos;s gescheiden, bijv. prod, web</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default: your local user name</source>
        <translation>standaard: de lokale gebruikersnaam</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. ~/.ssh/id_ed25519</source>
        <translation>bijv. ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an identity file</source>
        <translation>Kies een identiteitsbestand</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. Amsterdam DC2, rack 14</source>
        <translation>bijv. Amsterdam DC2, rack 14</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>team or person responsible</source>
        <translation>verantwoordelijk team of verantwoordelijke persoon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name known_hosts lists the key under (default: the address)</source>
        <translation>naam waaronder known_hosts de sleutel vermeldt (standaard: het adres)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default: the workspace&apos;s known_hosts</source>
        <translation>standaard: de known_hosts van de werkruimte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for Wake-on-LAN, e.g. 52:54:00:12:34:56</source>
        <translation>voor Wake-on-LAN, bijv. 52:54:00:12:34:56</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As Connection Settings say</source>
        <translation>Zoals de verbindingsinstellingen zeggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one per line, as ssh writes them: -L 8080:db.internal:5432, -R 9000:localhost:3000, -D 1080</source>
        <translation>één per regel, zoals ssh ze schrijft: -L 8080:db.internal:5432, -R 9000:localhost:3000, -D 1080</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>one per line, as in ssh_config: ConnectTimeout 5, ServerAliveInterval 15, Compression yes</source>
        <translation>één per regel, zoals in ssh_config: ConnectTimeout 5, ServerAliveInterval 15, Compression yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This host&apos;s own OpenSSH options, over Connection Settings (imported from its ssh_config too): %1.</source>
        <translation>De eigen OpenSSH-opties van deze host, boven de verbindingsinstellingen (ook geïmporteerd uit de ssh_config): %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RDP (FreeRDP)</source>
        <translation>RDP (FreeRDP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VNC</source>
        <translation>VNC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usual port</source>
        <translation>gebruikelijke poort</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group:</source>
        <translation>&amp;Groep:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;OS:</source>
        <translation>&amp;OS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH &amp;user:</source>
        <translation>SSH-gebr&amp;uiker:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aut&amp;hentication:</source>
        <translation>Au&amp;thenticatie:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reachability check:</source>
        <translation>Be&amp;reikbaarheidscontrole:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;MAC address:</source>
        <translation>&amp;MAC-adres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recor&amp;d sessions:</source>
        <translation>Sessies &amp;vastleggen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port &amp;forwards:</source>
        <translation>Poort&amp;forwards:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Desktop &amp;via:</source>
        <translation>E&amp;xtern bureaublad:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not&amp;es:</source>
        <translation>Opmer&amp;kingen:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>With ForwardAgent, root on this host can use your agent&apos;s keys while you are connected.</source>
        <translation>Met ForwardAgent kan root op deze host de sleutels van uw agent gebruiken zolang u verbonden bent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Werkbank does not forward the agent yet; the setting is kept for when it does.</source>
        <translation>Werkbank stuurt de agent nog niet door; de instelling blijft bewaard voor wanneer dat wel gebeurt.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>&amp;Identity file:</source>
        <translation>&amp;Identiteitsbestand:</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Whether this host&apos;s terminal sessions are logged to a file (in the folder Connection Settings name); a password typed at a prompt never is.</source>
        <translation>Of de terminalsessies van deze host in een bestand worden gelogd (in de map die de verbindingsinstellingen noemen); een wachtwoord dat u bij een prompt typt nooit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This host&apos;s tunnels, as ssh&apos;s -L, -R and -D write them (imported from LocalForward, RemoteForward and DynamicForward too). Local (-L) and dynamic (-D, a SOCKS5 proxy) forwards listen on 127.0.0.1 unless an address is given before the port.</source>
        <translation>De tunnels van deze host, zoals -L, -R en -D van ssh ze schrijven (ook geïmporteerd uit LocalForward, RemoteForward en DynamicForward). Lokale (-L) en dynamische (-D, een SOCKS5-proxy) doorverbindingen luisteren op 127.0.0.1, tenzij vóór de poort een adres staat.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>How this host&apos;s desktop is reached: RDP (FreeRDP) or VNC, on the usual port unless another is set</source>
        <translation>Hoe het bureaublad van deze host wordt bereikt: RDP (FreeRDP) of VNC, op de gebruikelijke poort tenzij een andere is ingesteld</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Jump host:</source>
        <translation>&amp;Jumphost:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host ke&amp;y alias:</source>
        <translation>Alias van &amp;de hostsleutel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known_host&amp;s file:</source>
        <translation>known_hosts-&amp;bestand:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xtra SSH options:</source>
        <translation>Extra SS&amp;H-opties:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Location:</source>
        <translation>Lo&amp;catie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;wner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(direct connection)</source>
        <translation>(directe verbinding)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Others on the network can use %1: it listens on an address beyond this computer.</source>
        <translation>Anderen op het netwerk kunnen %1 gebruiken: het luistert op een adres buiten deze computer.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The host no longer exists; what you typed is still here to copy.</source>
        <translation>De host bestaat niet meer; wat u hebt ingevuld staat er nog, zodat u het kunt kopiëren.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: now “%2”, yours “%3”</source>
        <translation>%1: nu “%2”, uw invoer “%3”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored now (OK saves yours over it):</source>
        <translation>Nu opgeslagen (OK slaat uw waarden eroverheen op):</translation>
    </message>
</context>
<context>
    <name>wb::HostFactsView</name>
    <message>
        <location filename="../widgets/fleet/HostFactsView.cpp" line="+47"/>
        <source>&amp;Gather Now</source>
        <translation>Nu &amp;verzamelen</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>&amp;History (%n day(s))</source>
        <translation>
            <numerusform>&amp;Geschiedenis (%n dag)</numerusform>
            <numerusform>&amp;Geschiedenis (%n dagen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Filesystem:</source>
        <translation>&amp;Bestandssysteem:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Capacity</source>
        <translation>&amp;Capaciteit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Facts: %1</source>
        <translation>Gegevens: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No facts yet: Gather Now asks the host.</source>
        <translation>Nog geen gegevens: Nu verzamelen vraagt het de host.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No facts yet: %1</source>
        <translation>Nog geen gegevens: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up for</source>
        <translation>Draait al</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPUs, load</source>
        <translation>CPU&apos;s, belasting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Geheugen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 available of %2; swap %3 used of %4</source>
        <translation>%1 beschikbaar van %2; swap %3 in gebruik van %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 % of %3 (%4)</source>
        <translation>%1: %2 % van %3 (%4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filesystems</source>
        <translation>Bestandssystemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 security), %3</source>
        <translation>%1 (%2 beveiliging), %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reboot required</source>
        <translation>Herstart nodig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed units</source>
        <translation>Mislukte units</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup</source>
        <translation>Laatste back-up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no backup check set for the group</source>
        <translation>geen back-upcontrole ingesteld voor de groep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>%1 geleden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken</source>
        <translation>Verzameld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last gather</source>
        <translation>Laatste verzamelronde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed: %1</source>
        <translation>mislukt: %1</translation>
    </message>
</context>
<context>
    <name>wb::HostField</name>
    <message>
        <location filename="../core/inventory/InventoryTypes.cpp" line="+119"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group</source>
        <translation>groep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port</source>
        <translation>poort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>opmerkingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH user</source>
        <translation>SSH-gebruiker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>authentication</source>
        <translation>authenticatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity file</source>
        <translation>identiteitsbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jump host</source>
        <translation>jumphost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>locatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host key alias</source>
        <translation>alias van de hostsleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known_hosts file</source>
        <translation>known_hosts-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reachability check</source>
        <translation>bereikbaarheidscontrole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAC address</source>
        <translation>MAC-adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session log</source>
        <translation>sessielog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port forwards</source>
        <translation>poortdoorverbindingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remote desktop</source>
        <translation>extern bureaublad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH options</source>
        <translation>SSH-opties</translation>
    </message>
</context>
<context>
    <name>wb::HostKeyDialog</name>
    <message>
        <location filename="../widgets/session/HostKeyDialog.cpp" line="+31"/>
        <source>Host key changed</source>
        <translation>Hostsleutel gewijzigd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown host key</source>
        <translation>Onbekende hostsleutel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;h3&gt;The host key of %1 has changed&lt;/h3&gt;&lt;p&gt;Someone could be intercepting the connection, or the server was reinstalled. The connection was stopped before any password or key was sent.&lt;/p&gt;&lt;p&gt;The server now presents:&lt;/p&gt;%2&lt;p&gt;%3 lists:&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;&lt;p&gt;Check the new fingerprint with the server&apos;s administrator. Only if it is right, remove the old entry and connect again.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;De hostsleutel van %1 is gewijzigd&lt;/h3&gt;&lt;p&gt;Mogelijk onderschept iemand de verbinding, of de server is opnieuw geïnstalleerd. De verbinding is gestopt voordat er een wachtwoord of sleutel is verstuurd.&lt;/p&gt;&lt;p&gt;De server toont nu:&lt;/p&gt;%2&lt;p&gt;%3 vermeldt:&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;&lt;p&gt;Controleer de nieuwe vingerafdruk bij de beheerder van de server. Alleen als die klopt: verwijder de oude vermelding en maak opnieuw verbinding.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The team&apos;s entry: %1.</source>
        <translation>De vermelding van het team: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sysadmin removes the team&apos;s entry with &lt;tt&gt;werkbank-cli workspace known-hosts remove&lt;/tt&gt;.</source>
        <translation>Een sysadmin verwijdert de vermelding van het team met &lt;tt&gt;werkbank-cli workspace known-hosts remove&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;The host key of %1 is revoked&lt;/h3&gt;&lt;p&gt;%2 marks this key as revoked:&lt;/p&gt;%3&lt;p&gt;The connection was stopped.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;De hostsleutel van %1 is ingetrokken&lt;/h3&gt;&lt;p&gt;%2 markeert deze sleutel als ingetrokken:&lt;/p&gt;%3&lt;p&gt;De verbinding is gestopt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;First connection to %1&lt;/h3&gt;&lt;p&gt;The server presents this key:&lt;/p&gt;%2&lt;p&gt;Compare the fingerprint with one you got from the server&apos;s administrator before you trust it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Eerste verbinding met %1&lt;/h3&gt;&lt;p&gt;De server toont deze sleutel:&lt;/p&gt;%2&lt;p&gt;Vergelijk de vingerafdruk met een die u van de beheerder van de server kreeg, voordat u hem vertrouwt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove old entry…</source>
        <translation>Oude vermelding verwijderen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reject</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept once</source>
        <translation>Eenmalig accepteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept and save</source>
        <translation>Accepteren en opslaan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trust for the Team</source>
        <translation>Vertrouwen voor het team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone in this team workspace will trust this key for %1; a changed key is still refused.</source>
        <translation>Iedereen in deze teamwerkruimte vertrouwt deze sleutel dan voor %1; een gewijzigde sleutel wordt nog steeds geweigerd.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+11"/>
        <source>Remove old host key</source>
        <translation>Oude hostsleutel verwijderen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Remove every key listed for %1 from %2?

The next connection will show the server&apos;s key as unknown, and you decide again.</source>
        <translation>Alle sleutels voor %1 uit %2 verwijderen?

Bij de volgende verbinding is de sleutel van de server onbekend en beslist u opnieuw.</translation>
    </message>
</context>
<context>
    <name>wb::HostKind</name>
    <message>
        <location filename="../core/inventory/InventoryTypes.cpp" line="-168"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstation</source>
        <translation>Werkstation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>wb::HostRun</name>
    <message>
        <location filename="../core/ssh/CommandRunner.cpp" line="-96"/>
        <source>pending</source>
        <translation>wachtend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connecting</source>
        <translation>verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>bezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
</context>
<context>
    <name>wb::HostTransfers</name>
    <message>
        <location filename="../core/files/HostTransfers.cpp" line="+117"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
</context>
<context>
    <name>wb::HostValidator</name>
    <message>
        <location filename="../core/inventory/HostValidator.cpp" line="+102"/>
        <source>A group needs a name.</source>
        <translation>Een groep moet een naam hebben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group name is longer than 255 characters.</source>
        <translation>De groepsnaam is langer dan 255 tekens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group name contains a line break or another control character.</source>
        <translation>De groepsnaam bevat een regeleinde of een ander stuurteken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group name may not contain “/”: it separates groups in paths.</source>
        <translation>De groepsnaam mag geen “/” bevatten: dat teken scheidt groepen in paden.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A host needs a name.</source>
        <translation>Een host moet een naam hebben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name is longer than 255 characters.</source>
        <translation>De hostnaam is langer dan 255 tekens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name contains a line break or another control character.</source>
        <translation>De hostnaam bevat een regeleinde of een ander stuurteken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host “%1” needs an address (a DNS name, IPv4 or IPv6 address).</source>
        <translation>Host “%1” moet een adres hebben (een DNS-naam, IPv4- of IPv6-adres).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a valid address: use a DNS name such as web01.example.org, an IPv4 address such as 192.0.2.10 or an IPv6 address such as 2001:db8::10.</source>
        <translation>“%1” is geen geldig adres: gebruik een DNS-naam zoals web01.example.org, een IPv4-adres zoals 192.0.2.10 of een IPv6-adres zoals 2001:db8::10.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a valid address for “%2”: with %h as the host&apos;s name it reads “%3”.</source>
        <translation>“%1” is geen geldig adres voor “%2”: met %h als naam van de host staat er “%3”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port %1 is out of range: SSH ports run from 1 to 65535.</source>
        <translation>Poort %1 valt buiten het bereik: SSH-poorten lopen van 1 tot en met 65535.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a valid SSH user name: it may not start with “-” or contain a line break, another control character or any of ; | &amp; $ ` &lt; &gt; &apos; &quot; ( ).</source>
        <translation>“%1” is geen geldige SSH-gebruikersnaam: de naam mag niet met “-” beginnen en geen regeleinde, ander stuurteken of een van ; | &amp; $ ` &lt; &gt; &apos; &quot; ( ) bevatten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authentication by key file needs an identity file.</source>
        <translation>Authenticatie met een sleutelbestand vereist een identiteitsbestand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The identity file path contains a line break or another control character.</source>
        <translation>Het pad van het identiteitsbestand bevat een regeleinde of een ander stuurteken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The host key alias “%1” must be one word: no blanks, commas, control characters or leading “-”.</source>
        <translation>De alias van de hostsleutel “%1” moet één woord zijn: geen spaties, komma&apos;s, stuurtekens of “-” aan het begin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The known_hosts file path contains a line break or another control character.</source>
        <translation>Het pad van het known_hosts-bestand bevat een regeleinde of een ander stuurteken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A host that logs in with the SSH agent cannot say “IdentityAgent none”.</source>
        <translation>Een host die via de SSH-agent inlogt, kan geen “IdentityAgent none” hebben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The port forward “%1” is not written as Werkbank stores it (“%2”).</source>
        <translation>De poortdoorverbinding “%1” is niet geschreven zoals Werkbank hem opslaat (“%2”).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The remote desktop “%1” is not written as Werkbank stores it (“%2”).</source>
        <translation>Het externe bureaublad “%1” is niet geschreven zoals Werkbank het opslaat (“%2”).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a MAC address: six bytes in hex, as aa:bb:cc:dd:ee:ff (or with “-”, or none, between them).</source>
        <translation>“%1” is geen MAC-adres: zes bytes in hex, als aa:bb:cc:dd:ee:ff (of met “-”, of niets, ertussen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session log setting “%1” is none of: empty (as the connection settings say), on, off.</source>
        <translation>De sessielog-instelling “%1” is geen van: leeg (zoals de verbindingsinstellingen zeggen), on, off.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A host cannot be its own jump host.</source>
        <translation>Een host kan niet zijn eigen jumphost zijn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tag “%1” contains a comma or a control character.</source>
        <translation>Het label “%1” bevat een komma of een stuurteken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OS, location and owner must each fit on one line.</source>
        <translation>OS, locatie en eigenaar moeten elk op één regel passen.</translation>
    </message>
</context>
<context>
    <name>wb::HostWaker</name>
    <message>
        <location filename="../core/fleet/HostWaker.cpp" line="+32"/>
        <source>it has no MAC address</source>
        <translation>het heeft geen MAC-adres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its MAC address “%1” is not one (six pairs of hex digits)</source>
        <translation>zijn MAC-adres “%1” is er geen (zes paren hexadecimale cijfers)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its group&apos;s relay host is no longer in the inventory</source>
        <translation>de relay-host van zijn groep staat niet meer in de inventaris</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>wake-up packet</source>
        <translation>wekpakket</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the relay %1 could not be reached: %2</source>
        <translation>de relay %1 was niet bereikbaar: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the relay %1 did not finish</source>
        <translation>de relay %1 is niet klaargekomen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (relay %2)</source>
        <translation>%1 (relay %2)</translation>
    </message>
</context>
<context>
    <name>wb::ImportApplier</name>
    <message>
        <location filename="../core/inventory/io/ImportApplier.cpp" line="+21"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Het importeren is geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln line(s) in the file have errors, so nothing was imported. Fix them, or choose to skip the bad lines.</source>
        <translation>
            <numerusform>%Ln regel in het bestand bevat fouten, dus er is niets geïmporteerd. Herstel de regel, of kies ervoor om foute regels over te slaan.</numerusform>
            <numerusform>%Ln regels in het bestand bevatten fouten, dus er is niets geïmporteerd. Herstel de regels, of kies ervoor om foute regels over te slaan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The group to import into no longer exists.</source>
        <translation>De groep waarin geïmporteerd wordt, bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Cannot create the group “%1”: %2</source>
        <translation>Kan de groep “%1” niet aanmaken: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Host “%1” could not be imported: %2</source>
        <translation>Host “%1” kon niet worden geïmporteerd: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Host “%1” appears more than once for the same group; only the first one was imported.</source>
        <translation>Host “%1” komt meer dan eens voor in dezelfde groep; alleen de eerste is geïmporteerd.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The jump host “%1” of “%2” is ambiguous: %3 are all named so. Name it by its path, e.g. %4.</source>
        <translation>De jumphost “%1” van “%2” is niet eenduidig: %3 hebben allemaal die naam. Geef het pad op, bijvoorbeeld %4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The jump host “%1” of “%2” is not in the inventory; the host was imported without a jump host.</source>
        <translation>De jumphost “%1” van “%2” staat niet in de inventaris; de host is zonder jumphost geïmporteerd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” names itself as its jump host; it was imported without one.</source>
        <translation>“%1” noemt zichzelf als jumphost; de host is zonder jumphost geïmporteerd.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The jump hosts of “%1” would form a loop; it was imported without a jump host.</source>
        <translation>De jumphosts van “%1” zouden een lus vormen; de host is zonder jumphost geïmporteerd.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The jump host of “%1” could not be set: %2</source>
        <translation>De jumphost van “%1” kon niet worden ingesteld: %2</translation>
    </message>
</context>
<context>
    <name>wb::ImportDialog</name>
    <message>
        <location filename="../widgets/inventory/ImportDialog.cpp" line="+33"/>
        <location line="+8"/>
        <source>Import Hosts</source>
        <translation>Hosts importeren</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>~/.ssh/config, hosts.csv or an Ansible inventory</source>
        <translation>~/.ssh/config, hosts.csv of een Ansible-inventaris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All supported files (config *.conf *.csv *.ini hosts inventory);;All files (*)</source>
        <translation>Alle ondersteunde bestanden (config *.conf *.csv *.ini hosts inventory);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OpenSSH client config</source>
        <translation>OpenSSH-clientconfiguratie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV with header row</source>
        <translation>CSV met kopregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansible INI inventory</source>
        <translation>Ansible-inventaris in INI-formaat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a file to see what it holds.</source>
        <translation>Kies een bestand om te zien wat erin staat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skip the bad lines and import the rest</source>
        <translation>Foute regels overslaan en de rest importeren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import i&amp;nto:</source>
        <translation>Importeren i&amp;n:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>(top level)</source>
        <translation>(hoogste niveau)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%Ln host(s) found</source>
        <translation>
            <numerusform>%Ln host gevonden</numerusform>
            <numerusform>%Ln hosts gevonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln bad line(s): nothing is imported unless you skip them</source>
        <translation>
            <numerusform>%Ln foute regel: er wordt niets geïmporteerd tenzij deze wordt overgeslagen</numerusform>
            <numerusform>%Ln foute regels: er wordt niets geïmporteerd tenzij deze worden overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entry(ies) skipped</source>
        <translation>
            <numerusform>%Ln vermelding overgeslagen</numerusform>
            <numerusform>%Ln vermeldingen overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Importing %Ln host(s)…</source>
        <translation>
            <numerusform>%Ln host importeren…</numerusform>
            <numerusform>%Ln hosts importeren…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import failed</source>
        <translation>Importeren mislukt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1 geïmporteerd: %2 toegevoegd, %3 bijgewerkt, %4 ongewijzigd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported with warnings</source>
        <translation>Geïmporteerd met waarschuwingen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling the import…</source>
        <translation>Importeren wordt geannuleerd…</translation>
    </message>
</context>
<context>
    <name>wb::ImportOffers</name>
    <message numerus="yes">
        <location filename="../widgets/inventory/ImportOffers.cpp" line="+77"/>
        <source>Review %Ln host(s) from %1…</source>
        <translation>
            <numerusform>%Ln host uit %1 nakijken…</numerusform>
            <numerusform>%Ln hosts uit %1 nakijken…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Import %Ln host(s) from %1</source>
        <translation>
            <numerusform>%Ln host importeren uit %1</numerusform>
            <numerusform>%Ln hosts importeren uit %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your OpenSSH client configuration</source>
        <translation>Uw OpenSSH-clientconfiguratie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An Ansible inventory</source>
        <translation>Een Ansible-inventaris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Ansible inventory that %1 names</source>
        <translation>De Ansible-inventaris die %1 noemt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entry(ies) skipped (wildcards, YAML files, programs…)</source>
        <translation>
            <numerusform>%Ln vermelding overgeslagen (jokertekens, YAML-bestanden, programma&apos;s…)</numerusform>
            <numerusform>%Ln vermeldingen overgeslagen (jokertekens, YAML-bestanden, programma&apos;s…)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import Hosts</source>
        <translation>Hosts importeren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 has %Ln bad line(s).</source>
        <translation>
            <numerusform>%1 heeft %Ln foute regel.</numerusform>
            <numerusform>%1 heeft %Ln foute regels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The other %Ln host(s) can be imported without them.</source>
        <translation>
            <numerusform>De andere host kan zonder die regels worden geïmporteerd.</numerusform>
            <numerusform>De andere %Ln hosts kunnen zonder die regels worden geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Skip Them and Import</source>
        <translation>&amp;Overslaan en importeren</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Importing %Ln host(s)…</source>
        <translation>
            <numerusform>%Ln host importeren…</numerusform>
            <numerusform>%Ln hosts importeren…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import failed</source>
        <translation>Importeren mislukt</translation>
    </message>
</context>
<context>
    <name>wb::ImportSources</name>
    <message>
        <location filename="../core/inventory/io/ImportSources.cpp" line="+175"/>
        <source>Not a file.</source>
        <translation>Geen bestand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YAML and JSON inventories are not read; only INI ones.</source>
        <translation>YAML- en JSON-inventarissen worden niet gelezen, alleen INI-inventarissen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A program (a dynamic inventory): not run.</source>
        <translation>Een programma (een dynamische inventaris): niet uitgevoerd.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only the first %1 files of this folder were read.</source>
        <translation>Alleen de eerste %1 bestanden van deze map zijn gelezen.</translation>
    </message>
</context>
<context>
    <name>wb::ImportSupport</name>
    <message>
        <location filename="../core/inventory/io/ImportSupport.cpp" line="+37"/>
        <source>Cannot open “%1”: %2</source>
        <translation>Kan “%1” niet openen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is larger than %2 MiB; files that large are not imported.</source>
        <translation>“%1” is groter dan %2 MiB; zulke grote bestanden worden niet geïmporteerd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read “%1”: %2</source>
        <translation>Kan “%1” niet lezen: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This line is longer than %1 characters; a file with lines that long is not imported.</source>
        <translation>Deze regel is langer dan %1 tekens; een bestand met zulke lange regels wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The import was cancelled here; nothing was imported.</source>
        <translation>Het importeren is hier afgebroken; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Host “%1”: %2</source>
        <translation>Host “%1”: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Port “%1” is not a number.</source>
        <translation>Poort “%1” is geen getal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port “%1” is out of range: SSH ports run from 1 to 65535.</source>
        <translation>Poort “%1” valt buiten het bereik: SSH-poorten lopen van 1 tot en met 65535.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kind “%1” is not known; use one of: %2.</source>
        <translation>Soort “%1” is onbekend; gebruik een van: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Authentication “%1” is not known; use one of: %2.</source>
        <translation>Authenticatie “%1” is onbekend; gebruik een van: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Group “%1”: %2</source>
        <translation>Groep “%1”: %2</translation>
    </message>
</context>
<context>
    <name>wb::Inventory</name>
    <message>
        <location filename="../core/inventory/InventoryBatch.cpp" line="+28"/>
        <location line="+20"/>
        <source>Cannot write to the workspace: %1</source>
        <translation>Kan niet naar de werkruimte schrijven: %1</translation>
    </message>
    <message>
        <location filename="../core/inventory/Inventory.cpp" line="+17"/>
        <source>This copy of the inventory cannot be changed directly.</source>
        <translation>Deze kopie van de inventaris kan niet rechtstreeks worden gewijzigd.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>“%1” was deleted elsewhere; your change was not saved.</source>
        <translation>“%1” is elders verwijderd; uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” was changed elsewhere; your change was not saved.</source>
        <translation>“%1” is elders gewijzigd; uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>The group no longer exists.</source>
        <translation>De groep bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../core/inventory/InventoryBatch.cpp" line="-4"/>
        <source>A change in the batch failed; nothing was written.</source>
        <translation>Een wijziging in de reeks is mislukt; er is niets weggeschreven.</translation>
    </message>
    <message>
        <location filename="../core/inventory/InventoryDirectories.cpp" line="+56"/>
        <source>Directory “%1” was changed elsewhere; your change was not saved.</source>
        <translation>Directory “%1” is elders gewijzigd; uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory “%1” was deleted elsewhere; your change was not saved.</source>
        <translation>Directory “%1” is elders verwijderd; uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Directory “%1” was changed or deleted elsewhere; your change was not saved.</source>
        <translation>Directory “%1” is elders gewijzigd of verwijderd; uw wijziging is niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>wb::InventoryChecks</name>
    <message>
        <location filename="../core/inventory/InventoryChecks.cpp" line="+16"/>
        <source>The parent group no longer exists.</source>
        <translation>De bovenliggende groep bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a group named “%1” here.</source>
        <translation>Er is hier al een groep met de naam “%1”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The group of host “%1” no longer exists.</source>
        <translation>De groep van host “%1” bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at the top level</source>
        <translation>op het hoogste niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in group “%1”</source>
        <translation>in groep “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a host named “%1” %2.</source>
        <translation>Er is al een host met de naam “%1” %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The jump host of “%1” is not in the inventory.</source>
        <translation>De jumphost van “%1” staat niet in de inventaris.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The jump hosts of “%1” form a loop.</source>
        <translation>De jumphosts van “%1” vormen een lus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The group of directory “%1” no longer exists.</source>
        <translation>De groep van directory “%1” bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a directory named “%1”.</source>
        <translation>Er is al een directory met de naam “%1”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” could not be saved: %2</source>
        <translation>“%1” kon niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was deleted elsewhere; your change was not saved.</source>
        <translation>“%1” is elders verwijderd; uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was changed elsewhere (%2); your change was not saved.</source>
        <translation>“%1” is elders gewijzigd (%2); uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was changed elsewhere; your change was not saved.</source>
        <translation>“%1” is elders gewijzigd; uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group “%1” could not be saved: %2</source>
        <translation>Groep “%1” kon niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group “%1” was deleted elsewhere; your change was not saved.</source>
        <translation>Groep “%1” is elders verwijderd; uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group “%1” was renamed elsewhere to “%2”; your change was not saved.</source>
        <translation>Groep “%1” is elders hernoemd naar “%2”; uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group “%1” was moved elsewhere; your change was not saved.</source>
        <translation>Groep “%1” is elders verplaatst; uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group “%1” was changed elsewhere; your change was not saved.</source>
        <translation>Groep “%1” is elders gewijzigd; uw wijziging is niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>wb::InventoryCommand</name>
    <message>
        <location filename="../widgets/inventory/InventoryCommands.cpp" line="+21"/>
        <source>Could not undo “%1”; it was dropped from the history. %2</source>
        <translation>“%1” kon niet ongedaan worden gemaakt en is uit de geschiedenis verwijderd. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not redo “%1”; it was dropped from the history. %2</source>
        <translation>“%1” kon niet opnieuw worden uitgevoerd en is uit de geschiedenis verwijderd. %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add host %1</source>
        <translation>Host %1 toevoegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add group %1</source>
        <translation>Groep %1 toevoegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add directory %1</source>
        <translation>Directory %1 toevoegen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit host %1</source>
        <translation>Host %1 bewerken</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit directory %1</source>
        <translation>Directory %1 bewerken</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename group %1</source>
        <translation>Groep %1 hernoemen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete host %1</source>
        <translation>Host %1 verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete group %1</source>
        <translation>Groep %1 verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete directory %1</source>
        <translation>Directory %1 verwijderen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln item(s)</source>
        <translation>
            <numerusform>%Ln item verwijderen</numerusform>
            <numerusform>%Ln items verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Move %Ln item(s)</source>
        <translation>
            <numerusform>%Ln item verplaatsen</numerusform>
            <numerusform>%Ln items verplaatsen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” was deleted elsewhere.</source>
        <translation>“%1” is elders verwijderd.</translation>
    </message>
</context>
<context>
    <name>wb::InventoryController</name>
    <message>
        <location filename="../widgets/inventory/InventoryController.cpp" line="+30"/>
        <source>&amp;Import Hosts…</source>
        <translation>Hosts &amp;importeren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export Hosts…</source>
        <translation>Hosts &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansible INI inventory (*.ini)</source>
        <translation>Ansible-inventaris in INI-formaat (*.ini)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Hosts</source>
        <translation>Hosts exporteren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting to %1…</source>
        <translation>Exporteren naar %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %Ln host(s) to %1.</source>
        <translation>
            <numerusform>%Ln host geëxporteerd naar %1.</numerusform>
            <numerusform>%Ln hosts geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::InventoryEdits</name>
    <message>
        <location filename="../widgets/inventory/InventoryEdits.cpp" line="+48"/>
        <source>Added host %1.</source>
        <translation>Host %1 toegevoegd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Add Group</source>
        <translation>Groep toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group %1 was added, but its settings were not saved: %2
Edit the group to set them again.</source>
        <translation>De groep %1 is toegevoegd, maar de instellingen ervan zijn niet opgeslagen: %2
Bewerk de groep om ze opnieuw in te stellen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept the version of %1 saved elsewhere.</source>
        <translation>De elders opgeslagen versie van %1 is gehouden.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Edit Group</source>
        <translation>Groep bewerken</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Group “%1”</source>
        <translation>Groep “%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keychain</source>
        <translation>Sleutelbos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind password of %1 could not be stored in the keychain: %2
Werkbank will ask for it when it logs in.</source>
        <translation>Het bindwachtwoord van %1 kon niet in de sleutelbos worden bewaard: %2
Werkbank vraagt erom bij het aanmelden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Added directory %1.</source>
        <translation>Directory %1 toegevoegd.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delete host “%1”?</source>
        <translation>Host “%1” verwijderen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete directory “%1”? Its accounts stay in the directory; Werkbank only forgets how to reach it.</source>
        <translation>Directory “%1” verwijderen? De accounts blijven in de directory; Werkbank vergeet alleen hoe die te bereiken is.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Delete group “%1” and the %Ln host(s) in it?</source>
        <translation>
            <numerusform>Groep “%1” en de %Ln host erin verwijderen?</numerusform>
            <numerusform>Groep “%1” en de %Ln hosts erin verwijderen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %Ln selected item(s)?</source>
        <translation>
            <numerusform>%Ln geselecteerd item verwijderen?</numerusform>
            <numerusform>%Ln geselecteerde items verwijderen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The selected groups hold %Ln host(s).</source>
        <translation>
            <numerusform>De geselecteerde groepen bevatten %Ln host.</numerusform>
            <numerusform>De geselecteerde groepen bevatten %Ln hosts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot delete</source>
        <translation>Kan niet verwijderen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Deleted %Ln host(s).</source>
        <translation>
            <numerusform>%Ln host verwijderd.</numerusform>
            <numerusform>%Ln hosts verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deleted %Ln host(s) and %1.</source>
        <translation>
            <numerusform>%Ln host en %1 verwijderd.</numerusform>
            <numerusform>%Ln hosts en %1 verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln directory(s)</source>
        <translation>
            <numerusform>%Ln directory</numerusform>
            <numerusform>%Ln directory&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Ctrl+Z to undo.</source>
        <translation>Druk op Ctrl+Z om ongedaan te maken.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot move</source>
        <translation>Kan niet verplaatsen</translation>
    </message>
</context>
<context>
    <name>wb::InventoryFacts</name>
    <message numerus="yes">
        <location filename="../models/inventory/InventoryFacts.cpp" line="+20"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reboot</source>
        <translation>Herstart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed units</source>
        <translation>Mislukte units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk</source>
        <translation>Schijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n u</numerusform>
            <numerusform>%n u</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>no facts</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facts could not be gathered: %1</source>
        <translation>De gegevens konden niet worden verzameld: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Upgradable:
%1</source>
        <translation>Bij te werken:
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is %2 % full</source>
        <translation>%1 is voor %2 % vol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup check is set for this host&apos;s group.</source>
        <translation>Voor de groep van deze host is geen back-upcontrole ingesteld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facts of %1</source>
        <translation>Gegevens van %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last gather failed: %1</source>
        <translation>Het laatste verzamelen mislukte: %1</translation>
    </message>
</context>
<context>
    <name>wb::InventoryFilterProxy</name>
    <message>
        <location filename="../models/inventory/InventoryFilterProxy.cpp" line="+93"/>
        <source>name:</source>
        <extracomment>A filter keyword: the host&apos;s name (ends with a colon, no spaces)</extracomment>
        <translation>naam:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address:</source>
        <extracomment>A filter keyword: the host&apos;s address (ends with a colon, no spaces)</extracomment>
        <translation>adres:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tag:</source>
        <extracomment>A filter keyword: one of the host&apos;s tags (ends with a colon, no spaces)</extracomment>
        <translation>label:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>os:</source>
        <extracomment>A filter keyword: the host&apos;s operating system (ends with a colon, no spaces)</extracomment>
        <translation>os:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind:</source>
        <extracomment>A filter keyword: the host&apos;s kind, such as router (ends with a colon, no spaces)</extracomment>
        <translation>soort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down:</source>
        <extracomment>A filter keyword: down:yes shows hosts the last reachability check found down (ends with a colon, no spaces)</extracomment>
        <translation>onbereikbaar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updates:</source>
        <extracomment>A filter keyword: pending updates, as in updates:&gt;0 (ends with a colon, no spaces)</extracomment>
        <translation>updates:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>security:</source>
        <extracomment>A filter keyword: pending security updates, as in security:&gt;0 (ends with a colon, no spaces)</extracomment>
        <translation>beveiliging:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed:</source>
        <extracomment>A filter keyword: failed systemd units, as in failed:&gt;0 (ends with a colon, no spaces)</extracomment>
        <translation>mislukt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disk:</source>
        <extracomment>A filter keyword: the fullest disk&apos;s use in percent, as in disk:&gt;90 (ends with a colon, no spaces)</extracomment>
        <translation>schijf:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backup:</source>
        <extracomment>A filter keyword: the last backup&apos;s age, as in backup:&gt;1d (ends with a colon, no spaces)</extracomment>
        <translation>back-up:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reboot:</source>
        <extracomment>A filter keyword: a reboot is required, as in reboot:yes (ends with a colon, no spaces)</extracomment>
        <translation>herstart:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>full:</source>
        <extracomment>A filter keyword: the time until a disk fills, as in full:&lt;14d (ends with a colon, no spaces)</extracomment>
        <translation>vol:</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+76"/>
        <source>no</source>
        <extracomment>The answer &quot;no&quot; in the inventory filter&apos;s down:no</extracomment>
        <translation>nee</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>directory</source>
        <extracomment>What kind:directory matches in the inventory filter, in the UI language (one word)</extracomment>
        <translation>directory</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>yes</source>
        <extracomment>The answer &quot;yes&quot; in the inventory filter&apos;s reboot:yes</extracomment>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>wb::InventoryHistory</name>
    <message>
        <location filename="../widgets/inventory/InventoryHistory.cpp" line="+62"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>Op&amp;nieuw: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
</context>
<context>
    <name>wb::InventoryItemText</name>
    <message>
        <location filename="../models/inventory/InventoryItemText.cpp" line="+35"/>
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 — %Ln host(s)</source>
        <translation>
            <numerusform>%1 — %Ln host</numerusform>
            <numerusform>%1 — %Ln hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln open ticket(s)</source>
        <translation>
            <numerusform>%Ln open ticket</numerusform>
            <numerusform>%Ln open tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::InventoryModel</name>
    <message>
        <location filename="../models/inventory/InventoryModel.cpp" line="+245"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen</source>
        <translation>Laatst gezien</translation>
    </message>
</context>
<context>
    <name>wb::InventoryPanel</name>
    <message>
        <location filename="../widgets/inventory/InventoryPanel.cpp" line="+46"/>
        <source>Filter: name, address, tag:, os:, kind:  (Ctrl+F)</source>
        <translation>Filter: naam, adres, label:, os:, soort:  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows hosts whose name, address, tags, OS or kind contain every word.
Qualify a word to search one field: tag:prod os:debian kind:router.
down:yes shows the hosts the last reachability check found down.
Esc clears the filter.</source>
        <translation>Toont hosts waarvan naam, adres, labels, OS of soort elk woord bevatten.
Zet een voorvoegsel voor een woord om in één veld te zoeken: label:prod os:debian soort:router naam:web adres:10.1.
onbereikbaar:ja toont de hosts die de laatste bereikbaarheidscontrole onbereikbaar vond.
(De Engelse voorvoegsels tag:, kind:, name:, address: en down:yes werken ook.)
Esc wist het filter.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+289"/>
        <source>Kinds</source>
        <translation>Soorten</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>Show only hosts of the chosen kinds</source>
        <translation>Alleen hosts van de gekozen soorten tonen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cannot move</source>
        <translation>Kan niet verplaatsen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Open Session</source>
        <translation>Sessie &amp;openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an SSH session to each selected host (Enter or double-click opens one)</source>
        <translation>Een SSH-sessie openen naar elke geselecteerde host (Enter of dubbelklikken opent er één)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Host…</source>
        <translation>&amp;Host toevoegen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;Group…</source>
        <translation>&amp;Groep toevoegen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Director&amp;y…</source>
        <translation>&amp;Directory toevoegen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an Active Directory or OpenLDAP directory whose accounts you manage</source>
        <translation>Voeg een Active Directory- of OpenLDAP-directory toe waarvan u de accounts beheert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ren&amp;ame…</source>
        <translation>He&amp;rnoemen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Filter Hosts</source>
        <translation>Hosts &amp;filteren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xpand All</source>
        <translation>Alles uit&amp;klappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Collapse All</source>
        <translation>Alles &amp;inklappen</translation>
    </message>
    <message numerus="yes">
        <location line="+148"/>
        <source>%1 of %Ln host(s) match</source>
        <translation>
            <numerusform>Overeenkomend: %1 van %Ln host</numerusform>
            <numerusform>Overeenkomend: %1 van %Ln hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln host(s)</source>
        <translation>
            <numerusform>%Ln host</numerusform>
            <numerusform>%Ln hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source> in %Ln group(s)</source>
        <translation>
            <numerusform> in %Ln groep</numerusform>
            <numerusform> in %Ln groepen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %Ln directory(s)</source>
        <translation>
            <numerusform>, %Ln directory</numerusform>
            <numerusform>, %Ln directory&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kinds (%1)</source>
        <translation>Soorten (%1)</translation>
    </message>
</context>
<context>
    <name>wb::InventoryReachability</name>
    <message>
        <location filename="../models/inventory/InventoryReachability.cpp" line="+93"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Up: answered in %1 ms (checked %2)</source>
        <translation>Bereikbaar: antwoord in %1 ms (gecontroleerd %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down: %1 (checked %2; last seen %3)</source>
        <translation>Onbereikbaar: %1 (gecontroleerd %2; laatst gezien %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down: %1 (checked %2; never seen up)</source>
        <translation>Onbereikbaar: %1 (gecontroleerd %2; nooit bereikbaar gezien)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not known: %1</source>
        <translation>Onbekend: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n down</source>
        <translation>
            <numerusform>%n onbereikbaar</numerusform>
            <numerusform>%n onbereikbaar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::InventoryTargets</name>
    <message>
        <location filename="../core/targets/InventoryTargets.cpp" line="+104"/>
        <source>The host is no longer in the inventory.</source>
        <translation>De host staat niet meer in de inventaris.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The jump host of %1 is no longer in the inventory.</source>
        <translation>De jumphost van %1 staat niet meer in de inventaris.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The jump hosts of %1 form a chain longer than %2 hops.</source>
        <translation>De jumphosts van %1 vormen een keten van meer dan %2 stappen.</translation>
    </message>
</context>
<context>
    <name>wb::JumpBridge</name>
    <message>
        <location filename="../core/ssh/JumpBridge.cpp" line="+60"/>
        <source>%1 could not connect to it: %2</source>
        <translation>%1 kon er geen verbinding mee maken: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>out of memory</source>
        <translation>onvoldoende geheugen</translation>
    </message>
</context>
<context>
    <name>wb::KnowledgeBase</name>
    <message>
        <location filename="../core/tickets/KnowledgeBase.cpp" line="+84"/>
        <source>An article needs a title.</source>
        <translation>Een artikel heeft een titel nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An article&apos;s title is one line of at most 200 characters.</source>
        <translation>De titel van een artikel is één regel van hoogstens 200 tekens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An article needs a text.</source>
        <translation>Een artikel heeft een tekst nodig.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Problem:
%1

Solution:
%2</source>
        <translation>Probleem:
%1

Oplossing:
%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+22"/>
        <source>The article could not be saved: %1</source>
        <translation>Het artikel kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The article was changed or deleted elsewhere since it was opened; open it again.</source>
        <translation>Het artikel is elders gewijzigd of verwijderd sinds het werd geopend; open het opnieuw.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <source>There is no article #%1.</source>
        <translation>Er is geen artikel #%1.</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>The knowledge base could not be read: %1</source>
        <translation>De kennisbank kon niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>wb::KnowledgeBaseDialog</name>
    <message>
        <location filename="../widgets/tickets/KnowledgeBaseDialog.cpp" line="+23"/>
        <source>Knowledge Base</source>
        <translation>Kennisbank</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search articles: words in the title, text or tags</source>
        <translation>Artikelen doorzoeken: woorden in titel, tekst of labels</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete Article…</source>
        <translation>Artikel &amp;verwijderen…</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%Ln article(s), newest first</source>
        <translation>
            <numerusform>%Ln artikel, nieuwste eerst</numerusform>
            <numerusform>%Ln artikelen, nieuwste eerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln article(s) with all of these words</source>
        <translation>
            <numerusform>%Ln artikel met al deze woorden</numerusform>
            <numerusform>%Ln artikelen met al deze woorden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;i&gt;No articles yet. Resolving a ticket can publish its solution here.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Nog geen artikelen. Bij het oplossen van een ticket kan de oplossing hier gepubliceerd worden.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;i&gt;No article has all of these words.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Geen artikel bevat al deze woorden.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>from ticket #%1</source>
        <translation>uit ticket #%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>Delete Article</source>
        <translation>Artikel verwijderen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete the article “%1”?</source>
        <translation>Het artikel “%1” verwijderen?</translation>
    </message>
</context>
<context>
    <name>wb::KnownHosts</name>
    <message>
        <location filename="../core/ssh/KnownHosts.cpp" line="+226"/>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+39"/>
        <source>Cannot lock %1 for writing: %2</source>
        <translation>Kan %1 niet vergrendelen om te schrijven: %2</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+9"/>
        <location line="+43"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the file does not exist</source>
        <translation>het bestand bestaat niet</translation>
    </message>
</context>
<context>
    <name>wb::LanguagePage</name>
    <message>
        <location filename="../widgets/preferences/PreferencesPages.cpp" line="+215"/>
        <source>The system&apos;s</source>
        <translation>Die van het systeem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes effect when Werkbank next starts. --lang on the command line wins over it; werkbank-cli follows the system or its own --lang.</source>
        <translation>Geldt vanaf de volgende start van Werkbank. --lang op de opdrachtregel gaat voor; werkbank-cli volgt het systeem of zijn eigen --lang.</translation>
    </message>
</context>
<context>
    <name>wb::LdapConnection</name>
    <message>
        <location filename="../core/directory/LdapConnection.cpp" line="+180"/>
        <location filename="../core/directory/LdapSocket.cpp" line="+23"/>
        <source>Not a directory address: %1</source>
        <translation>Geen directory-adres: %1</translation>
    </message>
    <message>
        <location filename="../core/directory/LdapSocket.cpp" line="+17"/>
        <source>%1 is not a name this machine can find (%2).</source>
        <translation>%1 is geen naam die deze computer kan vinden (%2).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot reach %1 port %2: %3</source>
        <translation>Kan %1 poort %2 niet bereiken: %3</translation>
    </message>
    <message>
        <location filename="../core/directory/LdapConnection.cpp" line="-35"/>
        <source>the server&apos;s certificate is not signed by a CA this system trusts, or does not name %1; or the server offers no TLS</source>
        <translation>het certificaat van de server is niet ondertekend door een CA die dit systeem vertrouwt, of noemt %1 niet; of de server biedt geen TLS aan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server&apos;s certificate is not signed by the CA in %1, or does not name %2; or the server offers no TLS</source>
        <translation>het certificaat van de server is niet ondertekend door de CA in %1, of noemt %2 niet; of de server biedt geen TLS aan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The directory&apos;s address must start with ldaps:// or ldap:// (with StartTLS).</source>
        <translation>Het adres van de directory moet beginnen met ldaps:// of ldap:// (met StartTLS).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The directory at %1 did not answer in time.</source>
        <translation>De directory op %1 antwoordde niet op tijd.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>TLS could not be set up with the CA file %1: %2</source>
        <translation>TLS kon niet worden ingericht met het CA-bestand %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>StartTLS failed, so nothing was sent: %1</source>
        <translation>StartTLS is mislukt, dus er is niets verzonden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The TLS handshake failed, so nothing was sent: %1</source>
        <translation>De TLS-handshake is mislukt, dus er is niets verzonden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection is not encrypted, so nothing was sent.</source>
        <translation>De verbinding is niet versleuteld, dus er is niets verzonden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The directory did not answer the login in time.</source>
        <translation>De directory antwoordde niet op tijd op de aanmelding.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The connection to the directory was closed.</source>
        <translation>De verbinding met de directory is gesloten.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+15"/>
        <location line="+32"/>
        <source>Not connected to the directory.</source>
        <translation>Niet verbonden met de directory.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The connection to the directory was lost: %1</source>
        <translation>De verbinding met de directory is verbroken: %1</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>The directory did not answer in time.</source>
        <translation>De directory antwoordde niet op tijd.</translation>
    </message>
</context>
<context>
    <name>wb::LibraryVersions</name>
    <message>
        <location filename="../app/LibraryVersions.cpp" line="+16"/>
        <source>%1 (built with)</source>
        <translation>%1 (bij het bouwen)</translation>
    </message>
</context>
<context>
    <name>wb::LinuxAccountCommands</name>
    <message>
        <location filename="../core/accounts/LinuxAccountCommands.cpp" line="+95"/>
        <source>“%1” is not a user name Werkbank acts on (lower-case letters, digits, _ and -, starting with a letter or _, at most 32).</source>
        <translation>“%1” is geen gebruikersnaam die Werkbank kan beheren (kleine letters, cijfers, _ en -, beginnend met een letter of _, hoogstens 32).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>“%1” is geen datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a group name Werkbank acts on.</source>
        <translation>“%1” is geen groepsnaam die Werkbank kan beheren.</translation>
    </message>
</context>
<context>
    <name>wb::LinuxAccountListing</name>
    <message>
        <location filename="../core/accounts/LinuxAccountListing.cpp" line="+82"/>
        <source>The host&apos;s account list has a line Werkbank does not understand.</source>
        <translation>De accountlijst van de host bevat een regel die Werkbank niet begrijpt.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The host did not send an account list.</source>
        <translation>De host heeft geen accountlijst gestuurd.</translation>
    </message>
</context>
<context>
    <name>wb::LinuxSshAccountBackend</name>
    <message>
        <location filename="../core/accounts/LinuxSshAccountBackend.cpp" line="+90"/>
        <source>listing accounts</source>
        <translation>accounts opvragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a user name Werkbank acts on.</source>
        <translation>“%1” is geen gebruikersnaam die Werkbank kan beheren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading the account</source>
        <translation>het account lezen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the login user</source>
        <translation>de SSH-gebruiker</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 The change may have been made before the connection ended; read the account again to see.</source>
        <translation>%1 De wijziging kan zijn doorgevoerd voordat de verbinding werd verbroken; lees het account opnieuw om het te zien.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2 failed (exit status %3)%4</source>
        <translation>%1: %2 mislukt (afsluitstatus %3)%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 failed for %3 (exit status %4)%5</source>
        <translation>%1: %2 mislukt voor %3 (afsluitstatus %4)%5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: there is no account “%2”.</source>
        <translation>%1: er is geen account “%2”.</translation>
    </message>
</context>
<context>
    <name>wb::LogController</name>
    <message>
        <location filename="../widgets/fleet/LogController.cpp" line="+21"/>
        <source>&amp;Logs…</source>
        <translation>&amp;Logs…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the selected hosts&apos; journals (or a log file), merged by time</source>
        <translation>De journals (of een logbestand) van de geselecteerde hosts volgen, samengevoegd op tijd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select the hosts (or a group) whose logs to follow.</source>
        <translation>Selecteer de hosts (of een groep) waarvan u de logs wilt volgen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
</context>
<context>
    <name>wb::LogModel</name>
    <message>
        <location filename="../models/fleet/LogModel.cpp" line="+204"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>wb::LogPriority</name>
    <message>
        <location filename="../core/fleet/LogLine.cpp" line="+62"/>
        <source>emergency</source>
        <translation>noodgeval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alert</source>
        <translation>alarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>critical</source>
        <translation>kritiek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notice</source>
        <translation>melding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>debug</source>
        <translation>debug</translation>
    </message>
</context>
<context>
    <name>wb::LogQuery</name>
    <message>
        <location filename="../core/fleet/LogQuery.cpp" line="+72"/>
        <source>“%1” is no time: give ISO 8601 (2026-12-07T10:00:00Z, 2026-12-07 10:00) or an age such as 30m, 2h, 1d.</source>
        <translation>“%1” is geen tijdstip: geef ISO 8601 (2026-12-07T10:00:00Z, 2026-12-07 10:00) of een leeftijd zoals 30m, 2h, 1d.</translation>
    </message>
    <message>
        <location filename="../core/fleet/LogStream.cpp" line="+89"/>
        <source>needs root: only this login&apos;s own journal entries are shown (root, or the adm or systemd-journal group, sees them all; or use sudo)</source>
        <translation>root nodig: alleen de eigen journalregels van deze login worden getoond (root, of de groep adm of systemd-journal, ziet ze allemaal; of gebruik sudo)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs root: %1 (use sudo)</source>
        <translation>root nodig: %1 (gebruik sudo)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>this host has no journal (journalctl): read a file instead</source>
        <translation>deze host heeft geen journal (journalctl): lees in plaats daarvan een bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the log command ended with exit status %1</source>
        <translation>de logopdracht eindigde met afsluitstatus %1</translation>
    </message>
</context>
<context>
    <name>wb::LogSourceDialog</name>
    <message>
        <location filename="../widgets/fleet/LogSourceDialog.cpp" line="+25"/>
        <source>the last 100 lines</source>
        <translation>de laatste 100 regels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last 1,000 lines</source>
        <translation>de laatste 1.000 regels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last hour</source>
        <translation>het afgelopen uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last 24 hours</source>
        <translation>de afgelopen 24 uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new lines only</source>
        <translation>alleen nieuwe regels</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the logs of %1:</source>
        <translation>De logs volgen van %1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;journal (journalctl)</source>
        <translation>Het &amp;journal (journalctl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A f&amp;ile:</source>
        <translation>Een &amp;bestand:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read with tail -F on the host: for hosts without a journal, or an application&apos;s own log</source>
        <translation>Gelezen met tail -F op de host: voor hosts zonder journal, of het eigen log van een toepassing</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read through &amp;sudo (the whole journal, files only root may read)</source>
        <translation>Via &amp;sudo lezen (het hele journal, bestanden die alleen root mag lezen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sudo&apos;s password (kept in memory only)</source>
        <translation>het wachtwoord voor sudo (alleen in het geheugen bewaard)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start &amp;with:</source>
        <translation>Beginnen &amp;met:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sudo &amp;password:</source>
        <translation>Sudo-&amp;wachtwoord:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Follow</source>
        <translation>&amp;Volgen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An absolute path on the hosts, such as /var/log/syslog</source>
        <translation>Een absoluut pad op de hosts, zoals /var/log/syslog</translation>
    </message>
</context>
<context>
    <name>wb::LogView</name>
    <message>
        <location filename="../widgets/fleet/LogView.cpp" line="+55"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and more important</source>
        <translation>%1 en belangrijker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines without a priority (a file&apos;s) always pass</source>
        <translation>Regels zonder prioriteit (die van een bestand) komen altijd door</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any unit</source>
        <translation>elke unit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>regular expression</source>
        <translation>reguliere expressie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find (Ctrl+F, F3)</source>
        <translation>Zoeken (Ctrl+F, F3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+161"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Hold new lines back (they are kept) and keep the view still</source>
        <translation>Nieuwe regels vasthouden (ze worden bewaard) en de weergave stil houden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Save the lines shown as text, as werkbank-cli logs prints them</source>
        <translation>De getoonde regels als tekst opslaan, zoals werkbank-cli logs ze toont</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioriteit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Matching:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n more</source>
        <translation>
            <numerusform>nog %n</numerusform>
            <numerusform>nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs: %1</source>
        <translation>Logs: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the journal</source>
        <translation>het journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Resume</source>
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only lines whose message matches (a regular expression, any case)</source>
        <translation>Alleen regels waarvan het bericht overeenkomt (een reguliere expressie, hoofdletterongevoelig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a regular expression: %1</source>
        <translation>Geen reguliere expressie: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Export Log Lines</source>
        <translation>Logregels exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Logbestanden (*.log *.txt);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n line(s) to %1.</source>
        <translation>
            <numerusform>%n regel geëxporteerd naar %1.</numerusform>
            <numerusform>%n regels geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lines could not be exported: %1</source>
        <translation>De regels konden niet worden geëxporteerd: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 of %2 lines shown (the newest %3 are kept)</source>
        <translation>%1 van %2 regels getoond (de nieuwste %3 worden bewaard)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>paused: %n new line(s) held back</source>
        <translation>
            <numerusform>gepauzeerd: %n nieuwe regel vastgehouden</numerusform>
            <numerusform>gepauzeerd: %n nieuwe regels vastgehouden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended</source>
        <translation>beëindigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>following</source>
        <translation>volgt</translation>
    </message>
</context>
<context>
    <name>wb::MainWindow</name>
    <message>
        <location filename="../widgets/main/MainWindow.cpp" line="+57"/>
        <source>Werkbank — %1 (team)</source>
        <translation>Werkbank — %1 (team)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Werkbank — %1</source>
        <translation>Werkbank — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inventory</source>
        <translation>Inventaris</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The team workspace can be reached again.</source>
        <translation>De teamwerkruimte is weer bereikbaar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team workspace unreachable — retrying. What you see is what was loaded; what you type is kept, and a ticket saves once the workspace is back.</source>
        <translation>Teamwerkruimte onbereikbaar — opnieuw proberen. U ziet wat al geladen was; wat u typt blijft bewaard, en een ticket wordt opgeslagen zodra de werkruimte terug is.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The inventory could not be read again: %1</source>
        <translation>De inventaris kon niet opnieuw worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Workspace: %1</source>
        <translation>Werkruimte: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Team Workspace…</source>
        <translation>&amp;Teamwerkruimte openen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sessio&amp;n</source>
        <translation>Sess&amp;ie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ho&amp;sts</source>
        <translation>Ho&amp;sts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Accounts</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main Toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Main Toolbar</source>
        <translation>&amp;Hoofdwerkbalk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About Werkbank</source>
        <translation>&amp;Over Werkbank</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team workspace %1: you work as %2, with the role %3.</source>
        <translation>Teamwerkruimte %1: u werkt als %2, met de rol %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your role in this team workspace (%1) may not change the inventory.</source>
        <translation>Uw rol in deze teamwerkruimte (%1) mag de inventaris niet wijzigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your role in this team workspace (%1) may not change the team&apos;s ticket settings.</source>
        <translation>Uw rol in deze teamwerkruimte (%1) mag de ticketinstellingen van het team niet wijzigen.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>&amp;Tickets</source>
        <translation>&amp;Tickets</translation>
    </message>
</context>
<context>
    <name>wb::MovePlan</name>
    <message>
        <location filename="../core/inventory/InventoryChecks.cpp" line="+7"/>
        <source>The target group no longer exists.</source>
        <translation>De doelgroep bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot move group “%1” into itself or one of its subgroups.</source>
        <translation>Kan groep “%1” niet naar zichzelf of een van de eigen subgroepen verplaatsen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is already a group named “%1” there.</source>
        <translation>Daar is al een groep met de naam “%1”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is already a host named “%1” there.</source>
        <translation>Daar is al een host met de naam “%1”.</translation>
    </message>
</context>
<context>
    <name>wb::OpenLdapProfile</name>
    <message>
        <location filename="../core/directory/OpenLdapProfile.cpp" line="+152"/>
        <source>%1 is not a shadowAccount, so OpenLDAP has no attribute to %2 it by (shadowExpire); lock it instead, or add the shadowAccount object class.</source>
        <translation>%1 is geen shadowAccount, dus OpenLDAP heeft geen attribuut (shadowExpire) voor %2; vergrendel het account in plaats daarvan, of voeg de objectklasse shadowAccount toe.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>disable</source>
        <translation>het uitschakelen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>enable</source>
        <translation>het inschakelen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>set the expiry of</source>
        <translation>het instellen van de vervaldatum</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>“%1” is geen datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An expiry before 1970-01-03 cannot be told apart from “disabled”; use disable.</source>
        <translation>Een vervaldatum vóór 1970-01-03 is niet te onderscheiden van “uitgeschakeld”; gebruik disable.</translation>
    </message>
</context>
<context>
    <name>wb::OpenTeamWorkspaceDialog</name>
    <message>
        <location filename="../widgets/main/WorkspaceDialogs.cpp" line="+47"/>
        <source>Open Team Workspace</source>
        <translation>Teamwerkruimte openen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A PostgreSQL address, for example postgresql://anna@db.example.com/helpdesk or, with a standby, postgresql://anna@db1,db2/helpdesk?target_session_attrs=read-write. The password is asked for, or read from the keychain or ~/.pgpass.</source>
        <translation>Een PostgreSQL-adres, bijvoorbeeld postgresql://anna@db.example.com/helpdesk of, met een standby, postgresql://anna@db1,db2/helpdesk?target_session_attrs=read-write. Het wachtwoord wordt gevraagd, of gelezen uit de sleutelbos of ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give a PostgreSQL address: postgresql://user@host/database.</source>
        <translation>Geef een PostgreSQL-adres: postgresql://gebruiker@host/database.</translation>
    </message>
</context>
<context>
    <name>wb::PasswordListDialog</name>
    <message>
        <location filename="../widgets/accounts/PasswordListDialog.cpp" line="+20"/>
        <source>New Passwords</source>
        <translation>Nieuwe wachtwoorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new passwords in &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>De nieuwe wachtwoorden in &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login</source>
        <translation>Aanmeldnaam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The connection ended after the password was sent: the account may have this one, or still the old one.</source>
        <translation>De verbinding viel weg nadat het wachtwoord was verstuurd: het account kan dit wachtwoord hebben, of nog het oude.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Werkbank shows them only this once and keeps them nowhere. A copy on the clipboard is removed after %n second(s).</source>
        <translation>
            <numerusform>Werkbank toont ze alleen deze ene keer en bewaart ze nergens. Een kopie op het klembord wordt na %n seconde verwijderd.</numerusform>
            <numerusform>Werkbank toont ze alleen deze ene keer en bewaart ze nergens. Een kopie op het klembord wordt na %n seconden verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;Selected</source>
        <translation>&amp;Gekozen kopiëren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy &amp;All</source>
        <translation>&amp;Alles kopiëren</translation>
    </message>
</context>
<context>
    <name>wb::PasswordPolicy</name>
    <message>
        <location filename="../core/accounts/PasswordPolicy.cpp" line="+10"/>
        <source>The password policy could not be read; the server checks the new password itself.</source>
        <translation>Het wachtwoordbeleid kon niet worden gelezen; de server controleert het nieuwe wachtwoord zelf.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>minstens %n teken</numerusform>
            <numerusform>minstens %n tekens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>three of: capitals, small letters, digits, symbols</source>
        <translation>drie van: hoofdletters, kleine letters, cijfers, symbolen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>not one of the last %n password(s)</source>
        <translation>
            <numerusform>niet het vorige wachtwoord</numerusform>
            <numerusform>niet een van de laatste %n wachtwoorden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rules for new passwords.</source>
        <translation>Geen regels voor nieuwe wachtwoorden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New passwords: %1.</source>
        <translation>Nieuwe wachtwoorden: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Locked out after %n bad password(s).</source>
        <translation>
            <numerusform>Vergrendeld na %n onjuist wachtwoord.</numerusform>
            <numerusform>Vergrendeld na %n onjuiste wachtwoorden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::PasswordRevealDialog</name>
    <message>
        <location filename="../widgets/accounts/PasswordRevealDialog.cpp" line="+20"/>
        <source>New Password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt; is now:</source>
        <translation>Het wachtwoord van &lt;b&gt;%1&lt;/b&gt; op &lt;b&gt;%2&lt;/b&gt; is nu:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Werkbank shows it only this once and keeps it nowhere. A copy on the clipboard is removed after %n second(s).</source>
        <translation>
            <numerusform>Werkbank toont het alleen deze keer en bewaart het nergens. Een kopie op het klembord wordt na %n seconde verwijderd.</numerusform>
            <numerusform>Werkbank toont het alleen deze keer en bewaart het nergens. Een kopie op het klembord wordt na %n seconden verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied.</source>
        <translation>Gekopieerd.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Password May Have Been Set</source>
        <translation>Wachtwoord mogelijk ingesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection ended after the new password was sent: &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt; may have this password now, or still the old one. Keep it until you have checked:</source>
        <translation>De verbinding werd verbroken nadat het nieuwe wachtwoord was verstuurd: &lt;b&gt;%1&lt;/b&gt; op &lt;b&gt;%2&lt;/b&gt; heeft nu mogelijk dit wachtwoord, of nog het oude. Bewaar het tot u het hebt gecontroleerd:</translation>
    </message>
</context>
<context>
    <name>wb::PasteConfirmDialog</name>
    <message>
        <location filename="../widgets/terminal/PasteConfirmDialog.cpp" line="+30"/>
        <source>Paste Into Session</source>
        <translation>Plakken in sessie</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Paste %n line(s)? The program did not ask for pasted text, so a shell runs each line as it arrives.</source>
        <translation>
            <numerusform>%n regel plakken? Het programma heeft niet om geplakte tekst gevraagd, dus een shell voert de regel uit zodra hij binnenkomt.</numerusform>
            <numerusform>%n regels plakken? Het programma heeft niet om geplakte tekst gevraagd, dus een shell voert elke regel uit zodra hij binnenkomt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste this line and press Enter? The program did not ask for pasted text, so a shell runs it at once.</source>
        <translation>Deze regel plakken en op Enter drukken? Het programma heeft niet om geplakte tekst gevraagd, dus een shell voert hem meteen uit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control characters (shown as ^X) are left out.</source>
        <translation>Stuurtekens (getoond als ^X) worden weggelaten.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… en nog %n regel</numerusform>
            <numerusform>… en nog %n regels</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preferences → Terminal turns this question off.</source>
        <translation>Voorkeuren → Terminal zet deze vraag uit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
</context>
<context>
    <name>wb::PermissionsDialog</name>
    <message>
        <location filename="../widgets/files/PermissionsDialog.cpp" line="+17"/>
        <source>Permissions</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read</source>
        <translation>Lezen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write</source>
        <translation>Schrijven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run</source>
        <translation>Uitvoeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Others</source>
        <translation>Anderen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The mode as chmod takes it, e.g. 644 or 0750</source>
        <translation>De modus zoals chmod die neemt, bijv. 644 of 0750</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As a number:</source>
        <translation>Als getal:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Change</source>
        <translation>&amp;Wijzigen</translation>
    </message>
</context>
<context>
    <name>wb::PortForward</name>
    <message>
        <location filename="../core/inventory/HostServices.cpp" line="+69"/>
        <source>“%1” is not a port forward: %2</source>
        <translation>“%1” is geen poortdoorverbinding: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write it as ssh does: -L [ADDRESS:]PORT:HOST:HOSTPORT, -R [ADDRESS:]PORT:HOST:HOSTPORT or -D [ADDRESS:]PORT</source>
        <translation>schrijf het zoals ssh: -L [ADRES:]POORT:HOST:HOSTPOORT, -R [ADRES:]POORT:HOST:HOSTPOORT of -D [ADRES:]POORT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a bracket is not closed</source>
        <translation>een haak wordt niet gesloten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-D takes [ADDRESS:]PORT</source>
        <translation>-D verwacht [ADRES:]POORT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a remote SOCKS proxy (-R PORT alone) is not supported; give HOST:HOSTPORT</source>
        <translation>een SOCKS-proxy op de server (-R POORT alleen) wordt niet ondersteund; geef HOST:HOSTPOORT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-L needs PORT:HOST:HOSTPORT</source>
        <translation>-L heeft POORT:HOST:HOSTPOORT nodig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many parts (an IPv6 address goes in brackets)</source>
        <translation>te veel delen (een IPv6-adres staat tussen haken)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a host name or address</source>
        <translation>“%1” is geen hostnaam of adres</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>“%1” is not a port from 1 to 65535</source>
        <translation>“%1” is geen poort van 1 tot 65535</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not an address to listen on</source>
        <translation>“%1” is geen adres om op te luisteren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>DynamicForward takes [ADDRESS:]PORT, not “%1”.</source>
        <translation>DynamicForward verwacht [ADRES:]POORT, niet “%1”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LocalForward takes [ADDRESS:]PORT HOST:HOSTPORT, not “%1”.</source>
        <translation>LocalForward verwacht [ADRES:]POORT HOST:HOSTPOORT, niet “%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RemoteForward takes [ADDRESS:]PORT HOST:HOSTPORT (a remote SOCKS proxy is not supported), not “%1”.</source>
        <translation>RemoteForward verwacht [ADRES:]POORT HOST:HOSTPOORT (een SOCKS-proxy op de server wordt niet ondersteund), niet “%1”.</translation>
    </message>
</context>
<context>
    <name>wb::PreferencesController</name>
    <message>
        <location filename="../widgets/preferences/PreferencesController.cpp" line="+38"/>
        <source>&amp;Preferences…</source>
        <translation>Voor&amp;keuren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connections, terminal, runs, accounts and language: yours, on this computer</source>
        <translation>Verbindingen, terminal, uitvoeringen, accounts en taal: de uwe, op deze computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection &amp;Settings…</source>
        <translation>Verbindings&amp;instellingen…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preferences saved; the language changes when Werkbank next starts.</source>
        <translation>Voorkeuren opgeslagen; de taal verandert bij de volgende start van Werkbank.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferences saved.</source>
        <translation>Voorkeuren opgeslagen.</translation>
    </message>
</context>
<context>
    <name>wb::PreferencesDialog</name>
    <message>
        <location filename="../widgets/preferences/PreferencesDialog.cpp" line="+19"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs</source>
        <translation>Uitvoeringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workspace</source>
        <translation>Werkruimte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Put this page back as Werkbank comes; nothing is stored until OK or Apply</source>
        <translation>Deze pagina weer zoals Werkbank geleverd wordt; er wordt niets opgeslagen tot OK of Toepassen</translation>
    </message>
</context>
<context>
    <name>wb::PriorityMatrix</name>
    <message>
        <location filename="../core/tickets/PriorityMatrix.cpp" line="+28"/>
        <source>Urgency, impact and priority go from %1 to %2.</source>
        <translation>Urgentie, impact en prioriteit lopen van %1 tot %2.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A priority matrix is five rows of five levels from 1 to 5.</source>
        <translation>Een prioriteitsmatrix bestaat uit vijf rijen van vijf niveaus van 1 tot 5.</translation>
    </message>
</context>
<context>
    <name>wb::PrivilegedOutcome</name>
    <message>
        <location filename="../core/accounts/LinuxSshAccountBackend.cpp" line="-128"/>
        <source>%1: sudo asked something Werkbank cannot answer, and gave up.</source>
        <translation>%1: sudo vroeg iets waarop Werkbank geen antwoord heeft, en gaf het op.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: sudo asked something Werkbank cannot answer: %2</source>
        <translation>%1: sudo vroeg iets waarop Werkbank geen antwoord heeft: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: logged in as %2, so this goes through sudo, which asks for %2’s password.</source>
        <translation>%1: aangemeld als %2, dus dit gaat via sudo, dat om het wachtwoord van %2 vraagt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: sudo did not accept the password for %2.</source>
        <translation>%1: sudo heeft het wachtwoord voor %2 niet geaccepteerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is not allowed to use sudo for account changes (sudo said: %3).</source>
        <translation>%1: %2 mag sudo niet gebruiken voor accountwijzigingen (sudo meldde: %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: logged in as %2, and the host has no sudo: log in as root to act on accounts.</source>
        <translation>%1: aangemeld als %2 en de host heeft geen sudo: meld u aan als root om accounts te wijzigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the account script did not start.</source>
        <translation>%1: het accountscript is niet gestart.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the account script did not start: %2</source>
        <translation>%1: het accountscript is niet gestart: %2</translation>
    </message>
</context>
<context>
    <name>wb::QuitWaitDialog</name>
    <message>
        <location filename="../widgets/main/QuitWaitDialog.cpp" line="+16"/>
        <source>Quit Werkbank</source>
        <translation>Werkbank afsluiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Werkbank quits as soon as they are done and recorded. Quitting now may leave an account action in the audit log without its outcome, while the host still makes the change.</source>
        <translation>Werkbank sluit af zodra ze klaar en vastgelegd zijn. Nu afsluiten kan een accountactie zonder uitkomst in het auditlogboek achterlaten, terwijl de host de wijziging toch doorvoert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit Anyway</source>
        <translation>&amp;Toch afsluiten</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Waiting for %n action(s)…</source>
        <translation>
            <numerusform>Wachten op %n actie…</numerusform>
            <numerusform>Wachten op %n acties…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ReachabilityCheck</name>
    <message>
        <location filename="../core/inventory/ReachabilityCheck.cpp" line="+18"/>
        <source>“%1” is no reachability check: write ssh, none, or a TCP port from 1 to 65535.</source>
        <translation>“%1” is geen bereikbaarheidscontrole: schrijf ssh, none, of een TCP-poort van 1 tot 65535.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>SSH banner</source>
        <translation>SSH-banner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SSH banner on port %1</source>
        <translation>SSH-banner op poort %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TCP port %1</source>
        <translation>TCP-poort %1</translation>
    </message>
</context>
<context>
    <name>wb::ReachabilityCheckEdit</name>
    <message>
        <location filename="../widgets/inventory/ReachabilityCheckEdit.cpp" line="+20"/>
        <source>SSH banner</source>
        <translation>SSH-banner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RDP (TCP port 3389)</source>
        <translation>RDP (TCP-poort 3389)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTPS (TCP port 443)</source>
        <translation>HTTPS (TCP-poort 443)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another TCP port</source>
        <translation>Een andere TCP-poort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked</source>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the inventory tells that this host is up: its SSH server&apos;s banner, or a TCP port that connects</source>
        <translation>Hoe de inventaris ziet dat deze host bereikbaar is: de banner van zijn SSH-server, of een TCP-poort die verbinding geeft</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>As its kind says (%1)</source>
        <translation>Zoals zijn soort zegt (%1)</translation>
    </message>
</context>
<context>
    <name>wb::ReachabilityWords</name>
    <message>
        <location filename="../core/fleet/ReachabilitySweep.cpp" line="+17"/>
        <source>unknown (behind a jump host)</source>
        <translation>onbekend (achter een jumphost)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>no answer within %n s</source>
        <translation>
            <numerusform>geen antwoord binnen %n s</numerusform>
            <numerusform>geen antwoord binnen %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>connected, but no SSH banner within %n s</source>
        <translation>
            <numerusform>verbonden, maar geen SSH-banner binnen %n s</numerusform>
            <numerusform>verbonden, maar geen SSH-banner binnen %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server closed the connection before its SSH banner</source>
        <translation>de server verbrak de verbinding vóór zijn SSH-banner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the port answers, but not with SSH (“%1”)</source>
        <translation>de poort antwoordt, maar niet met SSH (“%1”)</translation>
    </message>
</context>
<context>
    <name>wb::RemoteDesktop</name>
    <message>
        <location filename="../core/inventory/HostServices.cpp" line="+40"/>
        <source>“%1” is no remote desktop: write rdp or vnc, with :PORT when it is not the usual one.</source>
        <translation>“%1” is geen extern bureaublad: schrijf rdp of vnc, met :POORT als het niet de gebruikelijke is.</translation>
    </message>
</context>
<context>
    <name>wb::RemoteEdit</name>
    <message>
        <location filename="../core/files/RemoteEdit.cpp" line="+123"/>
        <source>not saved to the host yet (%1); it is sent once connected again</source>
        <translation>nog niet op de host opgeslagen (%1); het wordt verstuurd zodra er weer verbinding is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not saved to the host: %1</source>
        <translation>niet op de host opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>wb::RemoteEditController</name>
    <message>
        <location filename="../widgets/files/RemoteEditController.cpp" line="+71"/>
        <source>Edit as Root</source>
        <translation>Bewerken als root</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No room for a copy to edit: %1</source>
        <translation>Geen ruimte voor een kopie om te bewerken: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved %1 to the host at %2.</source>
        <translation>%1 om %2 op de host opgeslagen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was not copied: %2</source>
        <translation>%1 is niet gekopieerd: %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+31"/>
        <source>Fetching %1 to edit…</source>
        <translation>%1 ophalen om te bewerken…</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>sudo on %1 did not accept that password. %2’s password, for sudo:</source>
        <translation>sudo op %1 heeft dat wachtwoord niet geaccepteerd. Het wachtwoord van %2, voor sudo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files are read and saved as root through sudo on %1, which asks for %2’s password:</source>
        <translation>Bestanden worden als root gelezen en opgeslagen via sudo op %1, dat om het wachtwoord van %2 vraagt:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Fetching %1 to edit as root…</source>
        <translation>%1 wordt opgehaald om als root te bewerken…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No editor to open %1: set VISUAL or EDITOR (the desktop&apos;s opener is used for text files only). The copy is %2.</source>
        <translation>Geen editor om %1 te openen: stel VISUAL of EDITOR in (de opener van het bureaublad wordt alleen voor tekstbestanden gebruikt). De kopie is %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not start.</source>
        <translation>%1 startte niet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Editing %1 in %2: each save goes to the host.</source>
        <translation>%1 bewerken in %2: elke opslag gaat naar de host.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed on the Host</source>
        <translation>Gewijzigd op de host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed on the host since you opened it. Upload your version over it?</source>
        <translation>%1 is op de host gewijzigd sinds u het opende. Uw versie eroverheen uploaden?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep Theirs leaves the host&apos;s copy; your save stays in the editor, and the next save asks again.</source>
        <translation>Die van de host houden laat de kopie op de host staan; uw opslag blijft in de editor, en de volgende opslag vraagt het opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upload Mine</source>
        <translation>Mijn versie &amp;uploaden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep Theirs</source>
        <translation>Die van de host &amp;houden</translation>
    </message>
</context>
<context>
    <name>wb::RemoteFolderModel</name>
    <message>
        <location filename="../models/files/RemoteFolderModel.cpp" line="+164"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permissions</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
</context>
<context>
    <name>wb::RemovalPlan</name>
    <message>
        <location filename="../core/inventory/RemovalPlan.cpp" line="+66"/>
        <source>Cannot undo: the group “%1” or its parent changed in the meantime.</source>
        <translation>Kan niet ongedaan maken: de groep “%1” of de bovenliggende groep is intussen gewijzigd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot undo: there is now another group named “%1” in its place.</source>
        <translation>Kan niet ongedaan maken: er staat nu een andere groep met de naam “%1” op die plek.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot undo: there is now another host named “%1” in its place.</source>
        <translation>Kan niet ongedaan maken: er staat nu een andere host met de naam “%1” op die plek.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot undo: the group or jump host of “%1” is gone.</source>
        <translation>Kan niet ongedaan maken: de groep of jumphost van “%1” bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot undo: there is now another directory named “%1”.</source>
        <translation>Kan niet ongedaan maken: er is nu een andere directory met de naam “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot undo: the group of directory “%1” is gone.</source>
        <translation>Kan niet ongedaan maken: de groep van directory “%1” bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>wb::ResetPasswordDialog</name>
    <message>
        <location filename="../widgets/accounts/ResetPasswordDialog.cpp" line="+34"/>
        <source>Reset Password</source>
        <translation>Wachtwoord resetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password for &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Nieuw wachtwoord voor &lt;b&gt;%1&lt;/b&gt; op &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type a password</source>
        <translation>Wachtwoord &amp;typen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Herhaal het wachtwoord:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Generate a password</source>
        <translation>Wachtwoord &amp;genereren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> characters</source>
        <translation> tekens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower case (a–z)</source>
        <translation>Kleine letters (a–z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper case (A–Z)</source>
        <translation>Hoofdletters (A–Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits (0–9)</source>
        <translation>Cijfers (0–9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbols (!#%…)</source>
        <translation>Symbolen (!#%…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Easy to read aloud (no 0/O, 1/l/I, quotes …)</source>
        <translation>Makkelijk &amp;voor te lezen (geen 0/O, 1/l/I, aanhalingstekens …)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Length:</source>
        <translation>&amp;Lengte:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use:</source>
        <translation>Gebruiken:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new password is shown once the host has taken it.</source>
        <translation>Het nieuwe wachtwoord wordt getoond zodra de host het heeft overgenomen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User &amp;must change the password at the next login</source>
        <translation>Gebruiker &amp;moet het wachtwoord bij de volgende aanmelding wijzigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reset Password</source>
        <translation>Wachtwoord &amp;resetten</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>The policy asks for at least %n characters.</source>
        <translation>
            <numerusform>Het beleid vraagt minstens %n teken.</numerusform>
            <numerusform>Het beleid vraagt minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>New password for &lt;b&gt;%1&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Nieuw wachtwoord voor &lt;b&gt;%1&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new password is shown once the directory has taken it.</source>
        <translation>Het nieuwe wachtwoord wordt getoond zodra de directory het heeft aangenomen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each account gets a password of its own: they are generated.</source>
        <translation>Elk account krijgt een eigen wachtwoord: ze worden gegenereerd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy: %1</source>
        <translation>Beleid: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The directory did not say what its password policy is.</source>
        <translation>De directory heeft niet gezegd wat het wachtwoordbeleid is.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Also clear “password never e&amp;xpires”: while it is set, “must change” has no effect</source>
        <translation>Ook “wachtwoord verloopt nooit” &amp;uitzetten: zolang dat aan staat, werkt “moet wijzigen” niet</translation>
    </message>
</context>
<context>
    <name>wb::RunCommandDialog</name>
    <message>
        <location filename="../widgets/run/RunCommandDialog.cpp" line="+24"/>
        <source>Run Command</source>
        <translation>Opdracht uitvoeren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Run on %Ln host(s). One line is a command; several lines are a script, sent to &lt;tt&gt;sh -s&lt;/tt&gt; on standard input.</source>
        <translation>
            <numerusform>Uitvoeren op %Ln host. Eén regel is een opdracht; meerdere regels zijn een script, via standaardinvoer naar &lt;tt&gt;sh -s&lt;/tt&gt;.</numerusform>
            <numerusform>Uitvoeren op %Ln hosts. Eén regel is een opdracht; meerdere regels zijn een script, via standaardinvoer naar &lt;tt&gt;sh -s&lt;/tt&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;nippets</source>
        <translation>Fragme&amp;nten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in a saved command or script</source>
        <translation>Een opgeslagen opdracht of script invullen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snippets</source>
        <translation>Fragmenten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sa&amp;ve as Snippet…</source>
        <translation>Op&amp;slaan als fragment…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hosts &amp;at once:</source>
        <translation>Hosts &amp;tegelijk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout per host:</source>
        <translation>Time-&amp;out per host:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run</source>
        <translation>&amp;Uitvoeren</translation>
    </message>
</context>
<context>
    <name>wb::RunController</name>
    <message>
        <location filename="../widgets/run/RunController.cpp" line="+30"/>
        <source>R&amp;un Command…</source>
        <translation>Opdracht &amp;uitvoeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run a command or script on the selected hosts and groups</source>
        <translation>Een opdracht of script uitvoeren op de geselecteerde hosts en groepen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run S&amp;nippet</source>
        <translation>Fragme&amp;nt uitvoeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Manage Snippets…</source>
        <translation>Fragmenten &amp;beheren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add, edit and delete saved commands and scripts</source>
        <translation>Opgeslagen opdrachten en scripts toevoegen, bewerken en verwijderen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select the hosts or groups to run a command on.</source>
        <translation>Selecteer de hosts of groepen waarop een opdracht moet worden uitgevoerd.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Run Command</source>
        <translation>Opdracht uitvoeren</translation>
    </message>
</context>
<context>
    <name>wb::RunGroupsModel</name>
    <message>
        <location filename="../models/run/RunGroupsModel.cpp" line="+45"/>
        <source>[exit status %1]</source>
        <translation>[afsluitstatus %1]</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(no output)</source>
        <translation>(geen uitvoer)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln host(s): %1</source>
        <translation>
            <numerusform>%Ln host: %1</numerusform>
            <numerusform>%Ln hosts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::RunHostKeysDialog</name>
    <message>
        <location filename="../widgets/run/RunHostKeysDialog.cpp" line="+17"/>
        <source>Unknown host keys</source>
        <translation>Onbekende hostsleutels</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln host(s) present keys that known_hosts does not list. Compare the fingerprints with ones you trust; the hosts you do not accept are not contacted.</source>
        <translation>
            <numerusform>%Ln host toont een sleutel die known_hosts niet vermeldt. Vergelijk de vingerafdruk met een die u vertrouwt; hosts die u niet accepteert, worden niet benaderd.</numerusform>
            <numerusform>%Ln hosts tonen sleutels die known_hosts niet vermeldt. Vergelijk de vingerafdrukken met die u vertrouwt; hosts die u niet accepteert, worden niet benaderd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Save accepted keys in known_hosts</source>
        <translation>Geaccepteerde sleutels &amp;opslaan in known_hosts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reject All</source>
        <translation>Alles &amp;weigeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept &amp;Ticked</source>
        <translation>&amp;Aangevinkte accepteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept &amp;All</source>
        <translation>Alles a&amp;ccepteren</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Dropped out, no longer waiting: %1</source>
        <translation>Afgevallen, er wordt niet meer gewacht: %1</translation>
    </message>
</context>
<context>
    <name>wb::RunResultsModel</name>
    <message>
        <location filename="../models/run/RunResultsModel.cpp" line="+100"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation>Afsluitstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Uitvoer</translation>
    </message>
</context>
<context>
    <name>wb::RunView</name>
    <message numerus="yes">
        <location filename="../widgets/run/RunView.cpp" line="+46"/>
        <source>script (%Ln line(s))</source>
        <translation>
            <numerusform>script (%Ln regel)</numerusform>
            <numerusform>script (%Ln regels)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on %Ln host(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; op %Ln host</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; op %Ln hosts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Select two groups (Ctrl+click) to see how their outputs differ</source>
        <translation>Selecteer twee groepen (Ctrl+klik) om te zien hoe hun uitvoer verschilt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Grouped</source>
        <translation>&amp;Gegroepeerd</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>&amp;Cancel All</source>
        <translation>Alles a&amp;nnuleren</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>H&amp;osts</source>
        <translation>H&amp;osts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Re-run Failed</source>
        <translation>&amp;Mislukte opnieuw uitvoeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Run: %1</source>
        <translation>Uitvoering: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run: %1 (done)</source>
        <translation>Uitvoering: %1 (klaar)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close run</source>
        <translation>Uitvoering sluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The run is still going. Cancel it and close?</source>
        <translation>De uitvoering loopt nog. Annuleren en sluiten?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 ok · %2 failed · %3 running · %4 pending</source>
        <translation>%1 gelukt · %2 mislukt · %3 bezig · %4 wachtend</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%Ln host(s): %1</source>
        <translation>
            <numerusform>%Ln host: %1</numerusform>
            <numerusform>%Ln hosts: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export results</source>
        <translation>Resultaten exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Exported %Ln host(s) to %1.</source>
        <translation>
            <numerusform>%Ln host geëxporteerd naar %1.</numerusform>
            <numerusform>%Ln hosts geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Cancel This Host</source>
        <translation>Deze host &amp;annuleren</translation>
    </message>
</context>
<context>
    <name>wb::RunsPage</name>
    <message>
        <location filename="../widgets/preferences/PreferencesPages.cpp" line="-82"/>
        <source> hosts</source>
        <translation> hosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run on at &amp;most:</source>
        <translation>Uitvoeren op &amp;hoogstens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Give each host:</source>
        <translation>&amp;Elke host krijgt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What Run Command starts with, and what snippets run with; the Run Command dialog can change both for one run and remembers them.</source>
        <translation>Waarmee Opdracht uitvoeren begint, en waarmee fragmenten worden uitgevoerd; het venster Opdracht uitvoeren kan beide voor één uitvoering wijzigen en onthoudt ze.</translation>
    </message>
</context>
<context>
    <name>wb::SaveSnippetDialog</name>
    <message>
        <location filename="../widgets/run/SaveSnippetDialog.cpp" line="+16"/>
        <source>Save as Snippet</source>
        <translation>Opslaan als fragment</translation>
    </message>
</context>
<context>
    <name>wb::ScpJob</name>
    <message>
        <location filename="../core/files/ScpJob.cpp" line="+31"/>
        <source>the destination must be an existing folder when there are several sources</source>
        <translation>het doel moet een bestaande map zijn als er meerdere bronnen zijn</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>has no name of its own to copy it under</source>
        <translation>heeft geen eigen naam om het onder te kopiëren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a folder of that name is in the way</source>
        <translation>een map met die naam zit in de weg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>exists already</source>
        <translation>bestaat al</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCP cannot go on with a cut copy: --overwrite copies it again</source>
        <translation>SCP kan een afgebroken kopie niet voortzetten: --overwrite kopieert het opnieuw</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no free name beside it</source>
        <translation>geen vrije naam ernaast</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exists already (overwrite, skip or rename it)</source>
        <translation>bestaat al (overschrijven, overslaan of hernoemen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SCP cannot see whether it is there already: give --overwrite to send it anyway</source>
        <translation>SCP kan niet zien of het er al is: geef --overwrite om het toch te sturen</translation>
    </message>
</context>
<context>
    <name>wb::ScpLine</name>
    <message>
        <location filename="../core/files/ScpPeer.cpp" line="+51"/>
        <source>the host&apos;s scp sent an empty line</source>
        <translation>de scp van de host stuurde een lege regel</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>is a folder (SCP copies single files here)</source>
        <translation>is een map (SCP kopieert hier losse bestanden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the host&apos;s scp sent something that is not SCP: %1</source>
        <translation>de scp van de host stuurde iets dat geen SCP is: %1</translation>
    </message>
</context>
<context>
    <name>wb::ScpPeer</name>
    <message>
        <location line="+9"/>
        <source>SCP cannot carry a name with a line break</source>
        <translation>SCP kan geen naam met een regeleinde overbrengen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>not a regular file</source>
        <translation>geen gewoon bestand</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+21"/>
        <location line="+37"/>
        <source>the host&apos;s scp sent something that is not SCP</source>
        <translation>de scp van de host stuurde iets dat geen SCP is</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>the host&apos;s scp sent a line too long for SCP</source>
        <translation>de scp van de host stuurde een regel die te lang is voor SCP</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>the file got shorter while it was sent</source>
        <translation>het bestand werd korter tijdens het versturen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the host&apos;s scp ended before the file was done (exit status %1)</source>
        <translation>de scp van de host stopte voordat het bestand klaar was (afsluitstatus %1)</translation>
    </message>
</context>
<context>
    <name>wb::SecretDialog</name>
    <message>
        <location filename="../widgets/session/SecretDialog.cpp" line="+23"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1:</source>
        <translation>Wachtwoord voor %1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key passphrase</source>
        <translation>Wachtwoordzin van sleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase for the key %1 (to log in as %2):</source>
        <translation>Wachtwoordzin voor de sleutel %1 (om u aan te melden als %2):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logging in as %1. The server asks: %2</source>
        <translation>Aanmelden als %1. De server vraagt: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That passphrase did not unlock the key. Try again.</source>
        <translation>Die wachtwoordzin ontgrendelt de sleutel niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not accept that. Try again.</source>
        <translation>De server heeft dat niet geaccepteerd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Onthouden in de sleutelbos</translation>
    </message>
</context>
<context>
    <name>wb::SessionArea</name>
    <message>
        <location filename="../widgets/main/SessionArea.cpp" line="+32"/>
        <source>No open sessions</source>
        <translation>Geen open sessies</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reconnect</source>
        <translation>Opnieuw &amp;verbinden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close Session</source>
        <translation>Sessie &amp;sluiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session&apos;s host in a Files tab (SFTP)</source>
        <translation>De host van deze sessie in een tabblad Bestanden (SFTP)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your inventory is empty. Add hosts one by one or import them from an OpenSSH config, a CSV file or an Ansible inventory.</source>
        <translation>De inventaris is leeg. Voeg hosts één voor één toe of importeer ze uit een OpenSSH-configuratie, een CSV-bestand of een Ansible-inventaris.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Your inventory holds %Ln host(s)</source>
        <translation>
            <numerusform>De inventaris bevat %Ln host</numerusform>
            <numerusform>De inventaris bevat %Ln hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> in %Ln group(s).</source>
        <translation>
            <numerusform> in %Ln groep.</numerusform>
            <numerusform> in %Ln groepen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a host, or select it and press &lt;b&gt;Enter&lt;/b&gt;,&lt;br&gt;to open an SSH session here.&lt;br&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; filters the inventory, &lt;b&gt;Ctrl+N&lt;/b&gt; adds a host, &lt;b&gt;Ctrl+I&lt;/b&gt; imports.</source>
        <translation>Dubbelklik op een host, of selecteer hem en druk op &lt;b&gt;Enter&lt;/b&gt;,&lt;br&gt;om hier een SSH-sessie te openen.&lt;br&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; filtert de inventaris, &lt;b&gt;Ctrl+N&lt;/b&gt; voegt een host toe, &lt;b&gt;Ctrl+I&lt;/b&gt; importeert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Found on this computer:</source>
        <translation>Gevonden op deze computer:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export results</source>
        <translation>Resultaten exporteren</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the login</source>
        <translation>de login</translation>
    </message>
    <message>
        <location line="+139"/>
        <location line="+26"/>
        <source>Quit Werkbank</source>
        <translation>Werkbank afsluiten</translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>%Ln ticket(s) have changes that are not saved.</source>
        <translation>
            <numerusform>%Ln ticket heeft wijzigingen die niet zijn opgeslagen.</numerusform>
            <numerusform>%Ln tickets hebben wijzigingen die niet zijn opgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%Ln session(s) still open. Close them and quit?</source>
        <translation>
            <numerusform>Er is nog %Ln sessie open. Wilt u die sluiten en Werkbank afsluiten?</numerusform>
            <numerusform>Er zijn nog %Ln sessies open. Wilt u ze sluiten en Werkbank afsluiten?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::SessionController</name>
    <message>
        <location filename="../widgets/session/SessionController.cpp" line="+36"/>
        <source>F&amp;iles…</source>
        <translation>B&amp;estanden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse the selected host&apos;s files over SFTP</source>
        <translation>De bestanden van de gekozen host bekijken via SFTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tunne&amp;ls…</source>
        <translation>Tunne&amp;ls…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the selected host&apos;s port forwards and show them</source>
        <translation>De poortforwards van de geselecteerde host starten en tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forget Saved Passwords</source>
        <translation>Opgeslagen &amp;wachtwoorden vergeten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected hosts&apos; passwords from the keychain</source>
        <translation>De wachtwoorden van de geselecteerde hosts uit de sleutelbos verwijderen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select one host whose files to browse.</source>
        <translation>Kies één host om de bestanden van te bekijken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select one host whose port forwards to start.</source>
        <translation>Selecteer één host waarvan de poortforwards moeten starten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>Tunnels</source>
        <translation>Tunnels</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>These port forwards of %1 cannot be used:

%2</source>
        <translation>Deze poortforwards van %1 zijn niet te gebruiken:

%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no port forwards: add them in its settings (Edit → Edit…).</source>
        <translation>%1 heeft geen poortforwards: voeg ze toe in de instellingen van de host (Bewerken → Bewerken…).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Some port forwards of %1 cannot be used: %2</source>
        <translation>Sommige poortforwards van %1 zijn niet te gebruiken: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has port forwards that were not started here as they are now: Session → Tunnels starts them.</source>
        <translation>%1 heeft poortforwards die hier niet zo zijn gestart als ze nu zijn: Sessie → Tunnels start ze.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open session</source>
        <translation>Sessie openen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connection Settings</source>
        <translation>Verbindingsinstellingen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace&apos;s known_hosts file</source>
        <translation>Het known_hosts-bestand van de werkruimte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known_hosts file</source>
        <translation>known_hosts-bestand</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select the hosts whose saved passwords should be forgotten.</source>
        <translation>Selecteer de hosts waarvan de opgeslagen wachtwoorden vergeten moeten worden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Forgot the saved passwords and passphrases of %Ln host(s).</source>
        <translation>
            <numerusform>De opgeslagen wachtwoorden en wachtwoordzinnen van %Ln host zijn vergeten.</numerusform>
            <numerusform>De opgeslagen wachtwoorden en wachtwoordzinnen van %Ln hosts zijn vergeten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget Saved Passwords</source>
        <translation>Opgeslagen wachtwoorden vergeten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some saved secrets could not be removed from the keychain:

%1</source>
        <translation>Sommige opgeslagen geheimen konden niet uit de sleutelbos worden verwijderd:

%1</translation>
    </message>
</context>
<context>
    <name>wb::SessionLogFile</name>
    <message>
        <location filename="../core/ssh/SessionLogFile.cpp" line="+30"/>
        <source>the session log folder %1 cannot be made</source>
        <translation>de map voor sessielogs %1 kan niet worden gemaakt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the session log %1 cannot be made: %2</source>
        <translation>het sessielog %1 kan niet worden gemaakt: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the session log %1 cannot be made: too many logs of that second</source>
        <translation>het sessielog %1 kan niet worden gemaakt: te veel logs in die seconde</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the session log %1 could not be written: %2</source>
        <translation>het sessielog %1 kon niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>wb::SessionTab</name>
    <message>
        <location filename="../widgets/session/SessionTab.cpp" line="+35"/>
        <source>&amp;Reconnect</source>
        <translation>Opnieuw &amp;verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect again (Ctrl+Shift+R)</source>
        <translation>Opnieuw verbinden (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 (closed)</source>
        <translation>%1 (gesloten)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — the bell rang</source>
        <translation>%1 — de bel ging</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close session</source>
        <translation>Sessie sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session to %1 is still open. Close it?</source>
        <translation>De sessie met %1 is nog open. Sluiten?</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Connecting to %1: %2…</source>
        <translation>Verbinden met %1: %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected to %1</source>
        <translation>Verbonden met %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Trust for the Team</source>
        <translation>Vertrouwen voor het team</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Session closed.</source>
        <translation>Sessie gesloten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session ended: killed by signal %1.</source>
        <translation>De sessie is beëindigd: gestopt door signaal %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session ended (exit status %1).</source>
        <translation>De sessie is beëindigd (afsluitstatus %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session ended.</source>
        <translation>De sessie is beëindigd.</translation>
    </message>
</context>
<context>
    <name>wb::SftpClient</name>
    <message>
        <location filename="../core/files/SftpClient.cpp" line="+40"/>
        <source>the server sent something that is not SFTP</source>
        <translation>de server stuurde iets dat geen SFTP is</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the connection was lost</source>
        <translation>de verbinding is verbroken</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+16"/>
        <location line="+58"/>
        <source>the server sent a malformed reply</source>
        <translation>de server stuurde een ongeldig antwoord</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>the server speaks SFTP version %1 only</source>
        <translation>de server spreekt alleen SFTP-versie %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the server answered a request that was not made</source>
        <translation>de server beantwoordde een verzoek dat niet gedaan was</translation>
    </message>
</context>
<context>
    <name>wb::SftpEngine</name>
    <message>
        <location filename="../core/files/SftpEngine.cpp" line="+52"/>
        <source>the SFTP session was closed</source>
        <translation>de SFTP-sessie is gesloten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server ended the SFTP session (the connection closed or was lost)</source>
        <translation>de server beëindigde de SFTP-sessie (de verbinding is gesloten of verbroken)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+11"/>
        <location line="+11"/>
        <location line="+38"/>
        <source>not connected</source>
        <translation>niet verbonden</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>more than a million entries in one folder</source>
        <translation>meer dan een miljoen items in één map</translation>
    </message>
</context>
<context>
    <name>wb::SftpFileAccess</name>
    <message>
        <location filename="../core/files/RemoteFileAccess.cpp" line="+21"/>
        <source>the copy failed</source>
        <translation>het kopiëren is mislukt</translation>
    </message>
</context>
<context>
    <name>wb::SftpFileTransfer</name>
    <message>
        <location filename="../core/files/SftpFileTransfer.cpp" line="+39"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+77"/>
        <location line="+180"/>
        <location line="+40"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>is a folder</source>
        <translation>is een map</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>the server sent a read of the wrong size</source>
        <translation>de server stuurde een blok van de verkeerde grootte</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>not a regular file</source>
        <translation>geen gewoon bestand</translation>
    </message>
</context>
<context>
    <name>wb::SftpSession</name>
    <message>
        <location filename="../core/files/SftpSession.cpp" line="+52"/>
        <source>the SFTP session ended</source>
        <translation>de SFTP-sessie is beëindigd</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+22"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+9"/>
        <source>the connection is closed</source>
        <translation>de verbinding is gesloten</translation>
    </message>
</context>
<context>
    <name>wb::SftpStatus</name>
    <message>
        <location filename="../core/files/SftpWire.cpp" line="+29"/>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of file</source>
        <translation>einde van het bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such file or folder</source>
        <translation>bestand of map bestaat niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied</source>
        <translation>geen toegang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server could not do it</source>
        <translation>de server kon het niet uitvoeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server did not understand the request</source>
        <translation>de server begreep het verzoek niet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection was lost</source>
        <translation>de verbinding is verbroken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server does not support this</source>
        <translation>de server ondersteunt dit niet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error %1 from the server</source>
        <translation>fout %1 van de server</translation>
    </message>
</context>
<context>
    <name>wb::SftpTransferJob</name>
    <message>
        <location filename="../core/files/SftpTransferJob.cpp" line="+133"/>
        <source>the destination must be an existing folder when there are several sources</source>
        <translation>het doel moet een bestaande map zijn als er meer bronnen zijn</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+102"/>
        <location line="+124"/>
        <location filename="../core/files/SftpTransferJobConflicts.cpp" line="+78"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>has no name of its own to copy it under</source>
        <translation>heeft geen eigen naam om het onder te kopiëren</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the connection was lost</source>
        <translation>de verbinding is verbroken</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>is a folder (copy folders with -r)</source>
        <translation>is een map (kopieer mappen met -r)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a regular file</source>
        <translation>geen gewoon bestand</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a folder of that name is in the way</source>
        <translation>een map met die naam staat in de weg</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../core/files/SftpTransferJobConflicts.cpp" line="-35"/>
        <source>exists already</source>
        <translation>bestaat al</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>complete already</source>
        <translation>al compleet</translation>
    </message>
    <message>
        <location filename="../core/files/SftpTransferJobConflicts.cpp" line="+102"/>
        <source>no free name beside it</source>
        <translation>geen vrije naam ernaast</translation>
    </message>
    <message>
        <location filename="../core/files/SftpTransferJob.cpp" line="+107"/>
        <source>the server sent a name that is not a file name</source>
        <translation>de server stuurde een naam die geen bestandsnaam is</translation>
    </message>
    <message>
        <location line="-116"/>
        <location filename="../core/files/SftpTransferJobConflicts.cpp" line="-98"/>
        <source>exists already (overwrite, skip, resume or rename it)</source>
        <translation>bestaat al (overschrijven, overslaan, hervatten of hernoemen)</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>more than %1 entries in one folder</source>
        <translation>meer dan %1 items in één map</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the server listed this name twice</source>
        <translation>de server noemde deze naam twee keer</translation>
    </message>
</context>
<context>
    <name>wb::ShellWords</name>
    <message>
        <location filename="../core/inventory/io/ShellWords.cpp" line="+62"/>
        <source>The quote %1 is never closed on this line.</source>
        <translation>Het aanhalingsteken %1 wordt op deze regel nooit gesloten.</translation>
    </message>
</context>
<context>
    <name>wb::ShortcutsDialog</name>
    <message>
        <location filename="../widgets/main/HelpDialogs.cpp" line="+19"/>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by action, key or menu</source>
        <translation>Filteren op actie, toets of menu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From a Terminal</source>
        <translation>Vanuit een terminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A terminal takes every key but the Ctrl+Shift ones it does not use, so that no shortcut of the window swallows a key a program needs.</source>
        <translation>Een terminal neemt elke toets behalve de Ctrl+Shift-combinaties die hij niet gebruikt, zodat geen sneltoets van het venster een toets inslikt die een programma nodig heeft.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>where its view has the focus</source>
        <translation>waar de weergave de focus heeft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (where its view has the focus)</source>
        <translation>%1 (waar de weergave de focus heeft)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No: the program gets the key</source>
        <translation>Nee: het programma krijgt de toets</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
</context>
<context>
    <name>wb::SlaPolicy</name>
    <message>
        <location filename="../core/tickets/SlaPolicy.cpp" line="+23"/>
        <source>A resolution time is from 1 hour to a year, for priority 1 to 5.</source>
        <translation>Een oplostijd ligt tussen 1 uur en een jaar, voor prioriteit 1 tot 5.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The working day must start before it ends.</source>
        <translation>De werkdag moet beginnen voordat hij eindigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one working day.</source>
        <translation>Kies ten minste één werkdag.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>An SLA setting is five resolution times in hours, optionally followed by business hours.</source>
        <translation>Een SLA-instelling bestaat uit vijf oplostijden in uren, eventueel gevolgd door kantooruren.</translation>
    </message>
</context>
<context>
    <name>wb::SnippetEditor</name>
    <message>
        <location filename="../widgets/run/SnippetEditor.cpp" line="+15"/>
        <source>e.g. Disk usage</source>
        <translation>bijv. Schijfgebruik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What it does, for whoever picks it next</source>
        <translation>Wat het doet, voor wie het hierna kiest</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One line runs as a command; several lines run as a script with sh -s.</source>
        <translation>Eén regel wordt als opdracht uitgevoerd; meerdere regels als script met sh -s.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mmand or script:</source>
        <translation>Op&amp;dracht of script:</translation>
    </message>
</context>
<context>
    <name>wb::SnippetLibraryDialog</name>
    <message>
        <location filename="../widgets/run/SnippetLibraryDialog.cpp" line="+36"/>
        <source>Snippets</source>
        <translation>Fragmenten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter snippets</source>
        <translation>Fragmenten filteren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ne&amp;w</source>
        <translation>Nieu&amp;w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Run on %Ln host(s)</source>
        <translation>
            <numerusform>&amp;Uitvoeren op %Ln host</numerusform>
            <numerusform>&amp;Uitvoeren op %Ln hosts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+88"/>
        <source>New Snippet</source>
        <translation>Nieuw fragment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Snippet</source>
        <translation>Fragment opslaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+180"/>
        <source>Delete Snippet</source>
        <translation>Fragment verwijderen</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Save the new snippet?</source>
        <translation>Het nieuwe fragment opslaan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to the snippet “%1”?</source>
        <translation>De wijzigingen in het fragment “%1” opslaan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved Snippet</source>
        <translation>Niet-opgeslagen fragment</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The snippet “%1”</source>
        <translation>Het fragment “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Delete the snippet “%1”? This cannot be undone.</source>
        <translation>Het fragment “%1” verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>wb::SnippetMenu</name>
    <message>
        <location filename="../widgets/run/SnippetMenu.cpp" line="+41"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No snippets saved yet</source>
        <translation>Nog geen fragmenten opgeslagen</translation>
    </message>
</context>
<context>
    <name>wb::SnippetModel</name>
    <message>
        <location filename="../models/snippets/SnippetModel.cpp" line="+97"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
</context>
<context>
    <name>wb::SnippetStore</name>
    <message>
        <location filename="../core/snippets/SnippetStore.cpp" line="+19"/>
        <source>No workspace is open.</source>
        <translation>Er is geen werkruimte geopend.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The snippets could not be read: %1</source>
        <translation>De fragmenten konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A snippet needs a name.</source>
        <translation>Een fragment heeft een naam nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The snippet name contains a line break or another control character.</source>
        <translation>De naam van het fragment bevat een regeleinde of een ander stuurteken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A snippet needs a command or script to run.</source>
        <translation>Een fragment heeft een opdracht of script nodig om uit te voeren.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+16"/>
        <location line="+19"/>
        <source>The snippet could not be saved: %1</source>
        <translation>Het fragment kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>A snippet named “%1” already exists.</source>
        <translation>Er bestaat al een fragment met de naam “%1”.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The snippet “%1” no longer exists: it was deleted elsewhere.</source>
        <translation>Het fragment “%1” bestaat niet meer: het is elders verwijderd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snippet “%1” was changed elsewhere since it was opened; close and reopen the library to see that version.</source>
        <translation>Het fragment “%1” is elders gewijzigd sinds het werd geopend; sluit de bibliotheek en open hem opnieuw om die versie te zien.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The snippet could not be deleted: %1</source>
        <translation>Het fragment kon niet worden verwijderd: %1</translation>
    </message>
</context>
<context>
    <name>wb::SocksHandshake</name>
    <message>
        <location filename="../core/tunnels/SocksHandshake.cpp" line="+51"/>
        <source>not a SOCKS 4 or 5 client</source>
        <translation>geen SOCKS 4- of 5-client</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <location line="+49"/>
        <source>the SOCKS client asked for something other than a connection</source>
        <translation>de SOCKS-client vroeg iets anders dan een verbinding</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+7"/>
        <source>the SOCKS request is too long</source>
        <translation>het SOCKS-verzoek is te lang</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <source>the SOCKS client named no valid host</source>
        <translation>de SOCKS-client noemde geen geldige host</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>the SOCKS client wants to authenticate, which this proxy does not ask for</source>
        <translation>de SOCKS-client wil zich aanmelden, maar deze proxy vraagt daar niet om</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a SOCKS 5 request</source>
        <translation>geen SOCKS 5-verzoek</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the SOCKS client used an unknown address type</source>
        <translation>de SOCKS-client gebruikte een onbekend adrestype</translation>
    </message>
</context>
<context>
    <name>wb::SqlText</name>
    <message>
        <location filename="../core/storage/SqlDialect.cpp" line="+51"/>
        <source>Your role in this team workspace does not allow this (the database said: %1).</source>
        <translation>Uw rol in deze teamwerkruimte staat dit niet toe (de database zei: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the team workspace&apos;s server was lost (%1).</source>
        <translation>De verbinding met de server van de teamwerkruimte is verbroken (%1).</translation>
    </message>
</context>
<context>
    <name>wb::SshAuthenticator</name>
    <message>
        <location filename="../core/ssh/SshAuthenticator.cpp" line="+106"/>
        <source>the server offers no method Werkbank can use (%1)</source>
        <translation>de server biedt geen methode die Werkbank kan gebruiken (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 tried</source>
        <translation>%1 geprobeerd</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>after the password the server asked &quot;%1&quot;, which only you can answer: log in interactively</source>
        <translation>na het wachtwoord vroeg de server “%1”; dat kunt alleen u beantwoorden: meld u interactief aan</translation>
    </message>
</context>
<context>
    <name>wb::SshConfigFiles</name>
    <message>
        <location filename="../core/inventory/io/SshConfigFiles.cpp" line="+42"/>
        <source>“%1” was not read: an import reads at most %2 files, counting every Include; nothing more was read.</source>
        <translation>“%1” is niet gelezen: een import leest hoogstens %2 bestanden, elke Include meegeteld; verder is niets meer gelezen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” was not read: an import reads at most %2 MiB, counting every Include; nothing more was read.</source>
        <translation>“%1” is niet gelezen: een import leest hoogstens %2 MiB, elke Include meegeteld; verder is niets meer gelezen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” was not read: an import reads at most %2 lines, counting every Include; nothing more was read.</source>
        <translation>“%1” is niet gelezen: een import leest hoogstens %2 regels, elke Include meegeteld; verder is niets meer gelezen.</translation>
    </message>
</context>
<context>
    <name>wb::SshConfigMatch</name>
    <message>
        <location filename="../core/inventory/io/SshConfigMatch.cpp" line="+58"/>
        <source>“Match all” cannot be combined with other criteria.</source>
        <translation>“Match all” kan niet met andere criteria worden gecombineerd.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“Match %1” needs a pattern or a command after it.</source>
        <translation>Na “Match %1” hoort een patroon of een opdracht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“Match exec” runs a command at the moment of connecting: the settings in this block were not imported.</source>
        <translation>“Match exec” voert een opdracht uit op het moment van verbinden: de instellingen in dit blok zijn niet geïmporteerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“Match localuser” depends on who connects (a team shares the inventory): the settings in this block were not imported.</source>
        <translation>“Match localuser” hangt af van wie verbindt (een team deelt de inventaris): de instellingen in dit blok zijn niet geïmporteerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Match %1” is not a criterion OpenSSH knows (host, originalhost, user, localuser, exec, canonical, final, all).</source>
        <translation>“Match %1” is geen criterium dat OpenSSH kent (host, originalhost, user, localuser, exec, canonical, final, all).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A Match line needs at least one criterion, such as “Match host *.example.org”.</source>
        <translation>Een Match-regel heeft minstens één criterium nodig, zoals “Match host *.example.org”.</translation>
    </message>
</context>
<context>
    <name>wb::SshConfigReader</name>
    <message>
        <location filename="../core/inventory/io/SshConfigReader.cpp" line="+128"/>
        <source>The quote %1 is never closed on this line.</source>
        <translation>Het aanhalingsteken %1 wordt op deze regel nooit gesloten.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>A Host line needs at least one host name or pattern.</source>
        <translation>Een Host-regel heeft minstens één hostnaam of patroon nodig.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” differs from “%2” only in case: ssh takes them for two hosts, the inventory for one, so only “%2” is imported.</source>
        <translation>“%1” verschilt alleen in hoofdletters van “%2”: ssh ziet er twee hosts in, de inventaris één, dus alleen “%2” is geïmporteerd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“Host %1” only has patterns: its settings apply to the hosts they match, but it is not imported as a host itself.</source>
        <translation>“Host %1” bevat alleen patronen: de instellingen gelden voor de hosts die erop passen, maar het blok wordt zelf niet als host geïmporteerd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The patterns %1 on this Host line are not hosts and were not imported.</source>
        <translation>De patronen %1 op deze Host-regel zijn geen hosts en zijn niet geïmporteerd.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Include needs a file name.</source>
        <translation>Include heeft een bestandsnaam nodig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include “%1” matched no files.</source>
        <translation>Include “%1” komt met geen enkel bestand overeen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is already being read: including it again would loop, so this Include was skipped.</source>
        <translation>“%1” wordt al gelezen: het opnieuw invoegen zou een lus veroorzaken, dus deze Include is overgeslagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Includes are nested more than %1 levels deep; “%2” was not read.</source>
        <translation>Include-regels zijn meer dan %1 niveaus diep genest; “%2” is niet gelezen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” needs a value.</source>
        <translation>“%1” heeft een waarde nodig.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forwards to or from a Unix socket are not kept; this one was skipped.</source>
        <translation>Doorverbindingen van of naar een Unix-socket worden niet bewaard; deze is overgeslagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A remote SOCKS proxy (RemoteForward with a port alone) is not kept; it was skipped.</source>
        <translation>Een SOCKS-proxy op de server (RemoteForward met alleen een poort) wordt niet bewaard; hij is overgeslagen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>CanonicalizeHostname asks DNS at the moment of connecting: hosts are imported with their names as written (the file is read a second time, as ssh does).</source>
        <translation>CanonicalizeHostname vraagt DNS op het moment van verbinden: hosts worden geïmporteerd met hun namen zoals geschreven (het bestand wordt een tweede keer gelezen, zoals ssh doet).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ProxyJump “%1” names no host.</source>
        <translation>ProxyJump “%1” noemt geen host.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ProxyJump “%1” goes through %2 hosts; only the last one, “%3”, is kept as the jump host.</source>
        <translation>ProxyJump “%1” loopt via %2 hosts; alleen de laatste, “%3”, wordt als jumphost bewaard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ProxyJump “%1”: the user and port given here are not kept; the jump host “%2” is reached with its own settings.</source>
        <translation>ProxyJump “%1”: de hier opgegeven gebruiker en poort worden niet bewaard; de jumphost “%2” wordt met de eigen instellingen bereikt.</translation>
    </message>
    <message>
        <location filename="../core/inventory/io/SshConfigReaderOptions.cpp" line="+22"/>
        <source>%1 “%2” changes OpenSSH&apos;s default list, which libssh cannot do: this host connects with libssh&apos;s own list.</source>
        <translation>%1 “%2” wijzigt de standaardlijst van OpenSSH, wat libssh niet kan: deze host verbindt met de eigen lijst van libssh.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ForwardAgent to a socket of its own (“%1”) is not kept; this host does not forward the agent.</source>
        <translation>ForwardAgent naar een eigen socket (“%1”) wordt niet bewaard; deze host stuurt de agent niet door.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ConnectTimeout “%1” waits without end; this host keeps the connect timeout of Connection Settings.</source>
        <translation>ConnectTimeout “%1” wacht zonder einde; deze host houdt de verbindingstime-out van de verbindingsinstellingen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is kept with the host, but Werkbank does not use it yet: connections go without it.</source>
        <translation>%1 wordt bij de host bewaard, maar Werkbank gebruikt het nog niet: verbindingen gaan zonder.</translation>
    </message>
    <message>
        <location filename="../core/inventory/io/SshConfigReader.cpp" line="+104"/>
        <source>IdentityAgent none on “%1”, which has no IdentityFile, would leave it nothing to log in with; it is not kept (the host logs in through the agent).</source>
        <translation>IdentityAgent none op “%1”, dat geen IdentityFile heeft, zou niets overlaten om mee in te loggen; het wordt niet bewaard (de host logt in via de agent).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” would be its own jump host; it is imported without one.</source>
        <translation>“%1” zou zijn eigen jumphost zijn; de host wordt zonder jumphost geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>wb::SshConnection</name>
    <message>
        <location filename="../core/ssh/SshConnection.cpp" line="+253"/>
        <source>The keychain could not be read: %1</source>
        <translation>De sleutelbos kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The keychain could not store the secret: %1</source>
        <translation>De sleutelbos kon het geheim niet opslaan: %1</translation>
    </message>
</context>
<context>
    <name>wb::SshFailure</name>
    <message>
        <location filename="../core/ssh/SshTypes.cpp" line="+11"/>
        <source>name lookup</source>
        <translation>naam opzoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connect</source>
        <translation>verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host key check</source>
        <translation>controle van de hostsleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>authentication</source>
        <translation>aanmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening the session</source>
        <translation>sessie openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session</source>
        <translation>sessie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2): %3 failed: %4</source>
        <translation>%1 (%2): %3 mislukt: %4</translation>
    </message>
</context>
<context>
    <name>wb::SshHop</name>
    <message>
        <location filename="../core/ssh/SshHop.cpp" line="+122"/>
        <source>the name %1 was not found</source>
        <translation>de naam %1 is niet gevonden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>out of memory</source>
        <translation>onvoldoende geheugen</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>the server closed the connection while waiting for an answer</source>
        <translation>de server sloot de verbinding terwijl er op een antwoord werd gewacht</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <location line="+2"/>
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>geen antwoord binnen %n seconde</numerusform>
            <numerusform>geen antwoord binnen %n seconden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>connection refused</source>
        <translation>verbinding geweigerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>network unreachable</source>
        <translation>netwerk onbereikbaar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server closed the connection</source>
        <translation>de server sloot de verbinding</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>key exchange failed: no %1 in common (the server offers %2; this connection %3)</source>
        <translation>sleuteluitwisseling mislukt: geen gemeenschappelijke %1 (de server biedt %2; deze verbinding %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>key exchange failed: %1</source>
        <translation>sleuteluitwisseling mislukt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server sent no host key</source>
        <translation>de server stuurde geen hostsleutel</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the host key has changed (the server now shows %1 %2; %3 lists %4). Someone may be intercepting the connection.</source>
        <translation>de hostsleutel is gewijzigd (de server toont nu %1 %2; %3 vermeldt %4). Mogelijk onderschept iemand de verbinding.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server&apos;s key %1 is marked as revoked in %2</source>
        <translation>de sleutel %1 van de server staat als ingetrokken in %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the answer was about another key than the server&apos;s %1</source>
        <translation>het antwoord ging over een andere sleutel dan die van de server (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the host key %1 was not accepted</source>
        <translation>de hostsleutel %1 is niet geaccepteerd</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 “%2” names no algorithm libssh supports</source>
        <translation>%1 “%2” noemt geen algoritme dat libssh ondersteunt</translation>
    </message>
</context>
<context>
    <name>wb::SshHostOptions</name>
    <message>
        <location filename="../core/inventory/SshHostOptions.cpp" line="+85"/>
        <source>“%1” is not an SSH option Werkbank keeps per host (%2).</source>
        <translation>“%1” is geen SSH-optie die Werkbank per host bewaart (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs a value.</source>
        <translation>%1 heeft een waarde nodig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value of %1 contains a line break or another control character.</source>
        <translation>De waarde van %1 bevat een regeleinde of een ander stuurteken.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 takes seconds from %2 to %3, not “%4”.</source>
        <translation>%1 neemt seconden van %2 tot %3, niet “%4”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes a number from %2 to %3, not “%4”.</source>
        <translation>%1 neemt een getal van %2 tot %3, niet “%4”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 takes yes or no, not “%2”.</source>
        <translation>%1 neemt yes of no, niet “%2”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 “%2” changes OpenSSH&apos;s default list; libssh takes only a full list: name the algorithms themselves.</source>
        <translation>%1 “%2” wijzigt de standaardlijst van OpenSSH; libssh neemt alleen een volledige lijst: noem de algoritmen zelf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 takes algorithm names separated by commas, not “%2”.</source>
        <translation>%1 neemt algoritmenamen gescheiden door komma&apos;s, niet “%2”.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 is given twice; a host has one value for each option.</source>
        <translation>%1 staat er twee keer; een host heeft één waarde per optie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SSH option “%1” is not written as Werkbank stores it (“%2”).</source>
        <translation>De SSH-optie “%1” is niet geschreven zoals Werkbank haar bewaart (“%2”).</translation>
    </message>
</context>
<context>
    <name>wb::SshSessionChannel</name>
    <message>
        <location filename="../core/ssh/SshSessionChannel.cpp" line="+109"/>
        <source>the jump host could not connect to %1 port %2: %3</source>
        <translation>de jumphost kon geen verbinding maken met %1 poort %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server refused a session</source>
        <translation>de server weigerde een sessie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the server refused a terminal</source>
        <translation>de server weigerde een terminal</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the server refused to start a shell</source>
        <translation>de server weigerde een shell te starten</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the server offers no %1 service</source>
        <translation>de server biedt geen %1-dienst</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the connection was lost</source>
        <translation>de verbinding is verbroken</translation>
    </message>
</context>
<context>
    <name>wb::SshTokens</name>
    <message>
        <location filename="../core/text/SshTokens.cpp" line="+30"/>
        <source>“%1” ends with a lone “%”: write “%%” for a percent sign.</source>
        <translation>“%1” eindigt op een losse “%”: schrijf “%%” voor een procentteken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” uses the token “%2”, which is not known here (known: %3 and %%).</source>
        <translation>“%1” gebruikt het token “%2”, dat hier niet bekend is (bekend: %3 en %%).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” opens “${” without closing it with “}”.</source>
        <translation>“%1” opent “${” zonder het met “}” te sluiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” names no environment variable between “${” and “}”.</source>
        <translation>“%1” noemt geen omgevingsvariabele tussen “${” en “}”.</translation>
    </message>
</context>
<context>
    <name>wb::SshWorker</name>
    <message numerus="yes">
        <location filename="../core/ssh/SshWorker.cpp" line="+80"/>
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>geen antwoord binnen %n seconde</numerusform>
            <numerusform>geen antwoord binnen %n seconden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (jump host for %2)</source>
        <translation>%1 (jumphost voor %2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>nothing to do on the connection</source>
        <translation>niets te doen op de verbinding</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>out of memory</source>
        <translation>onvoldoende geheugen</translation>
    </message>
    <message>
        <location line="+94"/>
        <location filename="../core/ssh/SshWorkerReuse.cpp" line="+64"/>
        <source>the connection was lost</source>
        <translation>de verbinding is verbroken</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>no answer from the server for %1 × %2 s</source>
        <translation>geen antwoord van de server gedurende %1 × %2 s</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>the connection was closed</source>
        <translation>de verbinding is gesloten</translation>
    </message>
</context>
<context>
    <name>wb::SudoFileAccess</name>
    <message>
        <location filename="../core/files/SudoFileAccess.cpp" line="+110"/>
        <source>Werkbank edits as root only absolute paths without a line break</source>
        <translation>Werkbank bewerkt als root alleen absolute paden zonder regeleinde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a save of %1 as root</source>
        <translation>opslaan van %1 als root</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a read as root</source>
        <translation>lezen als root</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no connection to the host</source>
        <translation>geen verbinding met de host</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+30"/>
        <source>sudo asks for the login&apos;s password</source>
        <translation>sudo vraagt om het wachtwoord van de login</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>the save was refused (a mode or size that is not one)</source>
        <translation>het opslaan is geweigerd (een ongeldige modus of grootte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file became a link since it was opened</source>
        <translation>het bestand is sinds het openen een koppeling geworden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its folder may be changed by others than root, so it is not written as root: edit it as the folder&apos;s owner</source>
        <translation>de map ervan mag door anderen dan root worden gewijzigd, dus het wordt niet als root geschreven: bewerk het als de eigenaar van de map</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the content did not all arrive; the host&apos;s file was left as it was</source>
        <translation>de inhoud is niet helemaal aangekomen; het bestand op de host is gelaten zoals het was</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>sudo did not accept the password</source>
        <translation>sudo heeft het wachtwoord niet geaccepteerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the login may not use sudo here (sudo said: %1)</source>
        <translation>de login mag hier geen sudo gebruiken (sudo zei: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the host has no sudo: log in as root to edit as root</source>
        <translation>de host heeft geen sudo: meld u aan als root om als root te bewerken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sudo asked something Werkbank cannot answer</source>
        <translation>sudo vroeg iets wat Werkbank niet kan beantwoorden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the script did not start</source>
        <translation>het script is niet gestart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the script did not start: %1</source>
        <translation>het script is niet gestart: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exit status %1</source>
        <translation>afsluitstatus %1</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+111"/>
        <source>no such file</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>not a regular file</source>
        <translation>geen gewoon bestand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an absolute path</source>
        <translation>geen absoluut pad</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>the host&apos;s stat said something else: %1</source>
        <translation>stat op de host gaf iets anders terug: %1</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+140"/>
        <source>larger than 16 MiB</source>
        <translation>groter dan 16 MiB</translation>
    </message>
</context>
<context>
    <name>wb::SudoPrompt</name>
    <message>
        <location filename="../widgets/accounts/SudoPrompt.cpp" line="+21"/>
        <source>Werkbank is logged in to &lt;b&gt;%2&lt;/b&gt; as &lt;b&gt;%1&lt;/b&gt;, so account changes there go through sudo.&lt;br&gt;sudo asks for the password of &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;:</source>
        <translation>Werkbank is op &lt;b&gt;%2&lt;/b&gt; aangemeld als &lt;b&gt;%1&lt;/b&gt;, dus accountwijzigingen daar gaan via sudo.&lt;br&gt;sudo vraagt om het wachtwoord van &lt;b&gt;%1&lt;/b&gt; op &lt;b&gt;%2&lt;/b&gt;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sudo did not accept that password. Try again.</source>
        <translation>sudo heeft dat wachtwoord niet geaccepteerd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sudo Password</source>
        <translation>sudo-wachtwoord</translation>
    </message>
</context>
<context>
    <name>wb::SystemError</name>
    <message>
        <location filename="../core/text/SystemError.cpp" line="+29"/>
        <source>system error %1</source>
        <translation>systeemfout %1</translation>
    </message>
</context>
<context>
    <name>wb::TargetResolver</name>
    <message>
        <location filename="../core/targets/TargetResolver.cpp" line="+34"/>
        <source>Several hosts are named “%1”: %2. Name one by its path, e.g. --host %3.</source>
        <translation>Er zijn meerdere hosts met de naam “%1”: %2. Geef er één op met het pad, bijvoorbeeld --host %3.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no group “%1” in the inventory.</source>
        <translation>Er is geen groep “%1” in de inventaris.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The ProxyJump chain of “%1” names a host the config does not define.</source>
        <translation>De ProxyJump-keten van “%1” noemt een host die de configuratie niet definieert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” is neither an inventory host nor user@host:port.</source>
        <translation>“%1” is geen host uit de inventaris en ook geen gebruiker@host:poort.</translation>
    </message>
</context>
<context>
    <name>wb::TeamHostKeyStore</name>
    <message>
        <location filename="../core/targets/TeamHostKeyStore.cpp" line="+24"/>
        <location line="+40"/>
        <source>Cannot read the team&apos;s known hosts: %1</source>
        <translation>Kan de bekende hosts van het team niet lezen: %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>A host key for the team needs a host and a key.</source>
        <translation>Een hostsleutel voor het team heeft een host en een sleutel nodig.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The team already trusts another %1 key for %2; remove it first if the server&apos;s key really changed.</source>
        <translation>Het team vertrouwt al een andere %1-sleutel voor %2; verwijder die eerst als de sleutel van de server echt is gewijzigd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot trust the key for the team: %1</source>
        <translation>Kan de sleutel niet voor het team vertrouwen: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot remove the team&apos;s key: %1</source>
        <translation>Kan de sleutel van het team niet verwijderen: %1</translation>
    </message>
</context>
<context>
    <name>wb::TeamKnownHosts</name>
    <message>
        <location filename="../core/ssh/TeamKnownHosts.cpp" line="+84"/>
        <source>accepted for the team by %1 on %2</source>
        <translation>voor het team geaccepteerd door %1 op %2</translation>
    </message>
    <message>
        <location filename="../core/ssh/TeamKnownHosts.h" line="+44"/>
        <source>the team&apos;s known hosts</source>
        <translation>de bekende hosts van het team</translation>
    </message>
</context>
<context>
    <name>wb::TeamRoles</name>
    <message>
        <location filename="../core/storage/TeamRoles.cpp" line="+67"/>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sysadmin</source>
        <translation>Systeembeheer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No role</source>
        <translation>Geen rol</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot read the team workspace&apos;s database name.</source>
        <translation>Kan de databasenaam van de teamwerkruimte niet lezen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the role %1 (the login that sets up a team workspace needs CREATEROLE, or a superuser creates %1 and %2 first): %3</source>
        <translation>Kan de rol %1 niet maken (de login die een teamwerkruimte inricht heeft CREATEROLE nodig, of een superuser maakt eerst %1 en %2): %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot grant the team roles their rights: %1</source>
        <translation>Kan de teamrollen hun rechten niet geven: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A login is given the role helpdesk or sysadmin.</source>
        <translation>Een login krijgt de rol helpdesk of sysadmin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a login name PostgreSQL accepts (1 to 63 bytes, no control characters).</source>
        <translation>“%1” is geen loginnaam die PostgreSQL accepteert (1 tot 63 bytes, geen stuurtekens).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot prepare the password for %1: %2</source>
        <translation>Kan het wachtwoord voor %1 niet voorbereiden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a PostgreSQL connection</source>
        <translation>geen PostgreSQL-verbinding</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot give %1 the role %2: %3</source>
        <translation>Kan %1 de rol %2 niet geven: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no login %1 on this server.</source>
        <translation>Er is geen login %1 op deze server.</translation>
    </message>
</context>
<context>
    <name>wb::TerminalFindBar</name>
    <message>
        <location filename="../widgets/terminal/TerminalFindBar.cpp" line="+20"/>
        <source>Find in terminal</source>
        <translation>Zoeken in terminal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find older (Enter)</source>
        <translation>Oudere treffer zoeken (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find newer (Shift+Enter)</source>
        <translation>Nieuwere treffer zoeken (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
</context>
<context>
    <name>wb::TerminalKeys</name>
    <message>
        <location filename="../widgets/terminal/TerminalKeys.cpp" line="+78"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste</source>
        <translation>Plakken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the Selection</source>
        <translation>De selectie plakken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Alles selecteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the Output</source>
        <translation>Zoeken in de uitvoer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom In</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom Out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset Zoom</source>
        <translation>Zoom herstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll Up a Page</source>
        <translation>Een pagina omhoog schuiven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll Down a Page</source>
        <translation>Een pagina omlaag schuiven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scroll to the Top</source>
        <translation>Naar boven schuiven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll to the Bottom</source>
        <translation>Naar beneden schuiven</translation>
    </message>
</context>
<context>
    <name>wb::TerminalPage</name>
    <message>
        <location filename="../widgets/preferences/PreferencesPages.cpp" line="-113"/>
        <source>Use the &amp;system&apos;s fixed-width font</source>
        <translation>Het &amp;systeemlettertype met vaste breedte gebruiken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> lines</source>
        <translation> regels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines kept above the screen in each session; about 320 bytes a line at 80 columns.</source>
        <translation>Regels die in elke sessie boven het scherm bewaard blijven; ongeveer 320 bytes per regel bij 80 kolommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underline</source>
        <translation>Onderstreping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bar</source>
        <translation>Streep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alt+key sends Escape and the key</source>
        <translation>&amp;Alt+toets stuurt Escape en de toets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As xterm and most terminals do, for the Alt shortcuts of bash, emacs and mc; off: Alt+key sends the key alone.</source>
        <translation>Zoals xterm en de meeste terminals doen, voor de Alt-sneltoetsen van bash, emacs en mc; uit: Alt+toets stuurt alleen de toets.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As&amp;k before pasting text with line breaks</source>
        <translation>&amp;Vragen voor het plakken van tekst met regeleinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the lines first when the program did not turn on bracketed paste, as a shell would run each line as it arrives.</source>
        <translation>Toont eerst de regels als het programma bracketed paste niet heeft aangezet, omdat een shell anders elke regel uitvoert zodra hij binnenkomt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;linking text and cursor</source>
        <translation>K&amp;nipperende tekst en cursor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text a program marks as blinking, and a blinking cursor, blink slowly while the window is active; off: both are drawn steady.</source>
        <translation>Tekst die een programma als knipperend markeert en een knipperende cursor knipperen langzaam zolang het venster actief is; uit: beide blijven stil staan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Font:</source>
        <translation>&amp;Lettertype:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;ze:</source>
        <translation>&amp;Grootte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Kleuren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll&amp;back:</source>
        <translation>Scroll&amp;buffer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ursor:</source>
        <translation>C&amp;ursor:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applied to open sessions at once. Zoom (Ctrl+= and Ctrl+-) stays per session.</source>
        <translation>Geldt meteen voor open sessies. Zoomen (Ctrl+= en Ctrl+-) blijft per sessie.</translation>
    </message>
</context>
<context>
    <name>wb::TerminalSettings</name>
    <message>
        <location filename="../widgets/terminal/TerminalSettings.cpp" line="+32"/>
        <source>Light (Tango on white)</source>
        <translation>Licht (Tango op wit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark (Tango on black)</source>
        <translation>Donker (Tango op zwart)</translation>
    </message>
</context>
<context>
    <name>wb::TerminalView</name>
    <message>
        <location filename="../widgets/terminal/TerminalView.cpp" line="+334"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste</source>
        <translation>Plakken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select All</source>
        <translation>Alles selecteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom In</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom Out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset Zoom</source>
        <translation>Zoom herstellen</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1
Ctrl+click to show it in a Files tab</source>
        <translation>%1
Ctrl+klik om het in een tabblad Bestanden te tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Not opened from a terminal: only web and mail addresses are</source>
        <translation>%1
Niet geopend vanuit een terminal: dat gebeurt alleen met web- en mailadressen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1
Ctrl+click to open</source>
        <translation>%1
Ctrl+klik om te openen</translation>
    </message>
    <message>
        <location filename="../widgets/terminal/TerminalViewInput.cpp" line="+171"/>
        <source>Only web and mail addresses open from a terminal, not %1</source>
        <translation>Vanuit een terminal openen alleen web- en mailadressen, niet %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Link</source>
        <translation>Link openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this link in the browser?</source>
        <translation>Deze link openen in de browser?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It reads “%1” and goes to:
%2</source>
        <translation>Er staat “%1” en de link gaat naar:
%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
</context>
<context>
    <name>wb::TicketCategories</name>
    <message>
        <location filename="../core/tickets/TicketCategories.cpp" line="+30"/>
        <source>The categories could not be read: %1</source>
        <translation>De categorieën konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+19"/>
        <source>A category needs a name without “/”.</source>
        <translation>Een categorie heeft een naam zonder “/” nodig.</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+6"/>
        <location line="+22"/>
        <location line="+7"/>
        <source>There already is a category “%1” there.</source>
        <translation>Daar bestaat al een categorie “%1”.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+17"/>
        <location line="+13"/>
        <source>That category no longer exists.</source>
        <translation>Die categorie bestaat niet meer.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The category “%1” was renamed elsewhere since it was shown; your name was not saved.</source>
        <translation>De categorie “%1” is elders hernoemd sinds ze werd getoond; uw naam is niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The category could not be deleted: %1</source>
        <translation>De categorie kon niet worden verwijderd: %1</translation>
    </message>
</context>
<context>
    <name>wb::TicketCategoryNames</name>
    <message>
        <location filename="../core/tickets/TicketCategoryNames.cpp" line="+23"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>wb::TicketConflict</name>
    <message>
        <location filename="../widgets/tickets/TicketConflict.cpp" line="+30"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(a deleted category)</source>
        <translation>(een verwijderde categorie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, set by hand</source>
        <translation>%1, handmatig ingesteld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from urgency and impact</source>
        <translation>uit urgentie en impact</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requester</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urgency</source>
        <translation>Urgentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assignee</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Solution</source>
        <translation>Oplossing</translation>
    </message>
</context>
<context>
    <name>wb::TicketController</name>
    <message>
        <location filename="../widgets/tickets/TicketController.cpp" line="+40"/>
        <source>New &amp;Ticket for Selected Hosts…</source>
        <translation>Nieuw &amp;ticket voor geselecteerde hosts…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a ticket about the hosts selected in the inventory</source>
        <translation>Een ticket registreren over de hosts die in de inventaris geselecteerd zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Knowledge Base…</source>
        <translation>&amp;Kennisbank…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search and read the solutions published from resolved tickets</source>
        <translation>De oplossingen uit opgeloste tickets doorzoeken en lezen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ticket S&amp;ettings…</source>
        <translation>Ticketinst&amp;ellingen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The priority matrix, resolution times and categories of this workspace</source>
        <translation>De prioriteitsmatrix, oplostijden en categorieën van deze werkruimte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ticket settings saved; they apply to tickets saved from now on.</source>
        <translation>Ticketinstellingen opgeslagen; ze gelden voor tickets die vanaf nu worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop Logging Work</source>
        <translation>Werk niet meer &amp;vastleggen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(deleted host)</source>
        <translation>(verwijderde host)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(deleted directory)</source>
        <translation>(verwijderde directory)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open ticket</source>
        <translation>Ticket openen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Work is no longer logged to a ticket.</source>
        <translation>Werk wordt niet meer in een ticket vastgelegd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Work on the hosts of #%1 is logged to it.</source>
        <translation>Werk aan de hosts van #%1 wordt daarin vastgelegd.</translation>
    </message>
</context>
<context>
    <name>wb::TicketDirectoryLinks</name>
    <message>
        <location filename="../widgets/tickets/TicketDirectoryLinks.cpp" line="+18"/>
        <source>Link Selected Directory</source>
        <translation>Gekozen directory koppelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link the directory selected in the inventory: account actions in it for this ticket go into its work log</source>
        <translation>Koppel de in het inventaris gekozen directory: accountacties daarin voor dit ticket komen in het werklog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the ticket first, then link directories to it.</source>
        <translation>Sla het ticket eerst op en koppel er dan directory&apos;s aan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a directory in the inventory first.</source>
        <translation>Kies eerst een directory in het inventaris.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The directory itself</source>
        <translation>De directory zelf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An account in %1</source>
        <translation>Een account in %1</translation>
    </message>
</context>
<context>
    <name>wb::TicketEditor</name>
    <message>
        <location filename="../widgets/tickets/TicketEditor.cpp" line="+70"/>
        <source>Save Tic&amp;ket</source>
        <translation>Ticket o&amp;pslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the ticket (Ctrl+S)</source>
        <translation>Het ticket opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log My &amp;Work Here</source>
        <translation>Mijn werk hier vast&amp;leggen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make this the active ticket: account actions, runs and sessions on its hosts are logged to it</source>
        <translation>Dit het actieve ticket maken: accountacties, opdrachten en sessies op de hosts ervan worden erin vastgelegd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Directories:</source>
        <translation>Directory&apos;s:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Opening ticket #%1…</source>
        <translation>Ticket #%1 wordt geopend…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Close ticket</source>
        <translation>Ticket sluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” has changes that are not saved.</source>
        <translation>“%1” heeft wijzigingen die niet zijn opgeslagen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <source>New ticket</source>
        <translation>Nieuw ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+64"/>
        <source>Ticket #%1</source>
        <translation>Ticket #%1</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Created %1</source>
        <translation>Aangemaakt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first response %1</source>
        <translation>eerste reactie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved %1</source>
        <translation>opgelost %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed %1</source>
        <translation>gesloten %1</translation>
    </message>
</context>
<context>
    <name>wb::TicketForm</name>
    <message>
        <location filename="../widgets/tickets/TicketForm.cpp" line="+43"/>
        <source>What is wrong, in one line</source>
        <translation>Wat er mis is, in één regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Urgency</source>
        <translation>Urgentie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who works on it</source>
        <translation>Wie eraan werkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Me</source>
        <translation>Mi&amp;j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the ticket to yourself</source>
        <translation>Het ticket aan uzelf toewijzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assignee</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add Selected Hosts</source>
        <translation>Geselecteerde hosts toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the hosts selected in the inventory</source>
        <translation>De in de inventaris geselecteerde hosts koppelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>What the requester reports, error messages, what was tried</source>
        <translation>Wat de aanvrager meldt, foutmeldingen, wat er geprobeerd is</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What fixed it; needed to resolve the ticket</source>
        <translation>Wat het verhielp; nodig om het ticket op te lossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publish the solution in the knowledge base when it is resolved</source>
        <translation>De oplossing in de &amp;kennisbank publiceren wanneer het is opgelost</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags for the article, separated by commas</source>
        <translation>Labels voor het artikel, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Set &amp;by hand:</source>
        <translation>Hand&amp;matig:</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>T&amp;itle:</source>
        <translation>Tit&amp;el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester:</source>
        <translation>Aanvrager:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels:</source>
        <translation>Niveaus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>Prioriteit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosts:</source>
        <translation>Hosts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>Besch&amp;rijving:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;olution:</source>
        <translation>&amp;Oplossing:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 — overdue</source>
        <translation>%1 — te laat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set from the priority&apos;s SLA when saved</source>
        <translation>wordt bij opslaan bepaald door de SLA van de prioriteit</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reopen (in progress)</source>
        <translation>Heropenen (in behandeling)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;%1&lt;/b&gt; from urgency and impact</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; volgens urgentie en impact</translation>
    </message>
</context>
<context>
    <name>wb::TicketPanel</name>
    <message>
        <location filename="../widgets/tickets/TicketPanel.cpp" line="+60"/>
        <source>My open tickets</source>
        <translation>Mijn open tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>All open</source>
        <translation>Alle open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved this week</source>
        <translation>Deze week opgelost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tickets</source>
        <translation>Alle tickets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which tickets to list</source>
        <translation>Welke tickets getoond worden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search tickets</source>
        <translation>Tickets doorzoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words in the title, description, work log or solution; end a word with * for a prefix</source>
        <translation>Woorden in titel, beschrijving, werklog of oplossing; eindig een woord op * voor een voorvoegsel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New Ticket…</source>
        <translation>&amp;Nieuw ticket…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a new ticket (Ctrl+N in this pane)</source>
        <translation>Een nieuw ticket registreren (Ctrl+N in dit paneel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only high and very high priority, among the tickets loaded</source>
        <translation>Alleen hoge en zeer hoge prioriteit, van de geladen tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only tickets past their due date, among the tickets loaded</source>
        <translation>Alleen tickets met een verstreken deadline, van de geladen tickets</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Sort by &amp;Priority</source>
        <translation>Sorteren op &amp;prioriteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by &amp;Due Date</source>
        <translation>Sorteren op &amp;deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by &amp;Newest</source>
        <translation>Sorteren op &amp;nieuwste</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log My &amp;Work to This Ticket</source>
        <translation>Mijn &amp;werk in dit ticket vastleggen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No tickets here</source>
        <translation>Hier zijn geen tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+141"/>
        <source>Nothing in this view. Register a ticket with &lt;b&gt;New&lt;/b&gt; (Ctrl+N in this pane), or pick another view.</source>
        <translation>Niets in deze weergave. Registreer een ticket met &lt;b&gt;Nieuw&lt;/b&gt; (Ctrl+N in dit paneel), of kies een andere weergave.</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop logging work to this ticket</source>
        <translation>Geen werk meer in dit ticket vastleggen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The tickets could not be read: %1</source>
        <translation>De tickets konden niet worden gelezen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+53"/>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No ticket in this view has all of the words “%1”.</source>
        <translation>Geen ticket in deze weergave bevat alle woorden “%1”.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Logging work to &lt;b&gt;#%1&lt;/b&gt; %2</source>
        <translation>Werk wordt vastgelegd in &lt;b&gt;#%1&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>wb::TicketSettingsDialog</name>
    <message>
        <location filename="../widgets/tickets/TicketSettingsDialog.cpp" line="+34"/>
        <source>Ticket Settings</source>
        <translation>Ticketinstellingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Priority</source>
        <translation>&amp;Prioriteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due dates</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Categories</source>
        <translation>&amp;Categorieën</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&lt;b&gt;Urgency&lt;/b&gt; ↓ &amp;nbsp; &lt;b&gt;Impact&lt;/b&gt; →</source>
        <translation>&lt;b&gt;Urgentie&lt;/b&gt; ↓ &amp;nbsp; &lt;b&gt;Impact&lt;/b&gt; →</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Priority for urgency %1 and impact %2</source>
        <translation>Prioriteit bij urgentie %1 en impact %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;GLPI&apos;s Defaults</source>
        <translation>Standaardwaarden van &amp;GLPI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A ticket&apos;s priority follows from its urgency and impact, unless it is set by hand. Changes apply to tickets saved from now on.</source>
        <translation>De prioriteit van een ticket volgt uit urgentie en impact, tenzij die handmatig is ingesteld. Wijzigingen gelden voor tickets die vanaf nu worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> h</source>
        <translation> u</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 priority:</source>
        <translation>Prioriteit %1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count &amp;business hours only</source>
        <translation>Alleen &amp;kantooruren tellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Working hours:</source>
        <translation>Werktijden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working days:</source>
        <translation>Werkdagen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How long a ticket may take to resolve, by priority. The due date is set when a ticket is opened and when its priority changes.</source>
        <translation>Hoe lang het oplossen van een ticket mag duren, per prioriteit. De deadline wordt bepaald bij het openen van een ticket en wanneer de prioriteit verandert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Below…</source>
        <translation>&amp;Eronder toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>He&amp;rnoemen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Subcategory</source>
        <translation>Subcategorie toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Category</source>
        <translation>Categorie toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+190"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Categories change at once. Deleting one deletes its subcategories; its tickets keep no category.</source>
        <translation>Categorieën veranderen meteen. Een categorie verwijderen verwijdert ook de subcategorieën; de tickets ervan hebben daarna geen categorie meer.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>urgency %1: %2</source>
        <translation>urgentie %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>P%1 %2 h</source>
        <translation>P%1 %2 u</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; on the clock</source>
        <translation>%1; de klok rond</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; business hours %2–%3, %4</source>
        <translation>%1; kantooruren %2–%3, %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ticket policy</source>
        <translation>Het ticketbeleid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority matrix</source>
        <translation>Prioriteitsmatrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service levels</source>
        <translation>Serviceniveaus</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Rename Category</source>
        <translation>Categorie hernoemen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The category “%1”</source>
        <translation>De categorie “%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete Category</source>
        <translation>Categorie verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1” and its subcategories? Tickets in them keep no category.</source>
        <translation>“%1” en de subcategorieën verwijderen? De tickets erin hebben daarna geen categorie meer.</translation>
    </message>
</context>
<context>
    <name>wb::TicketStore</name>
    <message>
        <location filename="../core/tickets/TicketQueries.cpp" line="+111"/>
        <source>The tickets could not be read: %1</source>
        <translation>De tickets konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+15"/>
        <source>The tickets could not be counted: %1</source>
        <translation>De tickets konden niet worden geteld: %1</translation>
    </message>
    <message>
        <location filename="../core/tickets/TicketRows.h" line="+109"/>
        <source>No workspace is open.</source>
        <translation>Er is geen werkruimte geopend.</translation>
    </message>
    <message>
        <location filename="../core/tickets/TicketStore.cpp" line="+61"/>
        <source>A ticket needs a title.</source>
        <translation>Een ticket heeft een titel nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title is longer than 200 characters; put the details in the description.</source>
        <translation>De titel is langer dan 200 tekens; zet de details in de beschrijving.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The title contains a line break or another control character.</source>
        <translation>De titel bevat een regeleinde of een ander stuurteken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urgency, impact and priority go from %1 (very low) to %2 (very high).</source>
        <translation>Urgentie, impact en prioriteit lopen van %1 (zeer laag) tot %2 (zeer hoog).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is geen e-mailadres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name, address or phone number contains a line break or another control character.</source>
        <translation>Een naam, adres of telefoonnummer bevat een regeleinde of een ander stuurteken.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+67"/>
        <source>Ticket #%1 was changed elsewhere since it was opened; open it again to see the changes.</source>
        <translation>Ticket #%1 is elders gewijzigd sinds het werd geopend; open het opnieuw om de wijzigingen te zien.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>A resolved or closed ticket keeps its solution.</source>
        <translation>Een opgelost of gesloten ticket behoudt zijn oplossing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An assigned ticket keeps its assignee; to take it off someone, move it to in progress or pending.</source>
        <translation>Een toegewezen ticket houdt zijn behandelaar; om het bij iemand weg te halen, zet het op in behandeling of in afwachting.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The ticket&apos;s category no longer exists; choose another.</source>
        <translation>De categorie van het ticket bestaat niet meer; kies een andere.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The ticket could not be saved: %1</source>
        <translation>Het ticket kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The ticket&apos;s hosts could not be saved: %1</source>
        <translation>De hosts van het ticket konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ticket names a host that is not in the inventory (any more).</source>
        <translation>Het ticket noemt een host die niet (meer) in de inventaris staat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The ticket could not be read: %1</source>
        <translation>Het ticket kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>There is no ticket #%1.</source>
        <translation>Er is geen ticket #%1.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The ticket could not be linked to the directory: %1</source>
        <translation>Het ticket kon niet aan de directory worden gekoppeld: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The ticket&apos;s link to the directory could not be removed: %1</source>
        <translation>De koppeling van het ticket aan de directory kon niet worden verwijderd: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The ticket could not be deleted: %1</source>
        <translation>Het ticket kon niet worden verwijderd: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A work log entry needs some text.</source>
        <translation>Een werklogregel heeft tekst nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time spent is from 0 minutes to a month.</source>
        <translation>De bestede tijd ligt tussen 0 minuten en een maand.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is no ticket #%1 to log work on.</source>
        <translation>Er is geen ticket #%1 om werk in vast te leggen.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The work log entry could not be saved: %1</source>
        <translation>De werklogregel kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The work log could not be read: %1</source>
        <translation>Het werklog kon niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>wb::TicketTableModel</name>
    <message>
        <location filename="../models/tickets/TicketTableModel.cpp" line="+119"/>
        <source>Very low</source>
        <translation>Zeer laag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very high</source>
        <translation>Zeer hoog</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (set by hand)</source>
        <translation>%1 (handmatig ingesteld)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Overdue since %1</source>
        <translation>Te laat sinds %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due %1</source>
        <translation>Deadline %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned to %1</source>
        <translation>Toegewezen aan %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Past its due date</source>
        <translation>Deadline verstreken</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
</context>
<context>
    <name>wb::TicketWorkLogPanel</name>
    <message>
        <location filename="../widgets/tickets/TicketWorkLogPanel.cpp" line="+20"/>
        <source>Work log</source>
        <translation>Werklog</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time spent</source>
        <translation>Bestede tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visible to the requester</source>
        <translation>Zichtbaar voor de aanvrager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to Work &amp;Log</source>
        <translation>Aan werklog toe&amp;voegen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What you did or found (Ctrl+Return adds it)</source>
        <translation>Wat u deed of vond (Ctrl+Return voegt het toe)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the ticket first to log work on it</source>
        <translation>Sla het ticket eerst op om er werk in vast te leggen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&lt;p&gt;&lt;i&gt;The work log starts once the ticket is saved.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Het werklog begint zodra het ticket is opgeslagen.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;i&gt;Nothing logged yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Nog niets vastgelegd.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public</source>
        <translation>openbaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
</context>
<context>
    <name>wb::TicketWorkLogger</name>
    <message>
        <location filename="../core/tickets/TicketWorkLogger.cpp" line="+115"/>
        <source>Account %1 on %2: %3 done.</source>
        <translation>Account %1 op %2: %3 uitgevoerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account %1 on %2: %3 failed: %4</source>
        <translation>Account %1 op %2: %3 mislukt: %4</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a command</source>
        <translation>een opdracht</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran %1 on %2 (%3 ok, %4 failed).</source>
        <translation>%1 uitgevoerd op %2 (%3 gelukt, %4 mislukt).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Started port forwards through %1 as %2: %3.</source>
        <translation>Poortforwards via %1 als %2 gestart: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port forwards through %1 as %2 did not start: %3</source>
        <translation>Poortforwards via %1 als %2 zijn niet gestart: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened a remote desktop (%1) to %2.</source>
        <translation>Extern bureaublad (%1) naar %2 geopend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened a remote desktop (%1) to %2 as %3.</source>
        <translation>Extern bureaublad (%1) naar %2 geopend als %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A remote desktop (%1) to %2 ended with a problem: %3</source>
        <translation>Een extern bureaublad (%1) naar %2 eindigde met een probleem: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent %1 a Wake-on-LAN packet (to %2).</source>
        <translation>Wake-on-LAN-pakket naar %1 verstuurd (aan %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent %1 a Wake-on-LAN packet (through %2, to %3).</source>
        <translation>Wake-on-LAN-pakket naar %1 verstuurd (via %2, aan %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not send %1 a Wake-on-LAN packet: %2</source>
        <translation>Kon geen Wake-on-LAN-pakket naar %1 versturen: %2</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>a script</source>
        <translation>een script</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opened an SSH session to %1 as %2.</source>
        <translation>SSH-sessie naar %1 geopend als %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An SSH session to %1 as %2 did not open: %3</source>
        <translation>Een SSH-sessie naar %1 als %2 is niet geopend: %3</translation>
    </message>
</context>
<context>
    <name>wb::TicketWorkflow</name>
    <message>
        <location filename="../core/tickets/TicketWorkflow.cpp" line="+19"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>Toegewezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>In afwachting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The ticket is already %1.</source>
        <translation>Het ticket is al %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A ticket is closed only after it is resolved.</source>
        <translation>Een ticket wordt pas gesloten nadat het is opgelost.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A ticket that is being worked on cannot become new again.</source>
        <translation>Een ticket waaraan gewerkt wordt, kan niet weer nieuw worden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 ticket can only be reopened (to in progress).</source>
        <translation>Een ticket met status %1 kan alleen worden heropend (naar in behandeling).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ticket cannot go from %1 to %2.</source>
        <translation>Een ticket kan niet van %1 naar %2 gaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name who the ticket is assigned to.</source>
        <translation>Geef aan wie het ticket toegewezen krijgt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write down the solution before resolving the ticket.</source>
        <translation>Schrijf de oplossing op voordat u het ticket oplost.</translation>
    </message>
</context>
<context>
    <name>wb::TransferConflictDialog</name>
    <message>
        <location filename="../widgets/files/TransferConflictDialog.cpp" line="+24"/>
        <source>%1, modified %2</source>
        <translation>%1, gewijzigd %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File Exists</source>
        <translation>Bestand bestaat al</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is there already.</source>
        <translation>“%1” staat er al.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a symbolic link</source>
        <translation>een symbolische koppeling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yours (on this computer):</source>
        <translation>Uw bestand (op deze computer):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the host:</source>
        <translation>Op de host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There (on the host):</source>
        <translation>Daar (op de host):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There (on this computer):</source>
        <translation>Daar (op deze computer):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where:</source>
        <translation>Waar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do the &amp;same for the other files of this transfer</source>
        <translation>&amp;Hetzelfde doen voor de andere bestanden van deze overdracht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Overschrijven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace the one there with this copy</source>
        <translation>Het bestand daar door deze kopie vervangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip</source>
        <translation>Over&amp;slaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave the one there as it is and copy nothing</source>
        <translation>Het bestand daar laten zoals het is en niets kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;Both</source>
        <translation>&amp;Beide houden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy under a free name beside it (NAME (1).EXT)</source>
        <translation>Onder een vrije naam ernaast kopiëren (NAAM (1).EXT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>He&amp;rvatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The one there is shorter: go on from where a cut-off copy stopped (NAME.wbpart), or copy it whole if none is left; it replaces the one there when complete</source>
        <translation>Het bestand daar is korter: verder waar een afgebroken kopie stopte (NAAM.wbpart), of het geheel kopiëren als die er niet is; het vervangt het bestand daar als het compleet is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel Transfer</source>
        <translation>Overdracht &amp;annuleren</translation>
    </message>
</context>
<context>
    <name>wb::TransferQueueModel</name>
    <message>
        <location filename="../models/files/TransferQueueModel.cpp" line="+96"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n bestand geüpload</numerusform>
            <numerusform>%n bestanden geüpload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n file(s) downloaded</source>
        <translation>
            <numerusform>%n bestand gedownload</numerusform>
            <numerusform>%n bestanden gedownload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n overgeslagen</numerusform>
            <numerusform>%n overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislukt</numerusform>
            <numerusform>%n mislukt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Waiting</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for your answer</source>
        <translation>Wacht op uw antwoord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying %1</source>
        <translation>%1 kopiëren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Upload to %1</source>
        <translation>Uploaden naar %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download to %1</source>
        <translation>Downloaden naar %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Transfer</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>Resterend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>wb::TransferQueueView</name>
    <message>
        <location filename="../widgets/files/TransferQueueView.cpp" line="+76"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the selected transfers (Delete); what is copied stays, a file cut off stays as NAME.wbpart</source>
        <translation>De gekozen overdrachten stoppen (Delete); wat gekopieerd is blijft, een afgebroken bestand blijft als NAAM.wbpart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear Finished</source>
        <translation>Klaar wissen</translation>
    </message>
</context>
<context>
    <name>wb::TunnelEngine</name>
    <message>
        <location filename="../core/tunnels/TunnelEngine.cpp" line="+207"/>
        <source>the server refused to listen on port %1 (forwarding not allowed there, or the port is in use): %2</source>
        <translation>de server weigerde op poort %1 te luisteren (doorsturen is daar niet toegestaan, of de poort is in gebruik): %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>more than %1 connections at once: new ones are refused</source>
        <translation>meer dan %1 verbindingen tegelijk: nieuwe worden geweigerd</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>this computer ran out of file descriptors; new connections wait</source>
        <translation>deze computer heeft geen bestandsdescriptors meer; nieuwe verbindingen wachten</translation>
    </message>
</context>
<context>
    <name>wb::TunnelSockets</name>
    <message>
        <location filename="../core/tunnels/TunnelSockets.cpp" line="+26"/>
        <source>port %1 on %2 is in use by another program</source>
        <translation>poort %1 op %2 is in gebruik door een ander programma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only root may listen on port %1 (ports below 1024 are privileged)</source>
        <translation>alleen root mag op poort %1 luisteren (poorten onder 1024 zijn bevoorrecht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an address of this computer</source>
        <translation>%1 is geen adres van deze computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>kan niet luisteren op %1 poort %2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every address</source>
        <translation>elk adres</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot listen on %1: %2</source>
        <translation>kan niet luisteren op %1: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>could not connect to %1:%2: %3</source>
        <translation>kon geen verbinding maken met %1:%2: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>could not connect to %1: %2</source>
        <translation>kon geen verbinding maken met %1: %2</translation>
    </message>
</context>
<context>
    <name>wb::TunnelTableModel</name>
    <message>
        <location filename="../models/tunnels/TunnelTableModel.cpp" line="+60"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Local</source>
        <translation>Lokaal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote</source>
        <translation>Op afstand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOCKS proxy</source>
        <translation>SOCKS-proxy</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>port %1 on every address</source>
        <translation>poort %1 op elk adres</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 via %2</source>
        <translation>%1 via %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from here</source>
        <translation>%1 vanaf hier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any host, via %1</source>
        <translation>elke host, via %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Listens where other computers can connect, and reach what %1 reaches through it.</source>
        <translation>Luistert waar andere computers verbinding kunnen maken, en zo bereiken wat %1 bereikt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (not only this computer)</source>
        <translation>%1 (niet alleen deze computer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2 in all)</source>
        <translation>%1 (%2 in totaal)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 in, %2 out</source>
        <translation>%1 in, %2 uit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listens on</source>
        <translation>Luistert op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goes to</source>
        <translation>Gaat naar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections</source>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic</source>
        <translation>Verkeer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>wb::TunnelsView</name>
    <message>
        <location filename="../widgets/tunnels/TunnelsView.cpp" line="+49"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to %1 and start every forward</source>
        <translation>Verbinden met %1 en elke forward starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop every forward and end the connection</source>
        <translation>Elke forward stoppen en de verbinding beëindigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Address</source>
        <translation>Adres &amp;kopiëren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy where the selected forward listens (to point a program at it)</source>
        <translation>Kopiëren waar de geselecteerde forward luistert (om een programma erheen te sturen)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A host&apos;s forwards are set in its settings (Edit → Edit…, Port forwards). Local and SOCKS forwards listen on this computer only, unless an address is given.</source>
        <translation>De forwards van een host staan in de instellingen van de host (Bewerken → Bewerken…, Poortforwards). Lokale en SOCKS-forwards luisteren alleen op deze computer, tenzij er een adres is opgegeven.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not started.</source>
        <translation>Niet gestart.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tunnels: %1</source>
        <translation>Tunnels: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Port forwards through %1: %n connection(s) now</source>
        <translation>
            <numerusform>Poortforwards via %1: nu %n verbinding</numerusform>
            <numerusform>Poortforwards via %1: nu %n verbindingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close Tunnels</source>
        <translation>Tunnels sluiten</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n connection(s) go through the forwards of %1. Stop them and close?</source>
        <translation>
            <numerusform>Er loopt %n verbinding via de forwards van %1. Stoppen en sluiten?</numerusform>
            <numerusform>Er lopen %n verbindingen via de forwards van %1. Stoppen en sluiten?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no port forwards. Add them in its settings (Edit → Edit…).</source>
        <translation>%1 heeft geen poortforwards. Voeg ze toe in de instellingen van de host (Bewerken → Bewerken…).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Forwarding through %1: %n active</source>
        <translation>
            <numerusform>Doorsturen via %1: %n actief</numerusform>
            <numerusform>Doorsturen via %1: %n actief</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n failed (see Problem)</source>
        <translation>
            <numerusform>, %n mislukt (zie Probleem)</numerusform>
            <numerusform>, %n mislukt (zie Probleem)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n connection(s) now.</source>
        <translation>
            <numerusform>; nu %n verbinding.</numerusform>
            <numerusform>; nu %n verbindingen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped.</source>
        <translation>Gestopt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped: %1</source>
        <translation>Gestopt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>The session that started these forwards was closed; they stop when the %n connection(s) through them end.</source>
        <translation>
            <numerusform>De sessie die deze forwards startte is gesloten; ze stoppen wanneer de %n verbinding erdoorheen eindigt.</numerusform>
            <numerusform>De sessie die deze forwards startte is gesloten; ze stoppen wanneer de %n verbindingen erdoorheen eindigen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copied %1.</source>
        <translation>%1 gekopieerd.</translation>
    </message>
</context>
<context>
    <name>wb::WakeController</name>
    <message>
        <location filename="../widgets/fleet/WakeController.cpp" line="+26"/>
        <source>&amp;Wake</source>
        <translation>Wake-on-LAN &amp;sturen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected hosts (or a group&apos;s) a Wake-on-LAN packet, then check until they are up</source>
        <translation>De geselecteerde hosts (of die van een groep) een Wake-on-LAN-pakket sturen en daarna controleren tot ze bereikbaar zijn</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select the hosts (or a group) to wake.</source>
        <translation>Selecteer de hosts (of een groep) om te wekken.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No MAC address is set for %1: add it in the host&apos;s properties (Edit → Edit…) or import it (CSV column mac_address).</source>
        <translation>Voor %1 is geen MAC-adres ingesteld: voeg het toe in de eigenschappen van de host (Bewerken → Bewerken…) of importeer het (CSV-kolom mac_address).</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+8"/>
        <source>Skipped, no MAC address: %1</source>
        <translation>Overgeslagen, geen MAC-adres: %1</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The groups&apos; Wake-on-LAN settings could not be read: %1</source>
        <translation>De Wake-on-LAN-instellingen van de groepen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wake-up packet sent to %1.</source>
        <translation>Wekpakket verstuurd naar %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wake-up packet sent to %1; checking when they are up…</source>
        <translation>Wekpakket verstuurd naar %1; er wordt gecontroleerd wanneer ze bereikbaar zijn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked (their reachability check is off): %1.</source>
        <translation>Niet gecontroleerd (hun bereikbaarheidscontrole staat uit): %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (after %2 s)</source>
        <translation>%1 (na %2 s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Up after waking: %1</source>
        <translation>Bereikbaar na het wekken: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Not up %n minute(s) after the wake-up packet: %1. Is Wake-on-LAN on in its firmware, and does the packet reach its subnet?</source>
        <translation>
            <numerusform>%n minuut na het wekpakket nog niet bereikbaar: %1. Staat Wake-on-LAN aan in de firmware, en bereikt het pakket het subnet?</numerusform>
            <numerusform>%n minuten na het wekpakket nog niet bereikbaar: %1. Staat Wake-on-LAN aan in de firmware, en bereikt het pakket het subnet?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wake</source>
        <translation>Wekken</translation>
    </message>
</context>
<context>
    <name>wb::WakeOnLan</name>
    <message>
        <location filename="../core/fleet/WakeOnLan.cpp" line="+112"/>
        <source>the relay has none of python3, wakeonlan, socat or etherwake to send the packet with</source>
        <translation>de relay heeft geen python3, wakeonlan, socat of etherwake om het pakket mee te sturen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the relay&apos;s tools could not send the packet (etherwake needs root)</source>
        <translation>de hulpmiddelen van de relay konden het pakket niet sturen (etherwake vereist root)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the relay could not send the packet (exit status %1)</source>
        <translation>de relay kon het pakket niet sturen (afsluitstatus %1)</translation>
    </message>
</context>
<context>
    <name>wb::WakeRoute</name>
    <message>
        <location line="-70"/>
        <source>“%1” is not an address to wake hosts at: give an IPv4 address, as 192.0.2.255, with a port after a colon if it is not 9 (192.0.2.255:7).</source>
        <translation>“%1” is geen adres om hosts mee te wekken: geef een IPv4-adres, zoals 192.0.2.255, met een poort na een dubbele punt als die niet 9 is (192.0.2.255:7).</translation>
    </message>
</context>
<context>
    <name>wb::Workspace</name>
    <message>
        <location filename="../core/storage/Workspace.cpp" line="+82"/>
        <source>The workspace address is not valid: %1</source>
        <translation>Het adres van de werkruimte is ongeldig: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Kan de werkruimte %1 niet openen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Werkbank workspace: %2</source>
        <translation>%1 is geen Werkbank-werkruimte: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot configure the workspace %1: %2</source>
        <translation>Kan de werkruimte %1 niet configureren: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot switch the workspace %1 to write-ahead logging.</source>
        <translation>Kan de werkruimte %1 niet omschakelen naar write-ahead logging.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed, so the team workspace %1 cannot be opened (Debian: libqt6sql6-psql).</source>
        <translation>Het PostgreSQL-stuurprogramma van Qt (QPSQL) is niet geïnstalleerd, dus de teamwerkruimte %1 kan niet worden geopend (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot connect to the team workspace %1: %2</source>
        <translation>Kan geen verbinding maken met de teamwerkruimte %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot configure the team workspace %1: %2</source>
        <translation>Kan de teamwerkruimte %1 niet instellen: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the team workspace %1: %2</source>
        <translation>Kan de teamwerkruimte %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database %1 holds no Werkbank workspace yet. Its owner creates one with: werkbank-cli --workspace &apos;%1&apos; workspace init</source>
        <translation>De database %1 bevat nog geen Werkbank-werkruimte. De eigenaar maakt er een met: werkbank-cli --workspace &apos;%1&apos; workspace init</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot prepare the workspace %1: %2</source>
        <translation>Kan de werkruimte %1 niet voorbereiden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the workspace %1: %2</source>
        <translation>Kan de werkruimte %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workspace %1 was written by a newer version of Werkbank (schema %2; this version understands up to %3). Update Werkbank to open it.</source>
        <translation>De werkruimte %1 is geschreven door een nieuwere versie van Werkbank (schema %2; deze versie begrijpt tot en met %3). Werk Werkbank bij om de werkruimte te openen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot start a transaction on %1: %2</source>
        <translation>Kan geen transactie starten op %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Upgrading the workspace %1 to schema %2 failed; it was left unchanged: %3</source>
        <translation>Het bijwerken van de werkruimte %1 naar schema %2 is mislukt; de werkruimte is ongewijzigd gelaten: %3</translation>
    </message>
</context>
<context>
    <name>wb::WorkspaceCopy</name>
    <message>
        <location filename="../core/storage/WorkspaceCopy.cpp" line="+45"/>
        <source>The table %1 cannot be read in both workspaces.</source>
        <translation>De tabel %1 kan niet in beide werkruimten worden gelezen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+179"/>
        <source>Cannot copy into %1: %2</source>
        <translation>Kan niet kopiëren naar %1: %2</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>The target workspace already holds data: copy with --merge to add to it, or into an empty one.</source>
        <translation>De doelwerkruimte bevat al gegevens: kopieer met --merge om eraan toe te voegen, of naar een lege.</translation>
    </message>
</context>
<context>
    <name>wb::WorkspaceLocation</name>
    <message>
        <location filename="../core/storage/WorkspaceLocation.cpp" line="+51"/>
        <source>The host “%1” opens a bracket that it does not close.</source>
        <translation>De host “%1” opent een haakje dat niet wordt gesloten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host “%1” has text after its closing bracket.</source>
        <translation>De host “%1” heeft tekst na het sluithaakje.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The value of “%1” holds a control character.</source>
        <translation>De waarde van “%1” bevat een stuurteken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value of “%1” holds a “;”, which Qt&apos;s PostgreSQL driver cannot pass on.</source>
        <translation>De waarde van “%1” bevat een “;”, die het PostgreSQL-stuurprogramma van Qt niet kan doorgeven.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a port number (1–65535).</source>
        <translation>“%1” is geen poortnummer (1–65535).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a value of “%2”; use one of: %3.</source>
        <translation>“%1” is geen waarde van “%2”; gebruik een van: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A workspace address may not hold a password: Werkbank asks for it, or takes it from the keychain or ~/.pgpass.</source>
        <translation>Een werkruimteadres mag geen wachtwoord bevatten: Werkbank vraagt erom, of haalt het uit de sleutelbos of ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a PostgreSQL connection parameter Werkbank accepts.</source>
        <translation>“%1” is geen PostgreSQL-verbindingsparameter die Werkbank accepteert.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The parameter “%1” has no value (write %1=value).</source>
        <translation>De parameter “%1” heeft geen waarde (schrijf %1=waarde).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1” is missing “=” and a value.</source>
        <translation>Bij “%1” ontbreken “=” en een waarde.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The value of “%1” opens a quote that it does not close.</source>
        <translation>De waarde van “%1” opent een aanhalingsteken dat niet wordt gesloten.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No workspace was given.</source>
        <translation>Er is geen werkruimte opgegeven.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The address names %1 hosts and %2 ports: give one port for all hosts or one per host.</source>
        <translation>Het adres noemt %1 hosts en %2 poorten: geef één poort voor alle hosts of één per host.</translation>
    </message>
</context>
<context>
    <name>wb::WorkspacePage</name>
    <message>
        <location filename="../widgets/preferences/PreferencesPages.cpp" line="+163"/>
        <source>~/.ssh/known_hosts (OpenSSH&apos;s own)</source>
        <translation>~/.ssh/known_hosts (die van OpenSSH)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known_hosts file</source>
        <translation>known_hosts-bestand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These belong to the workspace and are shared by everyone who works in it.</source>
        <translation>Deze horen bij de werkruimte en gelden voor iedereen die erin werkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host keys (this workspace):</source>
        <translation>&amp;Hostsleutels (deze werkruimte):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ticket Settings…</source>
        <translation>&amp;Ticketinstellingen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Business hours, priorities:</source>
        <translation>Werktijden, prioriteiten:</translation>
    </message>
</context>
<context>
    <name>wb::WorkspacePasswordDialog</name>
    <message>
        <location filename="../widgets/main/WorkspaceDialogs.cpp" line="+10"/>
        <source>Team Workspace Password</source>
        <translation>Wachtwoord voor de teamwerkruimte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not accept that password. The password of %1 for %2:</source>
        <translation>De server accepteerde dat wachtwoord niet. Het wachtwoord van %1 voor %2:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password of %1 for %2:</source>
        <translation>Het wachtwoord van %1 voor %2:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Onthouden in de sleutelbos</translation>
    </message>
</context>
<context>
    <name>wb::WorkspaceSettings</name>
    <message>
        <location filename="../core/storage/WorkspaceSettings.cpp" line="+25"/>
        <source>No workspace is open.</source>
        <translation>Er is geen werkruimte geopend.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The setting could not be saved: %1</source>
        <translation>De instelling kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>wb::WorkspaceThread</name>
    <message>
        <location filename="../core/storage/WorkspaceThread.cpp" line="+37"/>
        <source>The team workspace %1 is unreachable: the connection to its server was lost.</source>
        <translation>De teamwerkruimte %1 is onbereikbaar: de verbinding met de server is verbroken.</translation>
    </message>
</context>
<context>
    <name>wb::WriteScope</name>
    <message>
        <location filename="../core/storage/WriteScope.cpp" line="+16"/>
        <location line="+16"/>
        <source>Cannot write to the workspace: %1</source>
        <translation>Kan niet naar de werkruimte schrijven: %1</translation>
    </message>
</context>
</TS>
