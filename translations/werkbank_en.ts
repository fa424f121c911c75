<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>wb::Cli</name>
    <message numerus="yes">
        <location filename="../app/CliCommands.cpp" line="+143" />
        <source>%n bad line(s); nothing was imported. Fix them or pass --skip-bad-lines.</source>
        <translation>
            <numerusform>%n bad line; nothing was imported. Fix them or pass --skip-bad-lines.</numerusform><numerusform>%n bad lines; nothing was imported. Fix them or pass --skip-bad-lines.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::GuiApp</name>
    <message numerus="yes">
        <location filename="../app/GuiApp.cpp" line="+63" />
        <source>Loaded %n host(s).</source>
        <translation>
            <numerusform>Loaded %n host.</numerusform><numerusform>Loaded %n hosts.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::ImportApplier</name>
    <message numerus="yes">
        <location filename="../core/inventory/io/ImportApplier.cpp" line="+37" />
        <source>%n line(s) in the file have errors, so nothing was imported. Fix them, or choose to skip the bad lines.</source>
        <translation>
            <numerusform>%n line in the file have errors, so nothing was imported. Fix them, or choose to skip the bad lines.</numerusform><numerusform>%n lines in the file have errors, so nothing was imported. Fix them, or choose to skip the bad lines.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::ImportDialog</name>
    <message numerus="yes">
        <location filename="../widgets/ImportDialog.cpp" line="+189" />
        <source>%n host(s) found</source>
        <translation>
            <numerusform>%n host found</numerusform><numerusform>%n hosts found</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n bad line(s): nothing is imported unless you skip them</source>
        <translation>
            <numerusform>%n bad line: nothing is imported unless you skip them</numerusform><numerusform>%n bad lines: nothing is imported unless you skip them</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n entry(ies) skipped</source>
        <translation>
            <numerusform>%n entry skipped</numerusform><numerusform>%n entries skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+55" />
        <source>Importing %n host(s)…</source>
        <translation>
            <numerusform>Importing %n host…</numerusform><numerusform>Importing %n hosts…</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::InventoryCommand</name>
    <message numerus="yes">
        <location filename="../widgets/InventoryCommands.cpp" line="+97" />
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform><numerusform>Delete %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+32" />
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform><numerusform>Move %n items</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::InventoryModel</name>
    <message numerus="yes">
        <location filename="../models/InventoryModel.cpp" line="+163" />
        <source>%1 — %n host(s)</source>
        <translation>
            <numerusform>%1 — %n host</numerusform><numerusform>%1 — %n hosts</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::InventoryPanel</name>
    <message numerus="yes">
        <location filename="../widgets/InventoryPanel.cpp" line="+254" />
        <source>%1 of %n host(s) match</source>
        <translation>
            <numerusform>%1 of %n host match</numerusform><numerusform>%1 of %n hosts match</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform><numerusform>%n hosts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source> in %n group(s)</source>
        <translation>
            <numerusform> in %n group</numerusform><numerusform> in %n groups</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+133" />
        <source>Delete group “%1” and the %n host(s) in it?</source>
        <translation>
            <numerusform>Delete group “%1” and the %n host in it?</numerusform><numerusform>Delete group “%1” and the %n hosts in it?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Delete %n selected item(s)?</source>
        <translation>
            <numerusform>Delete %n selected item?</numerusform><numerusform>Delete %n selected items?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>The selected groups hold %n host(s).</source>
        <translation>
            <numerusform>The selected groups hold %n host.</numerusform><numerusform>The selected groups hold %n hosts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <source>Deleted %n host(s).</source>
        <translation>
            <numerusform>Deleted %n host.</numerusform><numerusform>Deleted %n hosts.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::MainWindow</name>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="+158" />
        <source>Exported %n host(s) to %1.</source>
        <translation>
            <numerusform>Exported %n host to %1.</numerusform><numerusform>Exported %n hosts to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>wb::SessionArea</name>
    <message numerus="yes">
        <location filename="../widgets/SessionArea.cpp" line="+36" />
        <source>Your inventory holds %n host(s)</source>
        <translation>
            <numerusform>Your inventory holds %n host</numerusform><numerusform>Your inventory holds %n hosts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source> in %n group(s).</source>
        <translation>
            <numerusform> in %n group.</numerusform><numerusform> in %n groups.</numerusform></translation>
    </message>
</context>
</TS>