<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>wb::AccountsView</name>
    <message numerus="yes">
        <location filename="../widgets/accounts/AccountsView.cpp" line="+302" />
        <source>%Ln account(s) on %1.</source>
        <translation>
            <numerusform>%Ln account on %1.</numerusform><numerusform>%Ln accounts on %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::ApplyUpdatesDialog</name>
    <message numerus="yes">
        <location filename="../widgets/fleet/ApplyUpdatesDialog.cpp" line="+49" />
        <source>%1: %n package(s) with %2</source>
        <translation>
            <numerusform>%1: %n package with %2</numerusform><numerusform>%1: %n packages with %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n security update(s)</source>
        <translation>
            <numerusform>%n security update</numerusform><numerusform>%n security updates</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+49" />
        <source>%n host(s) will be upgraded.</source>
        <translation>
            <numerusform>%n host will be upgraded.</numerusform><numerusform>%n hosts will be upgraded.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::AuditLogDialog</name>
    <message numerus="yes">
        <location filename="../widgets/accounts/AuditLogDialog.cpp" line="+124" />
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform><numerusform>%Ln records</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln record to %1.</numerusform><numerusform>Exported %Ln records to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::CapacityChart</name>
    <message numerus="yes">
        <location filename="../widgets/fleet/CapacityChart.cpp" line="+48" />
        <source>No snapshots of this filesystem in the last %n day(s).</source>
        <translation>
            <numerusform>No snapshots of this filesystem in the last %n day.</numerusform><numerusform>No snapshots of this filesystem in the last %n days.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::CapacityModel</name>
    <message numerus="yes">
        <location filename="../models/fleet/CapacityModel.cpp" line="+56" />
        <source>fills in about %n day(s), on %1</source>
        <translation>
            <numerusform>fills in about %n day, on %1</numerusform><numerusform>fills in about %n days, on %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+40" />
        <source>A forecast needs at least %n snapshot(s) over a day or more.</source>
        <translation>
            <numerusform>A forecast needs at least %n snapshot over a day or more.</numerusform><numerusform>A forecast needs at least %n snapshots over a day or more.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>The least-squares line through the last %n day(s) of snapshots reaches the space left on %1.</source>
        <translation>
            <numerusform>The least-squares line through the last %n day of snapshots reaches the space left on %1.</numerusform><numerusform>The least-squares line through the last %n days of snapshots reaches the space left on %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/ImportCommand.cpp" line="+57" />
        <source>%Ln bad line(s); nothing was imported. Fix them or pass --skip-bad-lines.</source>
        <translation>
            <numerusform>%Ln bad line; nothing was imported. Fix them or pass --skip-bad-lines.</numerusform><numerusform>%Ln bad lines; nothing was imported. Fix them or pass --skip-bad-lines.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommand.cpp" line="+101" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TicketCommand.cpp" line="+191" />
        <source>, %n minute(s)</source>
        <translation>
            <numerusform>, %n minute</numerusform><numerusform>, %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/WorkspaceCommand.cpp" line="+102" />
        <source>Removed %n key(s) for %1 from the team's known hosts.</source>
        <translation>
            <numerusform>Removed %n key for %1 from the team's known hosts.</numerusform><numerusform>Removed %n keys for %1 from the team's known hosts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CheckCommand.cpp" line="+137" />
        <source>%n up</source>
        <translation>
            <numerusform>%n up</numerusform><numerusform>%n up</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n down</source>
        <translation>
            <numerusform>%n down</numerusform><numerusform>%n down</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unknown</numerusform><numerusform>%n unknown</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::CommandRunner</name>
    <message numerus="yes">
        <location filename="../core/ssh/CommandRunner.cpp" line="+129" />
        <source>no result within %n second(s)</source>
        <translation>
            <numerusform>no result within %n second</numerusform><numerusform>no result within %n seconds</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::ConflictDialog</name>
    <message numerus="yes">
        <location filename="../widgets/common/ConflictDialog.cpp" line="+29" />
        <source>%n field(s) changed on both sides.</source>
        <translation>
            <numerusform>%n field changed on both sides.</numerusform><numerusform>%n fields changed on both sides.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::DirectoryAccountsView</name>
    <message numerus="yes">
        <location filename="../widgets/accounts/DirectoryAccountsView.cpp" line="+63" />
        <source>%Ln action(s) done in %1.</source>
        <translation>
            <numerusform>%Ln action done in %1.</numerusform><numerusform>%Ln actions done in %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+227" />
        <source>Linked %n account(s) to ticket #%1.</source>
        <translation>
            <numerusform>Linked %n account to ticket #%1.</numerusform><numerusform>Linked %n accounts to ticket #%1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+83" />
        <source>Searching %1… %Ln found so far</source>
        <translation>
            <numerusform>Searching %1… %Ln found so far</numerusform><numerusform>Searching %1… %Ln found so far</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%Ln account(s) found in %1.</source>
        <translation>
            <numerusform>%Ln account found in %1.</numerusform><numerusform>%Ln accounts found in %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+40" />
        <source>%1 these %Ln account(s) in %2?</source>
        <translation>
            <numerusform>%1 these %Ln account in %2?</numerusform><numerusform>%1 these %Ln accounts in %2?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>“Password never expires” is set on %Ln of these account(s); while it is, “must change” has no effect. Clear it as well?</source>
        <translation>
            <numerusform>“Password never expires” is set on %Ln of these account; while it is, “must change” has no effect. Clear it as well?</numerusform><numerusform>“Password never expires” is set on %Ln of these accounts; while it is, “must change” has no effect. Clear it as well?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+83" />
        <source>%n accounts</source>
        <translation>
            <numerusform>%n accounts</numerusform><numerusform>%n accounts</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::DirectoryDialog</name>
    <message numerus="yes">
        <location filename="../widgets/inventory/DirectoryDialog.cpp" line="+214" />
        <source>%Ln domain controller(s) found.</source>
        <translation>
            <numerusform>%Ln domain controller found.</numerusform><numerusform>%Ln domain controllers found.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::FileBrowser</name>
    <message numerus="yes">
        <location filename="../widgets/files/FileBrowser.cpp" line="+279" />
        <source>%n file(s) of %1 are open in an editor; saves made after the tab closes do not reach the host. Close?</source>
        <translation>
            <numerusform>%n file of %1 are open in an editor; saves made after the tab closes do not reach the host. Close?</numerusform><numerusform>%n files of %1 are open in an editor; saves made after the tab closes do not reach the host. Close?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%n transfer(s) to or from %1 are not done. Cancel them and close?</source>
        <translation>
            <numerusform>%n transfer to or from %1 are not done. Cancel them and close?</numerusform><numerusform>%n transfers to or from %1 are not done. Cancel them and close?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+81" />
        <location line="+1" />
        <location filename="../widgets/files/FileBrowserOperations.cpp" line="+242" />
        <location line="+33" />
        <location line="+70" />
        <location line="+28" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="-1" />
        <source>(%n hidden: Ctrl+H)</source>
        <translation>
            <numerusform>(%n hidden: Ctrl+H)</numerusform><numerusform>(%n hidden: Ctrl+H)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/files/FileBrowserOperations.cpp" line="-143" />
        <source>Downloading %n item(s) to %1…</source>
        <translation>
            <numerusform>Downloading %n item to %1…</numerusform><numerusform>Downloading %n items to %1…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+47" />
        <source>Uploading %n item(s) to %1…</source>
        <translation>
            <numerusform>Uploading %n item to %1…</numerusform><numerusform>Uploading %n items to %1…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+155" />
        <source>Fetching %n item(s) for the drop…</source>
        <translation>
            <numerusform>Fetching %n item for the drop…</numerusform><numerusform>Fetching %n items for the drop…</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::FleetController</name>
    <message numerus="yes">
        <location filename="../widgets/fleet/FleetController.cpp" line="+88" />
        <source>Reachability: %n up</source>
        <translation>
            <numerusform>Reachability: %n up</numerusform><numerusform>Reachability: %n up</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n down</source>
        <translation>
            <numerusform>%n down</numerusform><numerusform>%n down</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n not known</source>
        <translation>
            <numerusform>%n not known</numerusform><numerusform>%n not known</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>Facts: %n host(s) gathered</source>
        <translation>
            <numerusform>Facts: %n host gathered</numerusform><numerusform>Facts: %n hosts gathered</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n failed (see the Updates column's tooltip)</source>
        <translation>
            <numerusform>%n failed (see the Updates column's tooltip)</numerusform><numerusform>%n failed (see the Updates column's tooltip)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+25" />
        <source>Gathering the facts of %n host(s)…</source>
        <translation>
            <numerusform>Gathering the facts of %n host…</numerusform><numerusform>Gathering the facts of %n hosts…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>Checking %n host(s)…</source>
        <translation>
            <numerusform>Checking %n host…</numerusform><numerusform>Checking %n hosts…</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::FleetOverview</name>
    <message numerus="yes">
        <location filename="../widgets/fleet/FleetOverview.cpp" line="+93" />
        <source>&lt;b&gt;Capacity&lt;/b&gt;: the fleet's filesystems by days to full (the trend of the last %n day(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Capacity&lt;/b&gt;: the fleet's filesystems by days to full (the trend of the last %n day)</numerusform><numerusform>&lt;b&gt;Capacity&lt;/b&gt;: the fleet's filesystems by days to full (the trend of the last %n days)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+47" />
        <source>%n host(s) in the inventory: %1 with facts, %2 checked for reachability.</source>
        <translation>
            <numerusform>%n host in the inventory: %1 with facts, %2 checked for reachability.</numerusform><numerusform>%n hosts in the inventory: %1 with facts, %2 checked for reachability.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::GuiApp</name>
    <message numerus="yes">
        <location filename="../app/GuiApp.cpp" line="+45" />
        <source>Loaded %Ln host(s).</source>
        <translation>
            <numerusform>Loaded %Ln host.</numerusform><numerusform>Loaded %Ln hosts.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::HostFactsView</name>
    <message numerus="yes">
        <location filename="../widgets/fleet/HostFactsView.cpp" line="+61" />
        <source>&amp;History (%n day(s))</source>
        <translation>
            <numerusform>&amp;History (%n day)</numerusform><numerusform>&amp;History (%n days)</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::ImportApplier</name>
    <message numerus="yes">
        <location filename="../core/inventory/io/ImportApplier.cpp" line="+34" />
        <source>%Ln line(s) in the file have errors, so nothing was imported. Fix them, or choose to skip the bad lines.</source>
        <translation>
            <numerusform>%Ln line in the file have errors, so nothing was imported. Fix them, or choose to skip the bad lines.</numerusform><numerusform>%Ln lines in the file have errors, so nothing was imported. Fix them, or choose to skip the bad lines.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::ImportDialog</name>
    <message numerus="yes">
        <location filename="../widgets/inventory/ImportDialog.cpp" line="+196" />
        <source>%Ln host(s) found</source>
        <translation>
            <numerusform>%Ln host found</numerusform><numerusform>%Ln hosts found</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln bad line(s): nothing is imported unless you skip them</source>
        <translation>
            <numerusform>%Ln bad line: nothing is imported unless you skip them</numerusform><numerusform>%Ln bad lines: nothing is imported unless you skip them</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln entry(ies) skipped</source>
        <translation>
            <numerusform>%Ln entry skipped</numerusform><numerusform>%Ln entries skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+51" />
        <source>Importing %Ln host(s)…</source>
        <translation>
            <numerusform>Importing %Ln host…</numerusform><numerusform>Importing %Ln hosts…</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::ImportOffers</name>
    <message numerus="yes">
        <location filename="../widgets/inventory/ImportOffers.cpp" line="+77" />
        <source>Review %Ln host(s) from %1…</source>
        <translation>
            <numerusform>Review %Ln host from %1…</numerusform><numerusform>Review %Ln hosts from %1…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Import %Ln host(s) from %1</source>
        <translation>
            <numerusform>Import %Ln host from %1</numerusform><numerusform>Import %Ln hosts from %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%Ln entry(ies) skipped (wildcards, YAML files, programs…)</source>
        <translation>
            <numerusform>%Ln entry skipped (wildcards, YAML files, programs…)</numerusform><numerusform>%Ln entries skipped (wildcards, YAML files, programs…)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>%1 has %Ln bad line(s).</source>
        <translation>
            <numerusform>%1 has %Ln bad line.</numerusform><numerusform>%1 has %Ln bad lines.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>The other %Ln host(s) can be imported without them.</source>
        <translation>
            <numerusform>The other %Ln host can be imported without them.</numerusform><numerusform>The other %Ln hosts can be imported without them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+18" />
        <source>Importing %Ln host(s)…</source>
        <translation>
            <numerusform>Importing %Ln host…</numerusform><numerusform>Importing %Ln hosts…</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::InventoryCommand</name>
    <message numerus="yes">
        <location filename="../widgets/inventory/InventoryCommands.cpp" line="+128" />
        <source>Delete %Ln item(s)</source>
        <translation>
            <numerusform>Delete %Ln item</numerusform><numerusform>Delete %Ln items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+32" />
        <source>Move %Ln item(s)</source>
        <translation>
            <numerusform>Move %Ln item</numerusform><numerusform>Move %Ln items</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::InventoryController</name>
    <message numerus="yes">
        <location filename="../widgets/inventory/InventoryController.cpp" line="+76" />
        <source>Exported %Ln host(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln host to %1.</numerusform><numerusform>Exported %Ln hosts to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::InventoryEdits</name>
    <message numerus="yes">
        <location filename="../widgets/inventory/InventoryEdits.cpp" line="+326" />
        <source>Delete group “%1” and the %Ln host(s) in it?</source>
        <translation>
            <numerusform>Delete group “%1” and the %Ln host in it?</numerusform><numerusform>Delete group “%1” and the %Ln hosts in it?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Delete %Ln selected item(s)?</source>
        <translation>
            <numerusform>Delete %Ln selected item?</numerusform><numerusform>Delete %Ln selected items?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>The selected groups hold %Ln host(s).</source>
        <translation>
            <numerusform>The selected groups hold %Ln host.</numerusform><numerusform>The selected groups hold %Ln hosts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+25" />
        <source>Deleted %Ln host(s).</source>
        <translation>
            <numerusform>Deleted %Ln host.</numerusform><numerusform>Deleted %Ln hosts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Deleted %Ln host(s) and %1.</source>
        <translation>
            <numerusform>Deleted %Ln host and %1.</numerusform><numerusform>Deleted %Ln hosts and %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln directory(s)</source>
        <translation>
            <numerusform>%Ln directory</numerusform><numerusform>%Ln directorys</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::InventoryFacts</name>
    <message numerus="yes">
        <location filename="../models/inventory/InventoryFacts.cpp" line="+20" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+35" />
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform><numerusform>%n d</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::InventoryItemText</name>
    <message numerus="yes">
        <location filename="../models/inventory/InventoryItemText.cpp" line="+49" />
        <source>%1 — %Ln host(s)</source>
        <translation>
            <numerusform>%1 — %Ln host</numerusform><numerusform>%1 — %Ln hosts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>%Ln open ticket(s)</source>
        <translation>
            <numerusform>%Ln open ticket</numerusform><numerusform>%Ln open tickets</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::InventoryPanel</name>
    <message numerus="yes">
        <location filename="../widgets/inventory/InventoryPanel.cpp" line="+343" />
        <source>%1 of %Ln host(s) match</source>
        <translation>
            <numerusform>%1 of %Ln host match</numerusform><numerusform>%1 of %Ln hosts match</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln host(s)</source>
        <translation>
            <numerusform>%Ln host</numerusform><numerusform>%Ln hosts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source> in %Ln group(s)</source>
        <translation>
            <numerusform> in %Ln group</numerusform><numerusform> in %Ln groups</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>, %Ln directory(s)</source>
        <translation>
            <numerusform>, %Ln directory</numerusform><numerusform>, %Ln directorys</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::InventoryReachability</name>
    <message numerus="yes">
        <location filename="../models/inventory/InventoryReachability.cpp" line="+119" />
        <source>%n down</source>
        <translation>
            <numerusform>%n down</numerusform><numerusform>%n down</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::KnowledgeBaseDialog</name>
    <message numerus="yes">
        <location filename="../widgets/tickets/KnowledgeBaseDialog.cpp" line="+78" />
        <source>%Ln article(s), newest first</source>
        <translation>
            <numerusform>%Ln article, newest first</numerusform><numerusform>%Ln articles, newest first</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln article(s) with all of these words</source>
        <translation>
            <numerusform>%Ln article with all of these words</numerusform><numerusform>%Ln articles with all of these words</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::LogView</name>
    <message numerus="yes">
        <location filename="../widgets/fleet/LogView.cpp" line="+172" />
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform><numerusform>%n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+122" />
        <source>Exported %n line(s) to %1.</source>
        <translation>
            <numerusform>Exported %n line to %1.</numerusform><numerusform>Exported %n lines to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+46" />
        <source>paused: %n new line(s) held back</source>
        <translation>
            <numerusform>paused: %n new line held back</numerusform><numerusform>paused: %n new lines held back</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::PasswordListDialog</name>
    <message numerus="yes">
        <location filename="../widgets/accounts/PasswordListDialog.cpp" line="+43" />
        <source>Werkbank shows them only this once and keeps them nowhere. A copy on the clipboard is removed after %n second(s).</source>
        <translation>
            <numerusform>Werkbank shows them only this once and keeps them nowhere. A copy on the clipboard is removed after %n second.</numerusform><numerusform>Werkbank shows them only this once and keeps them nowhere. A copy on the clipboard is removed after %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::PasswordPolicy</name>
    <message numerus="yes">
        <location filename="../core/accounts/PasswordPolicy.cpp" line="+13" />
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>at least %n character</numerusform><numerusform>at least %n characters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>not one of the last %n password(s)</source>
        <translation>
            <numerusform>not one of the last %n password</numerusform><numerusform>not one of the last %n passwords</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Locked out after %n bad password(s).</source>
        <translation>
            <numerusform>Locked out after %n bad password.</numerusform><numerusform>Locked out after %n bad passwords.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::PasswordRevealDialog</name>
    <message numerus="yes">
        <location filename="../widgets/accounts/PasswordRevealDialog.cpp" line="+34" />
        <source>Werkbank shows it only this once and keeps it nowhere. A copy on the clipboard is removed after %n second(s).</source>
        <translation>
            <numerusform>Werkbank shows it only this once and keeps it nowhere. A copy on the clipboard is removed after %n second.</numerusform><numerusform>Werkbank shows it only this once and keeps it nowhere. A copy on the clipboard is removed after %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::PasteConfirmDialog</name>
    <message numerus="yes">
        <location filename="../widgets/terminal/PasteConfirmDialog.cpp" line="+41" />
        <source>Paste %n line(s)? The program did not ask for pasted text, so a shell runs each line as it arrives.</source>
        <translation>
            <numerusform>Paste %n line? The program did not ask for pasted text, so a shell runs each line as it arrives.</numerusform><numerusform>Paste %n lines? The program did not ask for pasted text, so a shell runs each line as it arrives.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… and %n more line</numerusform><numerusform>… and %n more lines</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::QuitWaitDialog</name>
    <message numerus="yes">
        <location filename="../widgets/main/QuitWaitDialog.cpp" line="+48" />
        <source>Waiting for %n action(s)…</source>
        <translation>
            <numerusform>Waiting for %n action…</numerusform><numerusform>Waiting for %n actions…</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::ReachabilityWords</name>
    <message numerus="yes">
        <location filename="../core/fleet/ReachabilitySweep.cpp" line="+19" />
        <source>no answer within %n s</source>
        <translation>
            <numerusform>no answer within %n s</numerusform><numerusform>no answer within %n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>connected, but no SSH banner within %n s</source>
        <translation>
            <numerusform>connected, but no SSH banner within %n s</numerusform><numerusform>connected, but no SSH banner within %n s</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::ResetPasswordDialog</name>
    <message numerus="yes">
        <location filename="../widgets/accounts/ResetPasswordDialog.cpp" line="+135" />
        <source>The policy asks for at least %n characters.</source>
        <translation>
            <numerusform>The policy asks for at least %n characters.</numerusform><numerusform>The policy asks for at least %n characters.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::RunCommandDialog</name>
    <message numerus="yes">
        <location filename="../widgets/run/RunCommandDialog.cpp" line="+25" />
        <source>Run on %Ln host(s). One line is a command; several lines are a script, sent to &lt;tt&gt;sh -s&lt;/tt&gt; on standard input.</source>
        <translation>
            <numerusform>Run on %Ln host. One line is a command; several lines are a script, sent to &lt;tt&gt;sh -s&lt;/tt&gt; on standard input.</numerusform><numerusform>Run on %Ln hosts. One line is a command; several lines are a script, sent to &lt;tt&gt;sh -s&lt;/tt&gt; on standard input.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::RunGroupsModel</name>
    <message numerus="yes">
        <location filename="../models/run/RunGroupsModel.cpp" line="+86" />
        <source>%Ln host(s): %1</source>
        <translation>
            <numerusform>%Ln host: %1</numerusform><numerusform>%Ln hosts: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::RunHostKeysDialog</name>
    <message numerus="yes">
        <location filename="../widgets/run/RunHostKeysDialog.cpp" line="+18" />
        <source>%Ln host(s) present keys that known_hosts does not list. Compare the fingerprints with ones you trust; the hosts you do not accept are not contacted.</source>
        <translation>
            <numerusform>%Ln host present keys that known_hosts does not list. Compare the fingerprints with ones you trust; the hosts you do not accept are not contacted.</numerusform><numerusform>%Ln hosts present keys that known_hosts does not list. Compare the fingerprints with ones you trust; the hosts you do not accept are not contacted.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::RunView</name>
    <message numerus="yes">
        <location filename="../widgets/run/RunView.cpp" line="+46" />
        <source>script (%Ln line(s))</source>
        <translation>
            <numerusform>script (%Ln line)</numerusform><numerusform>script (%Ln lines)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>&lt;b&gt;%1&lt;/b&gt; on %Ln host(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; on %Ln host</numerusform><numerusform>&lt;b&gt;%1&lt;/b&gt; on %Ln hosts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+175" />
        <source>%Ln host(s): %1</source>
        <translation>
            <numerusform>%Ln host: %1</numerusform><numerusform>%Ln hosts: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+44" />
        <source>Exported %Ln host(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln host to %1.</numerusform><numerusform>Exported %Ln hosts to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::SessionArea</name>
    <message numerus="yes">
        <location filename="../widgets/main/SessionArea.cpp" line="+80" />
        <source>Your inventory holds %Ln host(s)</source>
        <translation>
            <numerusform>Your inventory holds %Ln host</numerusform><numerusform>Your inventory holds %Ln hosts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source> in %Ln group(s).</source>
        <translation>
            <numerusform> in %Ln group.</numerusform><numerusform> in %Ln groups.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+264" />
        <source>%Ln ticket(s) have changes that are not saved.</source>
        <translation>
            <numerusform>%Ln ticket has changes that are not saved.</numerusform><numerusform>%Ln tickets have changes that are not saved.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+26" />
        <source>%Ln session(s) still open. Close them and quit?</source>
        <translation>
            <numerusform>%Ln session still open. Close them and quit?</numerusform><numerusform>%Ln sessions still open. Close them and quit?</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::SessionController</name>
    <message numerus="yes">
        <location filename="../widgets/session/SessionController.cpp" line="+265" />
        <source>Forgot the saved passwords and passphrases of %Ln host(s).</source>
        <translation>
            <numerusform>Forgot the saved passwords and passphrases of %Ln host.</numerusform><numerusform>Forgot the saved passwords and passphrases of %Ln hosts.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::SnippetLibraryDialog</name>
    <message numerus="yes">
        <location filename="../widgets/run/SnippetLibraryDialog.cpp" line="+67" />
        <source>&amp;Run on %Ln host(s)</source>
        <translation>
            <numerusform>&amp;Run on %Ln host</numerusform><numerusform>&amp;Run on %Ln hosts</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::SshHop</name>
    <message numerus="yes">
        <location filename="../core/ssh/SshHop.cpp" line="+271" />
        <location line="+2" />
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform><numerusform>no answer within %n seconds</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::SshWorker</name>
    <message numerus="yes">
        <location filename="../core/ssh/SshWorker.cpp" line="+80" />
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform><numerusform>no answer within %n seconds</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::TicketPanel</name>
    <message numerus="yes">
        <location filename="../widgets/tickets/TicketPanel.cpp" line="+235" />
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform><numerusform>%Ln tickets</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::TicketWorkLogPanel</name>
    <message numerus="yes">
        <location filename="../widgets/tickets/TicketWorkLogPanel.cpp" line="+132" />
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::TicketWorkLogger</name>
    <message numerus="yes">
        <location filename="../core/tickets/TicketWorkLogger.cpp" line="+150" />
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform><numerusform>%n hosts</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::TransferQueueModel</name>
    <message numerus="yes">
        <location filename="../models/files/TransferQueueModel.cpp" line="+207" />
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n file uploaded</numerusform><numerusform>%n files uploaded</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n file(s) downloaded</source>
        <translation>
            <numerusform>%n file downloaded</numerusform><numerusform>%n files downloaded</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform><numerusform>%n skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::TunnelsView</name>
    <message numerus="yes">
        <location filename="../widgets/tunnels/TunnelsView.cpp" line="+130" />
        <source>Port forwards through %1: %n connection(s) now</source>
        <translation>
            <numerusform>Port forwards through %1: %n connection now</numerusform><numerusform>Port forwards through %1: %n connections now</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <source>%n connection(s) go through the forwards of %1. Stop them and close?</source>
        <translation>
            <numerusform>%n connection go through the forwards of %1. Stop them and close?</numerusform><numerusform>%n connections go through the forwards of %1. Stop them and close?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+71" />
        <source>Forwarding through %1: %n active</source>
        <translation>
            <numerusform>Forwarding through %1: %n active</numerusform><numerusform>Forwarding through %1: %n active</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>, %n failed (see Problem)</source>
        <translation>
            <numerusform>, %n failed (see Problem)</numerusform><numerusform>, %n failed (see Problem)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>; %n connection(s) now.</source>
        <translation>
            <numerusform>; %n connection now.</numerusform><numerusform>; %n connections now.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+38" />
        <source>The session that started these forwards was closed; they stop when the %n connection(s) through them end.</source>
        <translation>
            <numerusform>The session that started these forwards was closed; they stop when the %n connection through them end.</numerusform><numerusform>The session that started these forwards was closed; they stop when the %n connections through them end.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::WakeController</name>
    <message numerus="yes">
        <location filename="../widgets/fleet/WakeController.cpp" line="+180" />
        <source>Not up %n minute(s) after the wake-up packet: %1. Is Wake-on-LAN on in its firmware, and does the packet reach its subnet?</source>
        <translation>
            <numerusform>Not up %n minute after the wake-up packet: %1. Is Wake-on-LAN on in its firmware, and does the packet reach its subnet?</numerusform><numerusform>Not up %n minutes after the wake-up packet: %1. Is Wake-on-LAN on in its firmware, and does the packet reach its subnet?</numerusform></translation>
    </message>
</context>
</TS>