<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>AddPeopleDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="153"/>
        <source>Add people to the mission</source>
        <translation>Lägg till personer i resan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="159"/>
        <source>Search the directory: name, organisation, country, e-mail…</source>
        <translation>Sök i registret: namn, organisation, land, e-post…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="180"/>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="181"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="188"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="206"/>
        <source>Select one or more people (Ctrl or Shift to select several).</source>
        <translation>Välj en eller flera personer (Ctrl eller Shift för att välja flera).</translation>
    </message>
</context>
<context>
    <name>AgendaImportDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="613"/>
        <source>Import agenda</source>
        <translation>Importera agenda</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="616"/>
        <source>&lt;b&gt;Import %1 into %2 — %3?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Importera %1 till %2 — %3?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="629"/>
        <source>Times are read in the event&apos;s own zone and shown in %1.</source>
        <translation>Tiderna läses i evenemangets egen tidszon och visas i %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="633"/>
        <source>Items keep the kind, room and audience you set in PIMAP; the file sets titles, times, descriptions and places.</source>
        <translation>Punkterna behåller den typ, lokal och målgrupp du har angett i PIMAP; filen anger titlar, tider, beskrivningar och platser.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="640"/>
        <source>Removed: items from this file whose event is now cancelled or no longer in it.</source>
        <translation>Borttagna: punkter från den här filen vars evenemang nu är inställt eller inte längre finns med.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="643"/>
        <source>Edit ▸ Undo takes the whole import back.</source>
        <translation>Redigera ▸ Ångra tar tillbaka hela importen.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="648"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="674"/>
        <source>%1; %n event(s) skipped:</source>
        <translation>
            <numerusform>%1; %n händelse hoppades över:</numerusform>
            <numerusform>%1; %n händelser hoppades över:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="59"/>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="60"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="61"/>
        <source>Named</source>
        <translation>Namngivna</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="62"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
</context>
<context>
    <name>AvailabilityDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="102"/>
        <source>Availability — %1</source>
        <translation>Tillgänglighet — %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="111"/>
        <source>Times in %1 (the mission&apos;s local time). With no window, %2 can meet during every session.</source>
        <translation>Tider i %1 (resans lokala tid). Utan tidsfönster kan %2 ha möten under alla sessioner.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="126"/>
        <source>Available in these &amp;sessions</source>
        <translation>Tillgänglig under dessa &amp;sessioner</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="148"/>
        <source>&amp;Add window</source>
        <translation>&amp;Lägg till tidsfönster</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="150"/>
        <source>&amp;Change</source>
        <translation>&amp;Ändra</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="152"/>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="155"/>
        <source>Day:</source>
        <translation>Dag:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="157"/>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="159"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="164"/>
        <source>&amp;Windows in which they can meet</source>
        <translation>Tids&amp;fönster då de kan ha möten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="196"/>
        <source>(outside every B2B session)</source>
        <translation>(utanför alla B2B-sessioner)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="219"/>
        <source>Not available in any session.</source>
        <translation>Inte tillgänglig under någon session.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="221"/>
        <source>No window: available during every session.</source>
        <translation>Inget tidsfönster: tillgänglig under alla sessioner.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="268"/>
        <source>A window must end after it starts.</source>
        <translation>Ett tidsfönster måste sluta efter att det börjar.</translation>
    </message>
</context>
<context>
    <name>AvailabilitySteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="25"/>
        <source>A&amp;vailability…</source>
        <translation>Tillgä&amp;nglighet…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="27"/>
        <source>When the chosen person can meet (double-click a person&apos;s row)</source>
        <translation>När den valda personen kan ha möten (dubbelklicka på en persons rad)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="31"/>
        <source>&amp;Not available this session</source>
        <translation>Inte tillgänglig &amp;den här sessionen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="33"/>
        <source>The chosen person cannot meet during the session of the chosen slot</source>
        <translation>Den valda personen kan inte ha möten under sessionen för den valda tidsluckan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="59"/>
        <source>change the availability</source>
        <translation>ändra tillgängligheten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="67"/>
        <source>%1 Undo with Ctrl+Z.</source>
        <translation>%1 Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="88"/>
        <source>Availability of %1 changed.</source>
        <translation>Tillgängligheten för %1 har ändrats.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="103"/>
        <source>%1 is available in “%2”.</source>
        <translation>%1 är tillgänglig i ”%2”.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="105"/>
        <source>%1 is not available in “%2”.</source>
        <translation>%1 är inte tillgänglig i ”%2”.</translation>
    </message>
</context>
<context>
    <name>B2BImportDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="102"/>
        <source>Import %1 — %2</source>
        <translation>Importera %1 — %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="111"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Blad:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="117"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="117"/>
        <source>Verdict</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="117"/>
        <source>What happens</source>
        <translation>Vad som händer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="131"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="147"/>
        <source>Nothing is written until you import; one Undo takes the import back.</source>
        <translation>Inget sparas förrän du importerar; ett enda Ångra tar tillbaka importen.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="171"/>
        <source>Cannot read %1: %2.</source>
        <translation>Kan inte läsa %1: %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="187"/>
        <source>Columns: %1</source>
        <translation>Kolumner: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="223"/>
        <source>%1 new, %2 to update, %3 unchanged, %4 skipped</source>
        <translation>%1 nya, %2 att uppdatera, %3 oförändrade, %4 överhoppade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="230"/>
        <source>(their problems are listed; the other rows are imported)</source>
        <translation>(deras problem listas; övriga rader importeras)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="237"/>
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Importera %n rad</numerusform>
            <numerusform>Importera %n rader</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="237"/>
        <source>Nothing to import</source>
        <translation>Inget att importera</translation>
    </message>
</context>
<context>
    <name>B2BImportText</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="47"/>
        <source>comma-separated</source>
        <translation>kommaseparerad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="48"/>
        <source>semicolon-separated</source>
        <translation>semikolonseparerad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="49"/>
        <source>tab-separated</source>
        <translation>tabbseparerad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="60"/>
        <source>meeting requests</source>
        <translation>mötesförfrågningar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="61"/>
        <source>availability</source>
        <translation>tillgänglighet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="67"/>
        <source>sheet “%1”</source>
        <translation>blad ”%1”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="70"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 med BOM</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="80"/>
        <source>%1-separated</source>
        <translation>%1-separerad</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="82"/>
        <source>%1: %2, %n row(s) of data</source>
        <translation>
            <numerusform>%1: %2, %n rad med data</numerusform>
            <numerusform>%1: %2, %n rader med data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>B2BPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="115"/>
        <source>read the meetings</source>
        <translation>läsa mötena</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="230"/>
        <source>&amp;Tables × slots</source>
        <translation>&amp;Bord × tidsluckor</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="231"/>
        <source>&amp;People × slots</source>
        <translation>&amp;Personer × tidsluckor</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="232"/>
        <source>&amp;Requests</source>
        <translation>&amp;Förfrågningar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="233"/>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="387"/>
        <source>&amp;Unscheduled</source>
        <translation>&amp;Ej schemalagda</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="261"/>
        <source>Session:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="263"/>
        <source>Time limit:</source>
        <translation>Tidsgräns:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="266"/>
        <source>B2B meetings</source>
        <translation>B2B-möten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="363"/>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="387"/>
        <source>&amp;Unscheduled (%1)</source>
        <translation>&amp;Ej schemalagda (%1)</translation>
    </message>
</context>
<context>
    <name>B2BSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="53"/>
        <source>Add a B2B session</source>
        <translation>Lägg till en B2B-session</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="80"/>
        <source>Change the B2B session “%1”</source>
        <translation>Ändra B2B-sessionen ”%1”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="82"/>
        <source>Delete the B2B session “%1”</source>
        <translation>Ta bort B2B-sessionen ”%1”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="115"/>
        <source>Add a meeting request</source>
        <translation>Lägg till en mötesförfrågan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="136"/>
        <source>Remove a meeting request</source>
        <translation>Ta bort en mötesförfrågan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="138"/>
        <source>Remove %n meeting request(s)</source>
        <translation>
            <numerusform>Ta bort %n mötesförfrågan</numerusform>
            <numerusform>Ta bort %n mötesförfrågningar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="170"/>
        <source>Change a meeting request</source>
        <translation>Ändra en mötesförfrågan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="193"/>
        <source>Set priority %1</source>
        <translation>Ange prioritet %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="212"/>
        <source>Import %1 from %2</source>
        <translation>Importera %1 från %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="230"/>
        <source>Change the availability of %1</source>
        <translation>Ändra tillgängligheten för %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="250"/>
        <source>Import %n wish form(s)</source>
        <translation>
            <numerusform>Importera %n önskeformulär</numerusform>
            <numerusform>Importera %n önskeformulär</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="300"/>
        <source>Move a meeting</source>
        <translation>Flytta ett möte</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="319"/>
        <source>Lock meetings</source>
        <translation>Lås möten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="319"/>
        <source>Unlock meetings</source>
        <translation>Lås upp möten</translation>
    </message>
</context>
<context>
    <name>B2BSummary</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="54"/>
        <source>%1; %2; %3, %4 locked.</source>
        <translation>%1; %2; %3, varav %4 låsta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="55"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessioner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="56"/>
        <source>%n requested pair(s)</source>
        <translation>
            <numerusform>%n efterfrågat par</numerusform>
            <numerusform>%n efterfrågade par</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="57"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n möte</numerusform>
            <numerusform>%n möten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="61"/>
        <source>%n requested pair(s) without a meeting.</source>
        <translation>
            <numerusform>%n efterfrågat par utan möte.</numerusform>
            <numerusform>%n efterfrågade par utan möte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="63"/>
        <source>Last run: %1.</source>
        <translation>Senaste körning: %1.</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="48"/>
        <source>No backups yet: File ▸ Back up now makes one.</source>
        <translation>Inga säkerhetskopior än: Fil ▸ Säkerhetskopiera nu gör en.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="65"/>
        <source>Daily</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="66"/>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="67"/>
        <source>Before an upgrade</source>
        <translation>Före en uppgradering</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="68"/>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="69"/>
        <source>Before the demo data</source>
        <translation>Före demodata</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="70"/>
        <source>Before a deletion</source>
        <translation>Före en borttagning</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="247"/>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="277"/>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="248"/>
        <source>Backups of this database are made by its server.</source>
        <translation>Säkerhetskopior av den här databasen görs av dess server.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="253"/>
        <source>The backup was restored but the database could not be opened again: %1 Restart PIMAP Desktop.</source>
        <translation>Säkerhetskopian återställdes men databasen kunde inte öppnas igen: %1 Starta om PIMAP Desktop.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="270"/>
        <source>Restored %1.</source>
        <translation>Återställde %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="271"/>
        <source>Backup restored</source>
        <translation>Säkerhetskopian återställd</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="274"/>
        <source>restore the backup</source>
        <translation>återställa säkerhetskopian</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="276"/>
        <source>Restoring the backup (the current state is backed up first)…</source>
        <translation>Återställer säkerhetskopian (nuvarande läge säkerhetskopieras först)…</translation>
    </message>
</context>
<context>
    <name>BadgePrinter</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="76"/>
        <source>Badge — %1</source>
        <translation>Namnbricka — %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="76"/>
        <source>Badge</source>
        <translation>Namnbricka</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="82"/>
        <source>Badge not printed.</source>
        <translation>Namnbrickan skrevs inte ut.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="87"/>
        <source>Could not print the badge</source>
        <translation>Det gick inte att skriva ut namnbrickan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="89"/>
        <source>The printer did not accept the badge. Check that it is on and try again, or save the badge as a PDF.</source>
        <translation>Skrivaren tog inte emot namnbrickan. Kontrollera att den är på och försök igen, eller spara namnbrickan som PDF.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="97"/>
        <source>print the badge</source>
        <translation>skriva ut namnbrickan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="104"/>
        <source>Badge of %1 sent to %2.</source>
        <translation>Namnbrickan för %1 skickad till %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="106"/>
        <source>the printer</source>
        <translation>skrivaren</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="121"/>
        <source>Save the badge</source>
        <translation>Spara namnbrickan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="123"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="143"/>
        <source>save the badge</source>
        <translation>spara namnbrickan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="146"/>
        <source>Badge of %1 saved to %2.</source>
        <translation>Namnbrickan för %1 sparad i %2.</translation>
    </message>
</context>
<context>
    <name>BrandingDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="48"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="54"/>
        <source>Printed documents carry the logos of each mission&apos;s organising clusters. Add the partnership&apos;s and the funders&apos; emblems to print beside them on every document. PIMAP&apos;s own logo appears only when none of them is set.</source>
        <translation>Utskrivna dokument bär logotyperna för varje resas arrangerande kluster. Lägg till partnerskapets och finansiärernas emblem så skrivs de ut bredvid dem på varje dokument. PIMAP:s egen logotyp visas bara när inget av dem är angivet.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="60"/>
        <source>Printed at the foot of every page of the KPI report and the follow-up log, and on the cover of each attendee pack.</source>
        <translation>Skrivs ut längst ned på varje sida i nyckeltalsrapporten och uppföljningsloggen, och på omslaget till varje deltagarpaket.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="86"/>
        <source>Branding</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="95"/>
        <source>No emblem yet: documents show the clusters&apos; logos only.</source>
        <translation>Inget emblem än: dokumenten visar bara klustrens logotyper.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="97"/>
        <source>Add partnership emblem…</source>
        <translation>Lägg till partnerskapsemblem…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="98"/>
        <source>Add funder emblem…</source>
        <translation>Lägg till finansiärsemblem…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="99"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="109"/>
        <source>&amp;Funding statement</source>
        <translation>&amp;Finansieringstext</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="114"/>
        <source>For example: Co-funded by … under grant agreement No … . Views and opinions expressed are those of the partners only.</source>
        <translation>Till exempel: Medfinansierat av … inom bidragsavtal nr … . De åsikter som uttrycks är enbart partnernas egna.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="137"/>
        <source>&lt;b&gt;Emblems&lt;/b&gt; (partnership first, then funders)</source>
        <translation>&lt;b&gt;Emblem&lt;/b&gt; (partnerskapet först, sedan finansiärerna)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="174"/>
        <source>Partnership</source>
        <translation>Partnerskap</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="174"/>
        <source>Funder</source>
        <translation>Finansiär</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="176"/>
        <source>Partnership emblem: %1</source>
        <translation>Partnerskapsemblem: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="176"/>
        <source>Funder emblem: %1</source>
        <translation>Finansiärsemblem: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="190"/>
        <source>Choose the partnership emblem</source>
        <translation>Välj partnerskapets emblem</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="192"/>
        <source>Choose the funder emblem</source>
        <translation>Välj finansiärens emblem</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="200"/>
        <source>Name of the emblem</source>
        <translation>Emblemets namn</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="201"/>
        <source>Whose emblem is it? (the partnership&apos;s name)</source>
        <translation>Vems emblem är det? (partnerskapets namn)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="203"/>
        <source>Whose emblem is it? (the funder&apos;s name)</source>
        <translation>Vems emblem är det? (finansiärens namn)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="222"/>
        <source>Name the emblem, such as the partnership&apos;s or the funder&apos;s name.</source>
        <translation>Namnge emblemet, till exempel med partnerskapets eller finansiärens namn.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="248"/>
        <source>The funding statement is too long (%1 characters; at most %2).</source>
        <translation>Finansieringstexten är för lång (%1 tecken; högst %2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="270"/>
        <source>save the branding</source>
        <translation>spara profilen</translation>
    </message>
</context>
<context>
    <name>BringBackPreview</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="373"/>
        <source>Bring back an offline copy</source>
        <translation>För tillbaka en offlinekopia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="405"/>
        <source>%n conflict(s): the same thing was changed here and on the laptop, or one side deleted what the other changed. This database&apos;s value is kept unless you choose the laptop&apos;s.</source>
        <translation>
            <numerusform>%n konflikt: samma sak ändrades här och på den bärbara datorn, eller så tog ena sidan bort det som den andra ändrade. Den här databasens värde behålls om du inte väljer den bärbaras.</numerusform>
            <numerusform>%n konflikter: samma sak ändrades här och på den bärbara datorn, eller så tog ena sidan bort det som den andra ändrade. Den här databasens värde behålls om du inte väljer den bärbaras.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="415"/>
        <source>&amp;Keep all here</source>
        <translation>&amp;Behåll alla här</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="417"/>
        <source>&amp;Take all the laptop&apos;s</source>
        <translation>&amp;Ta den bärbaras för alla</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="425"/>
        <source>A backup of this database is taken first. The conflicts are listed in a workbook beside the copy.</source>
        <translation>En säkerhetskopia av den här databasen tas först. Konflikterna listas i en arbetsbok bredvid kopian.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="429"/>
        <source>A backup of this database is taken first.</source>
        <translation>En säkerhetskopia av den här databasen tas först.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="435"/>
        <source>&amp;Bring back</source>
        <translation>&amp;För tillbaka</translation>
    </message>
</context>
<context>
    <name>CalendarPreview</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="117"/>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="118"/>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="119"/>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="120"/>
        <source>Thu</source>
        <translation>tors</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="121"/>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="122"/>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="123"/>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="126"/>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="127"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="128"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="129"/>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="130"/>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="131"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="132"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="133"/>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="134"/>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="135"/>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="136"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="137"/>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="148"/>
        <source>%1 %2 %3 %4</source>
        <comment>day: weekday, day, month, year</comment>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="182"/>
        <source>The %n event(s) of the calendar file, times in %1 (%2).</source>
        <translation>
            <numerusform>Kalenderfilens %n händelse, tider i %1 (%2).</numerusform>
            <numerusform>Kalenderfilens %n händelser, tider i %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="188"/>
        <source>The %n event(s) of the calendar file, times in %1.</source>
        <translation>
            <numerusform>Kalenderfilens %n händelse, tider i %1.</numerusform>
            <numerusform>Kalenderfilens %n händelser, tider i %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="234"/>
        <source>All day, until %1</source>
        <translation>Heldag, till %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="235"/>
        <source>All day</source>
        <translation>Heldag</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="294"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="295"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="296"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="297"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="135"/>
        <source>Not let in</source>
        <translation>Inte insläppt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="138"/>
        <source>Nothing changed: still %1.</source>
        <translation>Inget ändrat: fortfarande %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="140"/>
        <source>Nothing changed.</source>
        <translation>Inget ändrat.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="144"/>
        <source>%1 not let in; nothing changed.</source>
        <translation>%1 inte insläppt; inget ändrat.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="168"/>
        <source>check in</source>
        <translation>checka in</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="221"/>
        <source>Check-in undone</source>
        <translation>Incheckning ångrad</translation>
    </message>
</context>
<context>
    <name>CheckInPanelText</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="176"/>
        <source>Invited, not registered</source>
        <translation>Inbjuden, inte anmäld</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="177"/>
        <source>On the waiting list</source>
        <translation>På väntelistan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="179"/>
        <source>Enter: let them in and confirm · Esc: not now (nothing changes)</source>
        <translation>Enter: släpp in och bekräfta · Esc: inte nu (inget ändras)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="193"/>
        <source>Scan a badge, or type a name or an e-mail.</source>
        <translation>Skanna en namnbricka, eller skriv ett namn eller en e-postadress.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="196"/>
        <source>This badge is for %1, not %2.</source>
        <translation>Namnbrickan är för %1, inte %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="199"/>
        <source>This badge of %1 matches nobody on its list.</source>
        <translation>Den här namnbrickan för %1 matchar ingen på listan.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="202"/>
        <source>This code is not a PIMAP badge.</source>
        <translation>Koden är inte en PIMAP-namnbricka.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="205"/>
        <source>This badge code is damaged: its registration number is unreadable.</source>
        <translation>Namnbrickans kod är skadad: anmälningsnumret går inte att läsa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="208"/>
        <source>This badge code names no mission.</source>
        <translation>Namnbrickans kod anger ingen resa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="211"/>
        <source>No registration of %1 has this number.</source>
        <translation>Ingen anmälan i %1 har det här numret.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="214"/>
        <source>Nobody in %1 has the e-mail %2.</source>
        <translation>Ingen i %1 har e-postadressen %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="217"/>
        <source>That registration is not in %1.</source>
        <translation>Anmälan finns inte i %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="220"/>
        <source>Nobody in %1 matches “%2”.</source>
        <translation>Ingen i %1 matchar ”%2”.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="223"/>
        <source>%1 was invited and has not registered.</source>
        <translation>%1 är inbjuden men har inte anmält sig.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="226"/>
        <source>%1 is on the waiting list.</source>
        <translation>%1 står på väntelistan.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="233"/>
        <source>Was invited and had not registered: now confirmed.</source>
        <translation>Var inbjuden men hade inte anmält sig: nu bekräftad.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="236"/>
        <source>Was on the waiting list: now confirmed.</source>
        <translation>Stod på väntelistan: nu bekräftad.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="239"/>
        <source>Was marked as a no-show: now confirmed.</source>
        <translation>Var markerad som utebliven: nu bekräftad.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="242"/>
        <source>Was cancelled: now confirmed.</source>
        <translation>Var avbokad: nu bekräftad.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="253"/>
        <source>Already checked in at %1.</source>
        <translation>Redan incheckad kl. %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="256"/>
        <source>Already checked in on %1 at %2.</source>
        <translation>Redan incheckad %1 kl. %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="268"/>
        <source>One person matches “%1”: pick them.</source>
        <translation>En person matchar ”%1”: välj personen.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="270"/>
        <source>%1 people match “%2”: pick one.</source>
        <translation>%1 personer matchar ”%2”: välj en.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="276"/>
        <source>Welcome, %1!</source>
        <translation>Välkommen, %1!</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="278"/>
        <source>The registration of %1 is cancelled.</source>
        <translation>Anmälan för %1 är avbokad.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="294"/>
        <source>French AZERTY</source>
        <translation>fransk AZERTY</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="295"/>
        <source>Belgian AZERTY</source>
        <translation>belgisk AZERTY</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="296"/>
        <source>German QWERTZ</source>
        <translation>tysk QWERTZ</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="297"/>
        <source>Swiss German QWERTZ</source>
        <translation>schweizertysk QWERTZ</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="298"/>
        <source>Swiss French QWERTZ</source>
        <translation>fransk-schweizisk QWERTZ</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="299"/>
        <source>Finnish/Swedish</source>
        <translation>finsk/svensk</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="300"/>
        <source>Portuguese</source>
        <translation>portugisisk</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="307"/>
        <source>%1 or %2</source>
        <translation>%1 eller %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="319"/>
        <source>The scanner types as a US keyboard on this %1 laptop: set the scanner to %1 (a setup barcode in its manual), or switch the laptop&apos;s keyboard to US while scanning.</source>
        <translation>Skannern skriver som ett US-tangentbord på den här datorn med %1: ställ in skannern på %1 (en inställningsstreckkod finns i manualen), eller växla datorns tangentbord till US medan du skannar.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="326"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="329"/>
        <source>The scanner types as a US keyboard on this laptop%1: set the scanner to the laptop&apos;s layout (a setup barcode in its manual), or switch the laptop&apos;s keyboard to US while scanning.</source>
        <translation>Skannern skriver som ett US-tangentbord på den här datorn%1: ställ in skannern på datorns tangentbordslayout (en inställningsstreckkod finns i manualen), eller växla datorns tangentbord till US medan du skannar.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="337"/>
        <source>The scanner is set to another keyboard layout than this computer&apos;s (US): set the scanner to US (a setup barcode in its manual), or switch the computer&apos;s keyboard to the scanner&apos;s layout.</source>
        <translation>Skannern är inställd på en annan tangentbordslayout än den här datorns (US): ställ in skannern på US (en inställningsstreckkod finns i manualen), eller växla datorns tangentbord till skannerns layout.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="343"/>
        <source>The scanner is set to %1 but this computer types as a US keyboard: set the scanner to US (a setup barcode in its manual), or switch the computer&apos;s keyboard to %1.</source>
        <translation>Skannern är inställd på %1 men den här datorn skriver som ett US-tangentbord: ställ in skannern på US (en inställningsstreckkod finns i manualen), eller växla datorns tangentbord till %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="357"/>
        <source>Checked in at %1.</source>
        <translation>Incheckad kl. %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="360"/>
        <source>Welcome</source>
        <translation>Välkommen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="376"/>
        <source>%1: let in?</source>
        <translation>Släppa in %1?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="384"/>
        <source>Registration cancelled</source>
        <translation>Anmälan avbokad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="388"/>
        <source>Not checked in. Walk-in… registers them again if they may come in.</source>
        <translation>Inte incheckad. Spontandeltagare… anmäler personen igen om den får komma in.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="394"/>
        <source>Badge of another mission: %1</source>
        <translation>Namnbricka för en annan resa: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="395"/>
        <source>Not a badge of this mission</source>
        <translation>Inte en namnbricka för den här resan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="400"/>
        <source>Scanned: %1</source>
        <translation>Skannad: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="403"/>
        <source>Unknown code</source>
        <translation>Okänd kod</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="406"/>
        <source>Type their name or e-mail instead.</source>
        <translation>Skriv namnet eller e-postadressen i stället.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="412"/>
        <source>Pick the person</source>
        <translation>Välj personen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="415"/>
        <source>Only a whole name checks in: ↓ then Enter, or a double-click.</source>
        <translation>Bara ett helt namn checkar in: ↓ och sedan Enter, eller dubbelklicka.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="420"/>
        <source>Several people match</source>
        <translation>Flera personer matchar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="423"/>
        <source>Pick one in the list: ↓ then Enter, or a double-click.</source>
        <translation>Välj en i listan: ↓ och sedan Enter, eller dubbelklicka.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="427"/>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="430"/>
        <source>Walk-in… registers someone new.</source>
        <translation>Spontandeltagare… anmäler någon ny.</translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_tab.py" line="45"/>
        <source>Scan a badge, or type a name or an e-mail, then Enter</source>
        <translation>Skanna namnbricka eller skriv namn eller e-post, sedan Enter</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_tab.py" line="82"/>
        <source>Checked in / expected</source>
        <translation>Incheckade / väntade</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="60"/>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="61"/>
        <source>update</source>
        <translation>uppdatera</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="62"/>
        <source>unchanged</source>
        <translation>oförändrad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="63"/>
        <source>skipped</source>
        <translation>överhoppad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="576"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="577"/>
        <source>Verdict</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="578"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="579"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="580"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="581"/>
        <source>What happens</source>
        <translation>Vad som händer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="587"/>
        <source>Check before importing</source>
        <translation>Kontrollera före import</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="607"/>
        <source>Checking every row…</source>
        <translation>Kontrollerar varje rad…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="623"/>
        <source>%1 new, %2 to update, %3 unchanged, %4 skipped</source>
        <translation>%1 nya, %2 att uppdatera, %3 oförändrade, %4 överhoppade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="631"/>
        <source>%1 new, %2 to update, %3 unchanged</source>
        <translation>%1 nya, %2 att uppdatera, %3 oförändrade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="642"/>
        <source>%1 to register (%2).</source>
        <translation>%1 att anmäla (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="648"/>
        <source>%n row(s) with problems will not be imported; fix them in the file and import it again (the others are not duplicated).</source>
        <translation>
            <numerusform>%n rad med problem importeras inte; rätta den i filen och importera den igen (de andra dubbleras inte).</numerusform>
            <numerusform>%n rader med problem importeras inte; rätta dem i filen och importera den igen (de andra dubbleras inte).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="657"/>
        <source>Nothing is written until you press Import.</source>
        <translation>Inget sparas förrän du trycker på Importera.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="663"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="349"/>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="209"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="210"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="211"/>
        <source>Here</source>
        <translation>Här</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="212"/>
        <source>On the laptop</source>
        <translation>På den bärbara</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="213"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="214"/>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="278"/>
        <source>Which value this database keeps</source>
        <translation>Vilket värde den här databasen behåller</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="279"/>
        <source>This database cannot take the laptop&apos;s change: its own is kept</source>
        <translation>Den här databasen kan inte ta emot den bärbaras ändring: dess egen behålls</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="60"/>
        <source>connect to the team database</source>
        <translation>ansluta till teamdatabasen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="61"/>
        <source>Remembered in this computer&apos;s keyring</source>
        <translation>Sparat i den här datorns nyckelring</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="62"/>
        <source>The server is on this computer: nothing crosses the network.</source>
        <translation>Servern finns på den här datorn: inget går över nätverket.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="65"/>
        <source>The password and the data are encrypted on the network (sslmode=require).</source>
        <translation>Lösenordet och data krypteras i nätverket (sslmode=require).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="139"/>
        <source>Connect to a team database</source>
        <translation>Anslut till en teamdatabas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="149"/>
        <source>A PIMAP database on a PostgreSQL server that your team shares. Its administrator gives you these.</source>
        <translation>En PIMAP-databas på en PostgreSQL-server som ditt team delar. Administratören ger dig de här uppgifterna.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="157"/>
        <source>e.g. pimap.example.org</source>
        <translation>t.ex. pimap.example.org</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="162"/>
        <source>e.g. pimap</source>
        <translation>t.ex. pimap</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="166"/>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation>&amp;Spara lösenordet i den här datorns nyckelring</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="175"/>
        <source>Require an &amp;encrypted connection (TLS)</source>
        <translation>Kräv en &amp;krypterad anslutning (TLS)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="184"/>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="190"/>
        <source>&amp;Host</source>
        <translation>&amp;Värd</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="191"/>
        <source>&amp;Database</source>
        <translation>&amp;Databas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="192"/>
        <source>&amp;User</source>
        <translation>&amp;Användare</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="193"/>
        <source>Pass&amp;word</source>
        <translation>Lösen&amp;ord</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="220"/>
        <source>&amp;Connect</source>
        <translation>A&amp;nslut</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="291"/>
        <source>the server</source>
        <translation>servern</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="347"/>
        <source>Connecting to %1…</source>
        <translation>Ansluter till %1…</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <location filename="../../pimap_desktop/gui/widgets.py" line="146"/>
        <source>name or code, e.g. Germany or DE</source>
        <translation>namn eller kod, t.ex. Tyskland eller DE</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="92"/>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 checked in</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; av %2 incheckade</translation>
    </message>
</context>
<context>
    <name>DayMeetingsModel</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="158"/>
        <source>Time (%1)</source>
        <translation>Tid (%1)</translation>
    </message>
</context>
<context>
    <name>DelegationsPanel</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="133"/>
        <source>by cluster</source>
        <translation>per kluster</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="134"/>
        <source>by country</source>
        <translation>per land</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="149"/>
        <source>Form these delegations</source>
        <translation>Bilda dessa delegationer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="152"/>
        <source>Make one delegation per group and put each person in theirs (programme items can then be meant for one delegation)</source>
        <translation>Skapa en delegation per grupp och placera varje person i sin (programpunkter kan då riktas till en delegation)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="160"/>
        <source>Delegations</source>
        <translation>Delegationer</translation>
    </message>
</context>
<context>
    <name>DeskCountText</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="40"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="42"/>
        <source>No delegation</source>
        <translation>Ingen delegation</translation>
    </message>
</context>
<context>
    <name>DirectoryDetails</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="61"/>
        <source>no mission yet</source>
        <translation>ingen resa än</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/details.py" line="63"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n resa</numerusform>
            <numerusform>%n resor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/details.py" line="68"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n möte</numerusform>
            <numerusform>%n möten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/details.py" line="72"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="76"/>
        <source>No mission yet.</source>
        <translation>Ingen resa än.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="80"/>
        <source>No follow-up recorded.</source>
        <translation>Ingen uppföljning registrerad.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="84"/>
        <source>Nobody in the directory works here yet.</source>
        <translation>Ingen i registret arbetar här än.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="120"/>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="285"/>
        <source>and %1 more</source>
        <translation>och %1 till</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="142"/>
        <source>This person was erased on request: nothing that identifies them is kept; their registrations and meetings stay so that counts remain right.</source>
        <translation>Personen raderades på begäran: inget som identifierar personen sparas; anmälningar och möten finns kvar så att siffrorna stämmer.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="156"/>
        <source>No organisation</source>
        <translation>Ingen organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="163"/>
        <source>May be listed in attendee packs and contacted</source>
        <translation>Får listas i deltagarpaket och kontaktas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="165"/>
        <source>May be listed in attendee packs</source>
        <translation>Får listas i deltagarpaket</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="167"/>
        <source>May be contacted</source>
        <translation>Får kontaktas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="169"/>
        <source>None given</source>
        <translation>Inget angivet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="171"/>
        <source>%1 (recorded %2)</source>
        <translation>%1 (registrerat %2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="175"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="176"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="177"/>
        <source>Badge name</source>
        <translation>Namn på namnbricka</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="178"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="180"/>
        <source>Documents in</source>
        <translation>Dokument på</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="183"/>
        <source>Diet</source>
        <translation>Kost</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="184"/>
        <source>Accessibility</source>
        <translation>Tillgänglighetsbehov</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="185"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="191"/>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="291"/>
        <source>Missions (%1)</source>
        <translation>Resor (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="206"/>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="308"/>
        <source>Follow-ups (%1)</source>
        <translation>Uppföljningar (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="217"/>
        <source>, due %1</source>
        <translation>, förfaller %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="218"/>
        <source> — done</source>
        <translation> — klar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="226"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="244"/>
        <source>member of %1</source>
        <translation>medlem i %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="250"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="251"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="252"/>
        <source>Sectors</source>
        <translation>Branscher</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="253"/>
        <source>Technologies</source>
        <translation>Teknologier</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="255"/>
        <source>Application areas</source>
        <translation>Tillämpningsområden</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="258"/>
        <source>Value chain</source>
        <translation>Värdekedja</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="260"/>
        <source>Export readiness</source>
        <translation>Exportmognad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="267"/>
        <source>Offers</source>
        <translation>Erbjuder</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="268"/>
        <source>Seeks</source>
        <translation>Söker</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="269"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="274"/>
        <source>People (%1)</source>
        <translation>Personer (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="317"/>
        <source> — next: %1</source>
        <translation> — nästa: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="193"/>
        <source>read the directory</source>
        <translation>läsa registret</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="203"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="205"/>
        <source>%1 of %n people shown</source>
        <translation>
            <numerusform>%1 av %n person visas</numerusform>
            <numerusform>%1 av %n personer visas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="207"/>
        <source>Search people: name, organisation, e-mail, country, sector…</source>
        <translation>Sök personer: namn, organisation, e-post, land, bransch…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="208"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="209"/>
        <source>All countries</source>
        <translation>Alla länder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="217"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="219"/>
        <source>%1 of %n organisations shown</source>
        <translation>
            <numerusform>%1 av %n organisation visas</numerusform>
            <numerusform>%1 av %n organisationer visas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="221"/>
        <source>Search organisations: name, country, city, cluster, sector…</source>
        <translation>Sök organisationer: namn, land, ort, kluster, bransch…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="222"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="223"/>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="230"/>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="231"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisationer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="257"/>
        <source>Directory</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="278"/>
        <source>New &amp;person…</source>
        <translation>Ny &amp;person…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="281"/>
        <source>New &amp;organisation…</source>
        <translation>Ny &amp;organisation…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="283"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="284"/>
        <source>&amp;Merge two…</source>
        <translation>&amp;Slå ihop två…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="286"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="291"/>
        <source>E&amp;xport this person&apos;s data…</source>
        <translation>E&amp;xportera personens data…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="293"/>
        <source>Erase this person…</source>
        <translation>Radera personen…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="295"/>
        <source>Select exactly two rows, then merge them into one.</source>
        <translation>Markera exakt två rader och slå sedan ihop dem till en.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="298"/>
        <source>Write everything held about the selected person to a JSON file.</source>
        <translation>Skriv allt som finns sparat om den valda personen till en JSON-fil.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="301"/>
        <source>Remove the selected person&apos;s personal data for good.</source>
        <translation>Ta bort den valda personens personuppgifter permanent.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="304"/>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="331"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;Redigera person…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="331"/>
        <source>&amp;Edit organisation…</source>
        <translation>&amp;Redigera organisation…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="335"/>
        <source>&amp;Merge two people…</source>
        <translation>&amp;Slå ihop två personer…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="335"/>
        <source>&amp;Merge two organisations…</source>
        <translation>&amp;Slå ihop två organisationer…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="339"/>
        <source>&amp;Delete person…</source>
        <translation>&amp;Ta bort person…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="339"/>
        <source>&amp;Delete organisation…</source>
        <translation>&amp;Ta bort organisation…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="388"/>
        <source>No country</source>
        <translation>Inget land</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="454"/>
        <source>%n people selected</source>
        <translation>
            <numerusform>%n person markerad</numerusform>
            <numerusform>%n personer markerade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="456"/>
        <source>Select a person to see their details, the missions they attended and their follow-ups. Select two to merge them.</source>
        <translation>Markera en person för att se uppgifterna, resorna personen deltog i och uppföljningarna. Markera två för att slå ihop dem.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="459"/>
        <source>Two people who are one can be merged: Merge two people…</source>
        <translation>Två personer som är samma kan slås ihop: Slå ihop två personer…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="474"/>
        <source>%n organisations selected</source>
        <translation>
            <numerusform>%n organisation markerad</numerusform>
            <numerusform>%n organisationer markerade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="476"/>
        <source>Select an organisation to see its profile and its people. Select two to merge them.</source>
        <translation>Markera en organisation för att se dess profil och personer. Markera två för att slå ihop dem.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="480"/>
        <source>Two organisations that are one can be merged: Merge two organisations…</source>
        <translation>Två organisationer som är samma kan slås ihop: Slå ihop två organisationer…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="558"/>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="573"/>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="598"/>
        <source>%1 added.</source>
        <translation>%1 har lagts till.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="622"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="641"/>
        <source>Edit %1</source>
        <translation>Redigera %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="625"/>
        <source>open the person</source>
        <translation>öppna personen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="644"/>
        <source>open the organisation</source>
        <translation>öppna organisationen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="682"/>
        <source>%1 saved.</source>
        <translation>%1 har sparats.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="698"/>
        <source>Merge two people</source>
        <translation>Slå ihop två personer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="700"/>
        <source>The other record&apos;s registrations, meetings and follow-ups move to the one you keep, and its details fill the kept record&apos;s empty fields. Then the other record is deleted.</source>
        <translation>Den andra postens anmälningar, möten och uppföljningar flyttas till den du behåller, och dess uppgifter fyller i den behållna postens tomma fält. Sedan tas den andra posten bort.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="712"/>
        <source>Merge two organisations</source>
        <translation>Slå ihop två organisationer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="714"/>
        <source>The other organisation&apos;s people and follow-ups move to the one you keep, and its profile fills the kept one&apos;s empty fields. Then the other is deleted.</source>
        <translation>Den andra organisationens personer och uppföljningar flyttas till den du behåller, och dess profil fyller i den behållnas tomma fält. Sedan tas den andra bort.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="765"/>
        <source>delete the person</source>
        <translation>ta bort personen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="781"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="798"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="828"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="782"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="818"/>
        <source>delete %1</source>
        <translation>ta bort %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="783"/>
        <source>Backing up, then deleting %1…</source>
        <translation>Säkerhetskopierar och tar sedan bort %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="788"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="822"/>
        <source>%1 deleted from the directory.</source>
        <translation>%1 har tagits bort från registret.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="795"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="825"/>
        <source>Delete %1?</source>
        <translation>Ta bort %1?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="797"/>
        <source>This cannot be undone here; a backup of the database is taken first.</source>
        <translation>Det här kan inte ångras här; en säkerhetskopia av databasen tas först.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="808"/>
        <source>delete the organisation</source>
        <translation>ta bort organisationen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="827"/>
        <source>This cannot be undone.</source>
        <translation>Det här kan inte ångras.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="843"/>
        <source>Export the data held about %1</source>
        <translation>Exportera uppgifterna som finns om %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="844"/>
        <source>%1 - personal data.json</source>
        <translation>%1 - personuppgifter.json</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="845"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-filer (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="859"/>
        <source>export the person&apos;s data</source>
        <translation>exportera personens uppgifter</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="862"/>
        <source>The data held about %1 was written to %2.</source>
        <translation>Uppgifterna om %1 har skrivits till %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="878"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="886"/>
        <source>erase %1</source>
        <translation>radera %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="885"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="921"/>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="887"/>
        <source>Erasing %1 from the database and its backups…</source>
        <translation>Raderar %1 från databasen och dess säkerhetskopior…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="898"/>
        <source>%1&apos;s personal data was %2; their registrations stay, anonymous.</source>
        <translation>Personuppgifterna för %1: %2; anmälningarna finns kvar, anonymiserade.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="906"/>
        <source>Some backups still hold this person</source>
        <translation>Vissa säkerhetskopior innehåller fortfarande personen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="909"/>
        <source>%1&apos;s personal data was %2. Delete the backups named here, or make them writable and erase again.</source>
        <translation>Personuppgifterna för %1: %2. Ta bort säkerhetskopiorna som nämns här, eller gör dem skrivbara och radera igen.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="918"/>
        <source>Erase %1?</source>
        <translation>Radera %1?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="919"/>
        <source>Erase %1 for good?</source>
        <translation>Radera %1 permanent?</translation>
    </message>
</context>
<context>
    <name>DirectoryText</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="98"/>
        <source>Registered in %n mission(s)</source>
        <translation>
            <numerusform>Anmäld till %n resa</numerusform>
            <numerusform>Anmäld till %n resor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="125"/>
        <source>Their name, e-mail, phone, job title, badge name, languages, diet, accessibility needs, consent and notes are removed for good, with the hotel and notes of their registrations. This cannot be undone.

Their registrations, meetings and follow-ups stay, without a name, so that the counts and KPIs of past missions stay right.

They are erased in the database and in every backup in its backups folder; a backup that cannot be rewritten (read-only, damaged, or from another version) is named afterwards.

If they asked for a copy of their data, export it first.</source>
        <translation>Namn, e-post, telefon, befattning, namn på namnbricka, språk, kost, tillgänglighetsbehov, samtycke och anteckningar tas bort permanent, tillsammans med hotell och anteckningar i personens anmälningar. Det här kan inte ångras.

Anmälningar, möten och uppföljningar finns kvar, utan namn, så att siffrorna och nyckeltalen för tidigare resor stämmer.

Personen raderas i databasen och i varje säkerhetskopia i dess mapp för säkerhetskopior; en säkerhetskopia som inte kan skrivas om (skrivskyddad, skadad eller från en annan version) nämns efteråt.

Om personen har bett om en kopia av sina uppgifter, exportera den först.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="152"/>
        <source>no e-mail</source>
        <translation>ingen e-post</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="154"/>
        <source>no organisation</source>
        <translation>ingen organisation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="155"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n resa</numerusform>
            <numerusform>%n resor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="163"/>
        <source>no cluster</source>
        <translation>inget kluster</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="164"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/document_list.py" line="39"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>DuplicateMissionDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="204"/>
        <source>Duplicate mission</source>
        <translation>Duplicera resa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="210"/>
        <source>The copy gets the venues, organisers and programme (same local times), not the registrations.</source>
        <translation>Kopian får platserna, arrangörerna och programmet (samma lokala tider), inte anmälningarna.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="222"/>
        <source>&amp;Code</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="223"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="224"/>
        <source>&amp;First day</source>
        <translation>&amp;Första dag</translation>
    </message>
</context>
<context>
    <name>EenRating</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="98"/>
        <source>No further contact</source>
        <translation>Ingen vidare kontakt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="99"/>
        <source>Knowledge gained</source>
        <translation>Ny kunskap</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="100"/>
        <source>Valuable contact</source>
        <translation>Värdefull kontakt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="101"/>
        <source>Negotiation started</source>
        <translation>Förhandling inledd</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="102"/>
        <source>Agreement reached</source>
        <translation>Avtal träffat</translation>
    </message>
</context>
<context>
    <name>EmblemKind</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="64"/>
        <source>Partnership</source>
        <translation>Partnerskap</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="65"/>
        <source>Funder</source>
        <translation>Finansiär</translation>
    </message>
</context>
<context>
    <name>ExchangeSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="28"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Kalkylblad (*.csv *.xlsx *.txt *.tsv);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="46"/>
        <source>E&amp;xport schedule…</source>
        <translation>E&amp;xportera schema…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="49"/>
        <source>&amp;Import requests…</source>
        <translation>&amp;Importera förfrågningar…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="52"/>
        <source>Requests from a CSV or XLSX file: requester e-mail, target e-mail, priority</source>
        <translation>Förfrågningar från en CSV- eller XLSX-fil: e-post för den som frågar, e-post för den som önskas, prioritet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="57"/>
        <source>Import a&amp;vailability…</source>
        <translation>Importera tillg&amp;änglighet…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="59"/>
        <source>Availability from a CSV or XLSX file: e-mail, start, end (local time)</source>
        <translation>Tillgänglighet från en CSV- eller XLSX-fil: e-post, start, slut (lokal tid)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="63"/>
        <source>&amp;Wish forms…</source>
        <translation>&amp;Önskeformulär…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="66"/>
        <source>One XLSX per participant to tick whom they want to meet and when they can (the person chosen above, or everyone)</source>
        <translation>En XLSX per deltagare för att kryssa i vilka de vill träffa och när de kan (personen som valts ovan, eller alla)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="72"/>
        <source>Import wis&amp;h forms…</source>
        <translation>Importera önsk&amp;eformulär…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="74"/>
        <source>Read the filled wish forms back into requests and availability</source>
        <translation>Läs in ifyllda önskeformulär som förfrågningar och tillgänglighet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="101"/>
        <source>Import %1</source>
        <translation>Importera %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="118"/>
        <source>%1: %2. Undo with Ctrl+Z.</source>
        <translation>%1: %2. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="132"/>
        <source>Folder for the wish form of %1</source>
        <translation>Mapp för önskeformuläret för %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="134"/>
        <source>Folder for the wish forms</source>
        <translation>Mapp för önskeformulären</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="157"/>
        <source>write the wish forms</source>
        <translation>skriva önskeformulären</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="158"/>
        <source>Writing the wish forms…</source>
        <translation>Skriver önskeformulären…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="158"/>
        <source>B2B meetings</source>
        <translation>B2B-möten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="170"/>
        <source>Import filled wish forms</source>
        <translation>Importera ifyllda önskeformulär</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="171"/>
        <source>Wish forms (*.xlsx);;All files (*)</source>
        <translation>Önskeformulär (*.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="184"/>
        <source>Wish forms: %1. Undo with Ctrl+Z.</source>
        <translation>Önskeformulär: %1. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="197"/>
        <source>Export the schedule</source>
        <translation>Exportera schemat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="209"/>
        <source>export the schedule</source>
        <translation>exportera schemat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="211"/>
        <source>%n meeting(s) written to %1.</source>
        <translation>
            <numerusform>%n möte skrivet till %1.</numerusform>
            <numerusform>%n möten skrivna till %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="94"/>
        <source>read the mission&apos;s people</source>
        <translation>läsa resans deltagare</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="151"/>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="172"/>
        <source>Print and export</source>
        <translation>Skriv ut och exportera</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="280"/>
        <source>Save %1…</source>
        <translation>Spara %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="300"/>
        <source>Choose a mission first (or create one on the Missions page).</source>
        <translation>Välj en resa först (eller skapa en på sidan Resor).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="302"/>
        <source>Reading the mission&apos;s people…</source>
        <translation>Läser resans deltagare…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="308"/>
        <source>Select people on the Registrations page first (this mission&apos;s).</source>
        <translation>Markera personer på sidan Anmälningar först (den här resans).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="312"/>
        <source>Choose the person: type part of a name.</source>
        <translation>Välj personen: skriv en del av ett namn.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="317"/>
        <source>Nobody is registered on this mission yet.</source>
        <translation>Ingen är anmäld till den här resan än.</translation>
    </message>
</context>
<context>
    <name>ExportReadiness</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="34"/>
        <source>Not ready</source>
        <translation>Inte redo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="35"/>
        <source>Exploring</source>
        <translation>Undersöker</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="36"/>
        <source>Ready</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="37"/>
        <source>Exporting</source>
        <translation>Exporterar</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="265"/>
        <source>Choose the file</source>
        <translation>Välj filen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="268"/>
        <source>A CSV file (UTF-8, Windows-1252 or Latin-1; comma, semicolon or tab) or an Excel workbook (.xlsx). Nothing is written until the last step.</source>
        <translation>En CSV-fil (UTF-8, Windows-1252 eller Latin-1; komma, semikolon eller tabb) eller en Excel-arbetsbok (.xlsx). Inget sparas förrän i sista steget.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="274"/>
        <source>the file to import</source>
        <translation>filen som ska importeras</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="276"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="282"/>
        <source>Directory only (no mission)</source>
        <translation>Bara registret (ingen resa)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="288"/>
        <source>Register in %1</source>
        <translation>Anmäl till %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="299"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="303"/>
        <source>&amp;Sheet</source>
        <translation>Bla&amp;d</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="304"/>
        <source>&amp;Mission</source>
        <translation>&amp;Resa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="318"/>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="354"/>
        <source>Import people</source>
        <translation>Importera personer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="319"/>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>Kalkylblad (*.csv *.xlsx *.xlsm *.txt *.tsv);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="344"/>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="353"/>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="351"/>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="372"/>
        <source>read %1</source>
        <translation>läsa %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="386"/>
        <source>read as %1, semicolon-separated</source>
        <translation>läst som %1, semikolonseparerad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="387"/>
        <source>read as %1, tab-separated</source>
        <translation>läst som %1, tabbseparerad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="388"/>
        <source>read as %1, comma-separated</source>
        <translation>läst som %1, kommaseparerad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="390"/>
        <source>sheet “%1”</source>
        <translation>blad ”%1”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="396"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2; header on row %3; %4, %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2; rubrik på rad %3; %4, %5.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="400"/>
        <source>%n data row(s)</source>
        <translation>
            <numerusform>%n datarad</numerusform>
            <numerusform>%n datarader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="401"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n kolumn</numerusform>
            <numerusform>%n kolumner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="35"/>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="42"/>
        <source>&amp;Mission:</source>
        <translation>&amp;Resa:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="43"/>
        <source>C&amp;luster:</source>
        <translation>K&amp;luster:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="44"/>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="68"/>
        <source>All missions</source>
        <translation>Alla resor</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="71"/>
        <source>All clusters</source>
        <translation>Alla kluster</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="74"/>
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="112"/>
        <source>A single mission&apos;s figures are those of its own dates</source>
        <translation>En enskild resas siffror är de från dess egna datum</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="202"/>
        <source>Edit the follow-up</source>
        <translation>Redigera uppföljningen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="204"/>
        <source>New follow-up</source>
        <translation>Ny uppföljning</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="216"/>
        <source>What came of the meeting or contact, and what happens next</source>
        <translation>Vad mötet eller kontakten ledde till, och vad som händer härnäst</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="218"/>
        <source>Change what came of it, the next action or who takes it</source>
        <translation>Ändra vad det ledde till, nästa åtgärd eller vem som tar den</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="226"/>
        <source>There is no meeting “%1”: choose one from the list, or leave it empty.</source>
        <translation>Det finns inget möte ”%1”: välj ett i listan, eller lämna tomt.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="231"/>
        <source>There is no organisation “%1”: choose one from the list, or leave it empty.</source>
        <translation>Det finns ingen organisation ”%1”: välj en i listan, eller lämna tomt.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="236"/>
        <source>There is no person “%1”: choose one from the list, or leave it empty.</source>
        <translation>Det finns ingen person ”%1”: välj en i listan, eller lämna tomt.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="248"/>
        <source>(no mission)</source>
        <translation>(ingen resa)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="252"/>
        <source>choose what came of it</source>
        <translation>välj vad det ledde till</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="254"/>
        <source>(nobody yet)</source>
        <translation>(ingen än)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="310"/>
        <source>the meeting recorded (cancelled since)</source>
        <translation>det registrerade mötet (inställt sedan dess)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="327"/>
        <source>the meeting&apos;s counterpart</source>
        <translation>mötets motpart</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="328"/>
        <source>the counterpart&apos;s participant</source>
        <translation>motpartens deltagare</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="331"/>
        <source>For a meeting, the organisation and contact are the counterpart&apos;s unless you choose others.</source>
        <translation>För ett möte är organisationen och kontakten motpartens, om du inte väljer andra.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="336"/>
        <source>type to search the organisations</source>
        <translation>skriv för att söka bland organisationerna</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="337"/>
        <source>type to search the people</source>
        <translation>skriv för att söka bland personerna</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="339"/>
        <source>none: a contact met elsewhere</source>
        <translation>inget: en kontakt som träffats någon annanstans</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="341"/>
        <source>none: choose a mission to see its meetings</source>
        <translation>inget: välj en resa för att se dess möten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="343"/>
        <source>none: this mission has no meetings</source>
        <translation>inget: den här resan har inga möten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="345"/>
        <source>Without a meeting, choose the organisation or the person met (or both).</source>
        <translation>Utan möte, välj organisationen eller personen du träffade (eller båda).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="454"/>
        <source>Choose what came of it: the outcome.</source>
        <translation>Välj vad det ledde till: utfallet.</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <location filename="../../ui/followup_form.ui" line="11"/>
        <source>&amp;Mission</source>
        <translation>&amp;Resa</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="13"/>
        <source>M&amp;eeting</source>
        <translation>&amp;Möte</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="14"/>
        <source>The B2B meeting this follow-up is for; none for a contact made elsewhere (a reception, a visit, a call)</source>
        <translation>B2B-mötet som uppföljningen gäller; inget för en kontakt som knutits någon annanstans (en mottagning, ett besök, ett samtal)</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="15"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="17"/>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="19"/>
        <source>O&amp;utcome</source>
        <translation>&amp;Utfall</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="21"/>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="22"/>
        <source>what was discussed, what they need, figures, names</source>
        <translation>vad som diskuterades, vad de behöver, siffror, namn</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="23"/>
        <source>Ne&amp;xt action</source>
        <translation>&amp;Nästa åtgärd</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="24"/>
        <source>e.g. send the quotation, plan a visit of the plant</source>
        <translation>t.ex. skicka offerten, planera ett besök på fabriken</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="25"/>
        <source>O&amp;wner</source>
        <translation>Ans&amp;varig</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="26"/>
        <source>Who takes the next action</source>
        <translation>Vem som tar nästa åtgärd</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="27"/>
        <source>&amp;Due</source>
        <translation>&amp;Förfaller</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="34"/>
        <source>No d&amp;ue date</source>
        <translation>Inget förfallo&amp;datum</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="39"/>
        <source>Do&amp;ne: the next action was taken</source>
        <translation>K&amp;lar: nästa åtgärd är utförd</translation>
    </message>
</context>
<context>
    <name>FollowUpLogText</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="25"/>
        <source>no meeting</source>
        <translation>inget möte</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="48"/>
        <source>%1 · overdue</source>
        <translation>%1 · försenad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="54"/>
        <source>Done on %1</source>
        <translation>Klar den %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="56"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="56"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="87"/>
        <source>EEN rating: %1</source>
        <translation>EEN-bedömning: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="172"/>
        <source>%1 overdue</source>
        <translation>%1 försenade</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="178"/>
        <source>%n follow-up(s) · %1 open · %2</source>
        <translation>
            <numerusform>%n uppföljning · %1 öppna · %2</numerusform>
            <numerusform>%n uppföljningar · %1 öppna · %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="181"/>
        <source>%1 shown of %2</source>
        <translation>%1 visas av %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="183"/>
        <source> — choose who you are in “I am” to see your open actions</source>
        <translation> — välj vem du är i ”Jag är” för att se dina öppna åtgärder</translation>
    </message>
</context>
<context>
    <name>FollowUpOutcome</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="90"/>
        <source>No interest</source>
        <translation>Inget intresse</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="91"/>
        <source>Information exchanged</source>
        <translation>Information utbytt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="92"/>
        <source>Follow-up meeting planned</source>
        <translation>Uppföljningsmöte planerat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="93"/>
        <source>Quotation or proposal sent</source>
        <translation>Offert eller förslag skickat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="94"/>
        <source>Agreement under negotiation</source>
        <translation>Avtal under förhandling</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="95"/>
        <source>Agreement or contract signed</source>
        <translation>Avtal eller kontrakt undertecknat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="96"/>
        <source>MoU signed</source>
        <translation>Samförståndsavtal undertecknat</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_page.py" line="124"/>
        <source>Search: organisation, contact, next action, notes, owner, outcome…</source>
        <translation>Sök: organisation, kontakt, nästa åtgärd, anteckningar, ansvarig, utfall…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_page.py" line="151"/>
        <source>Follow-up log</source>
        <translation>Uppföljningslogg</translation>
    </message>
</context>
<context>
    <name>FollowUpSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="83"/>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Ny uppföljning…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="86"/>
        <source>Record what came of a meeting or a contact (Ctrl+Shift+N)</source>
        <translation>Registrera vad ett möte eller en kontakt ledde till (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="88"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="90"/>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="103"/>
        <source>Mark &amp;done</source>
        <translation>Markera som &amp;klar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="93"/>
        <source>Mark the selected follow-ups done, or open again if all are done (Ctrl+Enter)</source>
        <translation>Markera de valda uppföljningarna som klara, eller öppna dem igen om alla är klara (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="95"/>
        <source>De&amp;lete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="103"/>
        <source>Re&amp;open</source>
        <translation>Öppna &amp;igen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="168"/>
        <source>Follow-up with %1 recorded. Undo with Ctrl+Z.</source>
        <translation>Uppföljning med %1 registrerad. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="170"/>
        <source>Follow-up recorded. Undo with Ctrl+Z.</source>
        <translation>Uppföljning registrerad. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="218"/>
        <source>Follow-up with %1 saved. Undo with Ctrl+Z.</source>
        <translation>Uppföljning med %1 sparad. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="220"/>
        <source>Follow-up saved. Undo with Ctrl+Z.</source>
        <translation>Uppföljning sparad. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="254"/>
        <source>mark the follow-ups done</source>
        <translation>markera uppföljningarna som klara</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="254"/>
        <source>reopen them</source>
        <translation>öppna dem igen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="263"/>
        <source>%n follow-up(s) marked done. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n uppföljning markerad som klar. Ångra med Ctrl+Z.</numerusform>
            <numerusform>%n uppföljningar markerade som klara. Ångra med Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="265"/>
        <source>%n follow-up(s) open again. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n uppföljning öppen igen. Ångra med Ctrl+Z.</numerusform>
            <numerusform>%n uppföljningar öppna igen. Ångra med Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="278"/>
        <source>delete the follow-up</source>
        <translation>ta bort uppföljningen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="286"/>
        <source>Follow-up with %1 deleted. Undo with Ctrl+Z.</source>
        <translation>Uppföljning med %1 borttagen. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="288"/>
        <source>Follow-up deleted. Undo with Ctrl+Z.</source>
        <translation>Uppföljning borttagen. Ångra med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>FollowUpUndoSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="38"/>
        <source>Record a follow-up with %1</source>
        <translation>Registrera en uppföljning med %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="40"/>
        <source>Record a follow-up</source>
        <translation>Registrera en uppföljning</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="72"/>
        <source>Edit the follow-up with %1</source>
        <translation>Redigera uppföljningen med %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="74"/>
        <source>Edit the follow-up</source>
        <translation>Redigera uppföljningen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="88"/>
        <source>Mark %n follow-up(s) done</source>
        <translation>
            <numerusform>Markera %n uppföljning som klar</numerusform>
            <numerusform>Markera %n uppföljningar som klara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="90"/>
        <source>Reopen %n follow-up(s)</source>
        <translation>
            <numerusform>Öppna %n uppföljning igen</numerusform>
            <numerusform>Öppna %n uppföljningar igen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="101"/>
        <source>Delete the follow-up with %1</source>
        <translation>Ta bort uppföljningen med %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="103"/>
        <source>Delete the follow-up</source>
        <translation>Ta bort uppföljningen</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="95"/>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="166"/>
        <source>Import people</source>
        <translation>Importera personer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="111"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="154"/>
        <source>check %1</source>
        <translation>kontrollera %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="154"/>
        <source>import %1</source>
        <translation>importera %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="165"/>
        <source>Checking %1…</source>
        <translation>Kontrollerar %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="165"/>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="37"/>
        <source>SMEs engaged</source>
        <translation>Engagerade SMF</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="39"/>
        <source>Distinct SMEs with at least one confirmed or checked-in participant</source>
        <translation>Unika SMF med minst en bekräftad eller incheckad deltagare</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="46"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="48"/>
        <source>Distinct people with a confirmed or checked-in registration</source>
        <translation>Unika personer med en bekräftad eller incheckad anmälan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="55"/>
        <source>Meetings held</source>
        <translation>Genomförda möten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="57"/>
        <source>B2B meetings marked held (no-shows and cancelled meetings not counted)</source>
        <translation>B2B-möten markerade som genomförda (uteblivna och inställda möten räknas inte)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="64"/>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="66"/>
        <source>Follow-ups recorded, any outcome</source>
        <translation>Registrerade uppföljningar, oavsett utfall</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="70"/>
        <source>Agreements signed</source>
        <translation>Undertecknade avtal</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="72"/>
        <source>Follow-ups with the outcome &apos;agreement or contract signed&apos; (the funnel&apos;s last stage counts meetings instead: held meetings that led to an agreement or an MoU)</source>
        <translation>Uppföljningar med utfallet ”avtal eller kontrakt undertecknat” (trattens sista steg räknar i stället möten: genomförda möten som ledde till ett avtal eller ett samförståndsavtal)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="80"/>
        <source>MoUs signed</source>
        <translation>Undertecknade MoU</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="82"/>
        <source>Follow-ups with the outcome &apos;MoU signed&apos;</source>
        <translation>Uppföljningar med utfallet ”samförståndsavtal undertecknat”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="89"/>
        <source>Missions held</source>
        <translation>Genomförda resor</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="91"/>
        <source>Missions and workshops held: over, or closed once begun; drafts never count. Only these are counted on this page; the others are the pipeline</source>
        <translation>Resor och workshoppar som genomförts: avslutade, eller stängda efter att ha börjat; utkast räknas aldrig. Bara dessa räknas på den här sidan; de övriga är på gång</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="142"/>
        <source>no target set</source>
        <translation>inget mål angivet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="145"/>
        <source>of target %1</source>
        <translation>av målet %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="153"/>
        <source>Target %1: met.</source>
        <translation>Mål %1: uppnått.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="153"/>
        <source>Target %1: not met yet.</source>
        <translation>Mål %1: inte uppnått än.</translation>
    </message>
</context>
<context>
    <name>KpiCardsText</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="181"/>
        <source>no target set</source>
        <translation>inget mål angivet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="181"/>
        <source>not held yet</source>
        <translation>inte genomförd än</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="187"/>
        <source>and %n workshop(s)</source>
        <translation>
            <numerusform>och %n workshop</numerusform>
            <numerusform>och %n workshoppar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="189"/>
        <source>no workshops</source>
        <translation>inga workshoppar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="220"/>
        <source>Missions not held yet (to come, or running): what they have gathered so far is not in the cards or charts and is never compared with a target</source>
        <translation>Resor som inte genomförts än (kommande eller pågående): det de har samlat hittills finns inte i korten eller diagrammen och jämförs aldrig med ett mål</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="231"/>
        <source>Mission %1</source>
        <translation>Resa %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="233"/>
        <source>All missions</source>
        <translation>Alla resor</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="234"/>
        <source>all clusters</source>
        <translation>alla kluster</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="240"/>
        <source>%1 meetings requested, %2 scheduled, %n no-show(s), %3 cancelled</source>
        <translation>
            <numerusform>%1 efterfrågade möten, %2 schemalagda, %n uteblivet, %3 inställda</numerusform>
            <numerusform>%1 efterfrågade möten, %2 schemalagda, %n uteblivna, %3 inställda</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="251"/>
        <source>%1 — %2 In these: %3.</source>
        <translation>%1 — %2 Bland dessa: %3.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="260"/>
        <source>Pipeline so far: %1.</source>
        <translation>På gång hittills: %1.</translation>
    </message>
</context>
<context>
    <name>KpiChartPanels</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="17"/>
        <source>Nothing chosen is held yet: what is planned is in the pipeline above.</source>
        <translation>Inget av det valda är genomfört än: det planerade visas som på gång ovan.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="20"/>
        <source>Targets and actual figures</source>
        <translation>Mål och utfall</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="77"/>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="79"/>
        <source>Meetings funnel</source>
        <translation>Mötestratt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="80"/>
        <source>Follow-up outcomes by cluster</source>
        <translation>Uppföljningarnas utfall per kluster</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="92"/>
        <source>No targets set for this choice.</source>
        <translation>Inga mål angivna för det här valet.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="96"/>
        <source>%1 Targets are compared with what missions achieved once they are held.</source>
        <translation>%1 Målen jämförs med vad resorna uppnått när de har genomförts.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="108"/>
        <source>No meetings requested.</source>
        <translation>Inga efterfrågade möten.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="114"/>
        <source>No follow-ups recorded for this choice.</source>
        <translation>Inga uppföljningar registrerade för det här valet.</translation>
    </message>
</context>
<context>
    <name>KpiCharts</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="47"/>
        <source>SMEs engaged</source>
        <translation>Engagerade SMF</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="48"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="49"/>
        <source>Meetings requested</source>
        <translation>Efterfrågade möten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="50"/>
        <source>Meetings scheduled</source>
        <translation>Schemalagda möten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="51"/>
        <source>Meetings held</source>
        <translation>Genomförda möten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="52"/>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="53"/>
        <source>Agreements signed</source>
        <translation>Undertecknade avtal</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="54"/>
        <source>MoUs signed</source>
        <translation>Undertecknade MoU</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="59"/>
        <source>No interest</source>
        <translation>Inget intresse</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="60"/>
        <source>Information exchanged</source>
        <translation>Information utbytt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="61"/>
        <source>Meeting planned</source>
        <translation>Möte planerat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="62"/>
        <source>Proposal sent</source>
        <translation>Förslag skickat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="63"/>
        <source>Under negotiation</source>
        <translation>Under förhandling</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="64"/>
        <source>Agreement signed</source>
        <translation>Avtal undertecknat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="65"/>
        <source>MoU signed</source>
        <translation>Samförståndsavtal undertecknat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="81"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="82"/>
        <source>Actual: target met</source>
        <translation>Utfall: målet uppnått</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="83"/>
        <source>Actual: below target</source>
        <translation>Utfall: under målet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="86"/>
        <source>No cluster</source>
        <translation>Inget kluster</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="111"/>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="229"/>
        <source>Targets and actual figures</source>
        <translation>Mål och utfall</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="230"/>
        <source>Actual</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="254"/>
        <source>%1: %2 of %3 (%4, target met)</source>
        <translation>%1: %2 av %3 (%4, målet uppnått)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="256"/>
        <source>%1: %2 of %3 (%4, below target)</source>
        <translation>%1: %2 av %3 (%4, under målet)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="316"/>
        <source>Meetings funnel</source>
        <translation>Mötestratt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="317"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="326"/>
        <source>under each stage: its share of the stage before</source>
        <translation>under varje steg: dess andel av steget före</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="330"/>
        <source>%1: meetings; the cards count signatures (%2 agreements, %3 MoUs)</source>
        <translation>%1: möten; korten räknar underskrifter (%2 avtal, %3 MoU)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="346"/>
        <source>%1: %2 meetings (distinct pairs)</source>
        <translation>%1: %2 möten (unika par)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="349"/>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 av %4)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="385"/>
        <source>Follow-up outcomes by cluster</source>
        <translation>Uppföljningarnas utfall per kluster</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="413"/>
        <source>%1
%2: %3 of %4 follow-ups (%5)</source>
        <translation>%1
%2: %3 av %4 uppföljningar (%5)</translation>
    </message>
</context>
<context>
    <name>KpiDashboard</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="134"/>
        <source>&amp;Targets…</source>
        <translation>&amp;Mål…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="136"/>
        <source>KPI &amp;targets…</source>
        <translation>&amp;Mål för nyckeltal…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="138"/>
        <source>&amp;Count again</source>
        <translation>&amp;Räkna om</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="158"/>
        <source>KPI dashboard</source>
        <translation>Nyckeltalsöversikt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="246"/>
        <source>Set the targets of %1</source>
        <translation>Ange målen för %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="248"/>
        <source>Choose a mission, or a year, to set its targets</source>
        <translation>Välj en resa, eller ett år, för att ange dess mål</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="295"/>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="323"/>
        <source>count the KPIs</source>
        <translation>räkna nyckeltalen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="367"/>
        <source>KPI targets</source>
        <translation>Mål för nyckeltal</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="369"/>
        <source>Targets are set for a mission, or for a year (for one cluster or for all clusters together).

Choose a mission, or a year, above; then click Targets… again.</source>
        <translation>Mål anges för en resa, eller för ett år (för ett kluster eller för alla kluster tillsammans).

Välj en resa, eller ett år, ovan; klicka sedan på Mål… igen.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="401"/>
        <source>Targets of %1 saved.</source>
        <translation>Målen för %1 har sparats.</translation>
    </message>
</context>
<context>
    <name>KpiMetric</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="104"/>
        <source>SMEs engaged</source>
        <translation>Engagerade SMF</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="105"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="106"/>
        <source>Meetings requested</source>
        <translation>Efterfrågade möten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="107"/>
        <source>Meetings scheduled</source>
        <translation>Schemalagda möten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="108"/>
        <source>Meetings held</source>
        <translation>Genomförda möten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="109"/>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="110"/>
        <source>Agreements signed</source>
        <translation>Undertecknade avtal</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="111"/>
        <source>MoUs signed</source>
        <translation>Undertecknade MoU</translation>
    </message>
</context>
<context>
    <name>KpiTargetScope</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="63"/>
        <source>%1, for %2</source>
        <translation>%1, för %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="66"/>
        <source>The figures of %1&apos;s members in this mission are compared with these; the mission&apos;s own targets are those with all clusters chosen.</source>
        <translation>Siffrorna för medlemmarna i %1 på den här resan jämförs med dessa; resans egna mål är de där alla kluster är valda.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="74"/>
        <source>The mission&apos;s figures are compared with these once it is held (its last day past, or closed once begun); they then count in the totals of its year and of all missions. Before, its figures are the pipeline.</source>
        <translation>Resans siffror jämförs med dessa när den har genomförts (sista dagen passerad, eller stängd efter att ha börjat); de räknas sedan in i totalerna för dess år och för alla resor. Innan dess räknas dess siffror som på gång.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="83"/>
        <source>%1, all clusters together</source>
        <translation>%1, alla kluster tillsammans</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="88"/>
        <source>Where one is set here, it stands for %1 in %2 instead of the sum of its targets in the %2 missions held. Over all years, its targets of the years with a held mission add up.</source>
        <translation>Där ett mål anges här gäller det för %1 under %2 i stället för summan av klustrets mål i de resor som genomförts %2. Över alla år summeras klustrets mål för de år som har en genomförd resa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="98"/>
        <source>Where one is set here, it stands for %1 instead of the sum of the targets of the %1 missions held. Over all years, the targets of the years with a held mission add up.</source>
        <translation>Där ett mål anges här gäller det för %1 i stället för summan av målen för de resor som genomförts %1. Över alla år summeras målen för de år som har en genomförd resa.</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/list_pane.py" line="223"/>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
</context>
<context>
    <name>LogExport</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="64"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="67"/>
        <source>The log shown (this mission or all) as XLSX, CSV or PDF</source>
        <translation>Loggen som visas (den här resan eller alla) som XLSX, CSV eller PDF</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="85"/>
        <source>Export the follow-up log</source>
        <translation>Exportera uppföljningsloggen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="102"/>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="104"/>
        <source>export the follow-up log</source>
        <translation>exportera uppföljningsloggen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="112"/>
        <source>%n follow-up(s) written on %1 pages to %2.</source>
        <translation>
            <numerusform>%n uppföljning skriven på %1 sidor till %2.</numerusform>
            <numerusform>%n uppföljningar skrivna på %1 sidor till %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="115"/>
        <source>%n follow-up(s) written to %1.</source>
        <translation>
            <numerusform>%n uppföljning skriven till %1.</numerusform>
            <numerusform>%n uppföljningar skrivna till %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogFilters</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="22"/>
        <source>All follow-ups</source>
        <translation>Alla uppföljningar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="23"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="24"/>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="25"/>
        <source>My open actions</source>
        <translation>Mina öppna åtgärder</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="56"/>
        <source>Who you are: “My open actions” shows the open follow-ups you own, and new follow-ups are yours unless you choose another owner</source>
        <translation>Vem du är: ”Mina öppna åtgärder” visar de öppna uppföljningar du är ansvarig för, och nya uppföljningar blir dina om du inte väljer en annan ansvarig</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="64"/>
        <source>Mission:</source>
        <translation>Resa:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="67"/>
        <source>Show:</source>
        <translation>Visa:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="70"/>
        <source>I am:</source>
        <translation>Jag är:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="85"/>
        <source>All missions</source>
        <translation>Alla resor</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="112"/>
        <source>(choose who you are)</source>
        <translation>(välj vem du är)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="114"/>
        <source>Missions</source>
        <translation>Resor</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="115"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="116"/>
        <source>Registrations</source>
        <translation>Anmälningar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="117"/>
        <source>B2B meetings</source>
        <translation>B2B-möten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="118"/>
        <source>Directory</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="119"/>
        <source>Print &amp; export</source>
        <translation>Skriv ut &amp; exportera</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="120"/>
        <source>On site</source>
        <translation>På plats</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="121"/>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="122"/>
        <source>KPIs</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="147"/>
        <source>The database this window works on</source>
        <translation>Databasen som det här fönstret arbetar med</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="220"/>
        <source>The mission every page shows (Ctrl+K to search)</source>
        <translation>Resan som alla sidor visar (Ctrl+K för att söka)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="222"/>
        <source>Mission</source>
        <translation>Resa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="237"/>
        <location filename="../../pimap_desktop/gui/main_window.py" line="719"/>
        <source>Now working on %1.</source>
        <translation>Arbetar nu med %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="241"/>
        <source>%1 (read only)</source>
        <translation>%1 (skrivskyddad)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="261"/>
        <source>&amp;Import people…</source>
        <translation>&amp;Importera personer…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="264"/>
        <source>&amp;Print and export…</source>
        <translation>Skriv &amp;ut och exportera…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="267"/>
        <source>Agendas, badges, packs, table plans and calendar files</source>
        <translation>Agendor, namnbrickor, paket, bordsplaner och kalenderfiler</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="269"/>
        <source>&amp;Back up now</source>
        <translation>S&amp;äkerhetskopiera nu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="270"/>
        <source>&amp;Check database</source>
        <translation>Kontrollera &amp;databasen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="272"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="275"/>
        <source>Go back to a verified backup; the current state is backed up first</source>
        <translation>Gå tillbaka till en verifierad säkerhetskopia; nuvarande läge säkerhetskopieras först</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="277"/>
        <source>&amp;Connect to team database…</source>
        <translation>A&amp;nslut till teamdatabas…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="279"/>
        <source>Work on a PostgreSQL database shared by the coordinators of several clusters</source>
        <translation>Arbeta med en PostgreSQL-databas som delas av koordinatorerna i flera kluster</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="282"/>
        <source>&amp;Open database file…</source>
        <translation>&amp;Öppna databasfil…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="285"/>
        <source>Work on another PIMAP database file, such as a mission taken offline</source>
        <translation>Arbeta med en annan PIMAP-databasfil, till exempel en resa som tagits med offline</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="289"/>
        <source>Save a &amp;copy as SQLite…</source>
        <translation>Spara en &amp;kopia som SQLite…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="292"/>
        <source>Write the whole database to a file you can take along</source>
        <translation>Skriv hela databasen till en fil som du kan ta med dig</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="296"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="299"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="301"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="306"/>
        <source>S&amp;witch mission…</source>
        <translation>&amp;Byt resa…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="308"/>
        <source>Choose the mission every page shows (Ctrl+K)</source>
        <translation>Välj resan som alla sidor visar (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="317"/>
        <source>&amp;Branding…</source>
        <translation>&amp;Profil…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="319"/>
        <source>The partnership&apos;s and funders&apos; emblems and the funding statement on documents</source>
        <translation>Partnerskapets och finansiärernas emblem och finansieringstexten på dokument</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="322"/>
        <source>&amp;About PIMAP Desktop</source>
        <translation>&amp;Om PIMAP Desktop</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="331"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="352"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="354"/>
        <source>&amp;Missions</source>
        <translation>R&amp;esor</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="366"/>
        <source>&amp;Programme</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="378"/>
        <source>&amp;Registrations</source>
        <translation>A&amp;nmälningar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="392"/>
        <source>&amp;B2B</source>
        <translation>&amp;B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="420"/>
        <source>&amp;Directory</source>
        <translation>Re&amp;gister</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="433"/>
        <source>On &amp;site</source>
        <translation>På p&amp;lats</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="447"/>
        <source>F&amp;ollow-ups</source>
        <translation>&amp;Uppföljningar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="457"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="458"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="459"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="469"/>
        <source>&amp;Language</source>
        <translation>Spr&amp;åk</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="481"/>
        <source>Takes effect when PIMAP Desktop starts again</source>
        <translation>Gäller när PIMAP Desktop startas om</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="489"/>
        <source>The interface is in %1.</source>
        <translation>Gränssnittet är på %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="493"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="495"/>
        <source>%1: takes effect when PIMAP Desktop starts again.</source>
        <translation>%1: gäller när PIMAP Desktop startas om.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="574"/>
        <source>%1 imported: %2. Undo with Ctrl+Z.</source>
        <translation>%1 importerades: %2. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="612"/>
        <source>Daily backup made: %1</source>
        <translation>Daglig säkerhetskopia gjord: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="616"/>
        <source>make the daily backup</source>
        <translation>göra den dagliga säkerhetskopian</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="624"/>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="628"/>
        <source>Backup written and verified: %1</source>
        <translation>Säkerhetskopia skriven och verifierad: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="630"/>
        <source>Backups are up to the server.</source>
        <translation>Säkerhetskopior sköts av servern.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="635"/>
        <source>back up the database</source>
        <translation>säkerhetskopiera databasen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="669"/>
        <source>Open a PIMAP database</source>
        <translation>Öppna en PIMAP-databas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="670"/>
        <source>PIMAP databases (*.sqlite *.db);;All files (*)</source>
        <translation>PIMAP-databaser (*.sqlite *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="692"/>
        <source>open %1</source>
        <translation>öppna %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="781"/>
        <source>Save a copy as SQLite</source>
        <translation>Spara en kopia som SQLite</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="783"/>
        <source>PIMAP database (*.sqlite)</source>
        <translation>PIMAP-databas (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="790"/>
        <source>That is the database itself: choose another file.</source>
        <translation>Det är själva databasen: välj en annan fil.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="793"/>
        <source>Saving a copy…</source>
        <translation>Sparar en kopia…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="798"/>
        <source>save a copy as SQLite</source>
        <translation>spara en kopia som SQLite</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="800"/>
        <source>Copy saved: %1</source>
        <translation>Kopia sparad: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="806"/>
        <source>Checking the database…</source>
        <translation>Kontrollerar databasen…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="812"/>
        <source>The database is damaged</source>
        <translation>Databasen är skadad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="815"/>
        <source>The integrity check found problems:

%1

Restore the latest backup from the backups folder beside it.</source>
        <translation>Integritetskontrollen hittade problem:

%1

Återställ den senaste säkerhetskopian från mappen för säkerhetskopior bredvid den.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="822"/>
        <source>The database is in good order.</source>
        <translation>Databasen är i gott skick.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="826"/>
        <source>check the database</source>
        <translation>kontrollera databasen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="839"/>
        <source>Branding saved: the next documents carry it.</source>
        <translation>Profilen har sparats: nästa dokument får den.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="848"/>
        <source>About PIMAP Desktop</source>
        <translation>Om PIMAP Desktop</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="851"/>
        <source>&lt;b&gt;PIMAP Desktop&lt;/b&gt; %1&lt;br&gt;Missions, delegations, B2B meetings and follow-up for technology clusters.&lt;br&gt;&lt;br&gt;Database: %2&lt;br&gt;%3&lt;br&gt;Log file: %4</source>
        <translation>&lt;b&gt;PIMAP Desktop&lt;/b&gt; %1&lt;br&gt;Resor, delegationer, B2B-möten och uppföljning för teknikkluster.&lt;br&gt;&lt;br&gt;Databas: %2&lt;br&gt;%3&lt;br&gt;Loggfil: %4</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="413"/>
        <source>Match the columns</source>
        <translation>Matcha kolumnerna</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="416"/>
        <source>What each column of the file holds. PIMAP recognised what it could; correct it where needed. An e-mail and a last (or full) name are required.</source>
        <translation>Vad varje kolumn i filen innehåller. PIMAP har känt igen det som gick; rätta där det behövs. En e-postadress och ett efternamn (eller fullständigt namn) krävs.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="422"/>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="422"/>
        <source>Examples</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="422"/>
        <source>Means</source>
        <translation>Betyder</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="439"/>
        <source>The first %1 rows, as they will be read:</source>
        <translation>De första %1 raderna, så som de kommer att läsas:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="452"/>
        <source>(column %1)</source>
        <translation>(kolumn %1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="459"/>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="481"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="499"/>
        <source>Two columns mean the same: %1.</source>
        <translation>Två kolumner betyder samma sak: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="504"/>
        <source>Choose the column that holds the e-mail: it is how PIMAP recognises a person.</source>
        <translation>Välj kolumnen som innehåller e-postadressen: det är så PIMAP känner igen en person.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="507"/>
        <source>Choose the column with the last name (or the full name).</source>
        <translation>Välj kolumnen med efternamnet (eller det fullständiga namnet).</translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="25"/>
        <source>not yet</source>
        <translation>inte än</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="71"/>
        <source>Matches appear here as you type a name, an organisation or an e-mail.</source>
        <translation>Träffar visas här medan du skriver ett namn, en organisation eller en e-postadress.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="73"/>
        <source>A code: Enter reads it.</source>
        <translation>En kod: Enter läser den.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="75"/>
        <source>Nobody matches “%1”. Walk-in… registers someone new.</source>
        <translation>Ingen matchar ”%1”. Spontandeltagare… anmäler någon ny.</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="85"/>
        <source>Scheduled</source>
        <translation>Schemalagt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="86"/>
        <source>Held</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="87"/>
        <source>No-show</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="88"/>
        <source>Cancelled</source>
        <translation>Avbokad</translation>
    </message>
</context>
<context>
    <name>MeetingSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="33"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="36"/>
        <source>U&amp;nlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="39"/>
        <source>Re&amp;move meeting</source>
        <translation>Ta bort &amp;möte</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="43"/>
        <source>&amp;Fit this request in</source>
        <translation>&amp;Passa in förfrågan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="45"/>
        <source>Place the selected request at the first free slot</source>
        <translation>Placera den valda förfrågan i första lediga tidslucka</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="60"/>
        <source>no session is shown</source>
        <translation>ingen session visas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="69"/>
        <source>Cannot go there: %1</source>
        <translation>Kan inte flytta dit: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="87"/>
        <source>move the meeting</source>
        <translation>flytta mötet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="108"/>
        <source>Meeting %1 moved and locked. Undo with Ctrl+Z.</source>
        <translation>Mötet %1 har flyttats och låsts. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="149"/>
        <source>Remove a meeting</source>
        <translation>Ta bort ett möte</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="151"/>
        <source>Meeting %1 removed. Undo with Ctrl+Z.</source>
        <translation>Mötet %1 har tagits bort. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="159"/>
        <source>Fit a request in</source>
        <translation>Passa in en förfrågan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="162"/>
        <source>%1 and %2 now meet (locked).</source>
        <translation>%1 och %2 träffas nu (låst).</translation>
    </message>
</context>
<context>
    <name>MeetingsOfDayView</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="118"/>
        <source>locked</source>
        <translation>låst</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="127"/>
        <source>Not checked in yet</source>
        <translation>Inte incheckad än</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="226"/>
        <source>Only meetings with someone &amp;late</source>
        <translation>Bara möten där någon är s&amp;en</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="252"/>
        <source>Notes for the follow-up (optional), then pick the outcome</source>
        <translation>Anteckningar för uppföljningen (valfritt), välj sedan utfallet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="268"/>
        <source>&amp;Follow-up</source>
        <translation>Uppf&amp;öljning</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="270"/>
        <source>The outcome of the selected meeting, in one click (marks it held)</source>
        <translation>Utfallet av det valda mötet, med ett klick (markerar det som genomfört)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="277"/>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="311"/>
        <source>&amp;Held</source>
        <translation>&amp;Genomfört</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="314"/>
        <source>Mark held</source>
        <translation>Markera som genomfört</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="317"/>
        <source>&amp;No-show</source>
        <translation>&amp;Uteblev</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="320"/>
        <source>Mark no-show</source>
        <translation>Markera som uteblivet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="323"/>
        <source>&amp;Cancelled</source>
        <translation>&amp;Inställt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="326"/>
        <source>Mark cancelled</source>
        <translation>Markera som inställt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="329"/>
        <source>&amp;Scheduled</source>
        <translation>&amp;Schemalagt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="332"/>
        <source>Back to scheduled</source>
        <translation>Tillbaka till schemalagt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="335"/>
        <source>&amp;Move…</source>
        <translation>&amp;Flytta…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="338"/>
        <source>Move the meeting to a free slot or table</source>
        <translation>Flytta mötet till en ledig tidslucka eller ett ledigt bord</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="340"/>
        <source>Follow-&amp;up</source>
        <translation>Uppfölj&amp;ning</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="388"/>
        <source>Times in %1 (%2)</source>
        <translation>Tider i %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="439"/>
        <source>No meetings this day.</source>
        <translation>Inga möten den här dagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="448"/>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="503"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n möte</numerusform>
            <numerusform>%n möten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="450"/>
        <source>%1, %2 to come</source>
        <translation>%1, %2 återstår</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="454"/>
        <source>%1 late</source>
        <translation>%1 sena</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="496"/>
        <source>change the meeting&apos;s status</source>
        <translation>ändra mötets status</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="506"/>
        <source>%1: %2. Undo with Ctrl+Z.</source>
        <translation>%1: %2. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="523"/>
        <source>move the meeting</source>
        <translation>flytta mötet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="555"/>
        <source>Meeting %1 moved and locked. Undo with Ctrl+Z.</source>
        <translation>Mötet %1 har flyttats och låsts. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="577"/>
        <source>record the follow-up</source>
        <translation>registrera uppföljningen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="589"/>
        <source>Follow-up “%1” recorded for %2 (meeting marked held). Undo with Ctrl+Z.</source>
        <translation>Uppföljning ”%1” registrerad för %2 (mötet markerat som genomfört). Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="591"/>
        <source>Follow-up “%1” recorded for %2. Undo with Ctrl+Z.</source>
        <translation>Uppföljning ”%1” registrerad för %2. Ångra med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="399"/>
        <source>Which record do you keep?</source>
        <translation>Vilken post behåller du?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="405"/>
        <source>Keep %1</source>
        <translation>Behåll %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="432"/>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
</context>
<context>
    <name>MissionChooser</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/chooser.py" line="30"/>
        <source>&amp;Mission:</source>
        <translation>&amp;Resa:</translation>
    </message>
</context>
<context>
    <name>MissionDeletionText</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="398"/>
        <source>%n programme item(s)</source>
        <translation>
            <numerusform>%n programpunkt</numerusform>
            <numerusform>%n programpunkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="399"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n anmälan</numerusform>
            <numerusform>%n anmälningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="400"/>
        <source>%n B2B session(s)</source>
        <translation>
            <numerusform>%n B2B-session</numerusform>
            <numerusform>%n B2B-sessioner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="401"/>
        <source>%n meeting request(s)</source>
        <translation>
            <numerusform>%n mötesförfrågan</numerusform>
            <numerusform>%n mötesförfrågningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="402"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n möte</numerusform>
            <numerusform>%n möten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="403"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n uppföljning</numerusform>
            <numerusform>%n uppföljningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="404"/>
        <source>%n KPI target(s)</source>
        <translation>
            <numerusform>%n mål för nyckeltal</numerusform>
            <numerusform>%n mål för nyckeltal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="418"/>
        <source>Mission %1 has nothing else attached to it.</source>
        <translation>Inget annat hör till resan %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="421"/>
        <source>Deleting mission %1 also deletes %2.</source>
        <translation>Om resan %1 tas bort tas även %2 bort.</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="99"/>
        <source>New mission</source>
        <translation>Ny resa</translation>
    </message>
</context>
<context>
    <name>MissionForm</name>
    <message>
        <location filename="../../ui/mission_form.ui" line="10"/>
        <source>&amp;Code</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="11"/>
        <source>e.g. PW2027</source>
        <translation>t.ex. PW2027</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="12"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="13"/>
        <source>e.g. Photonics West 2027 business mission</source>
        <translation>t.ex. Affärsresa till Photonics West 2027</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="14"/>
        <source>&amp;Kind</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="16"/>
        <source>&amp;Host event</source>
        <translation>&amp;Värdevenemang</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="17"/>
        <source>optional, e.g. SPIE Photonics West</source>
        <translation>valfritt, t.ex. SPIE Photonics West</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="18"/>
        <source>C&amp;ity</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="20"/>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="21"/>
        <source>Type the name in English, French, Portuguese, Finnish or Swedish, or the code (DE)</source>
        <translation>Skriv namnet på engelska, franska, portugisiska, finska eller svenska, eller koden (DE)</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="22"/>
        <source>&amp;Time zone</source>
        <translation>Tids&amp;zon</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="25"/>
        <source>Type a city (Berlin, São Paulo, Munich) or part of a zone&apos;s name</source>
        <translation>Skriv en stad (Berlin, São Paulo, München) eller en del av en zons namn</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="26"/>
        <source>The zone&apos;s offset from UTC today (it changes with daylight saving time)</source>
        <translation>Zonens avvikelse från UTC i dag (den ändras med sommartid)</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="29"/>
        <source>&amp;First day</source>
        <translation>&amp;Första dag</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="31"/>
        <source>&amp;Last day</source>
        <translation>Sista &amp;dag</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="33"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="35"/>
        <source>Organised &amp;by</source>
        <translation>&amp;Arrangerad av</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="37"/>
        <source>&amp;Objectives</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="39"/>
        <source>&amp;Practical information</source>
        <translation>&amp;Praktisk information</translation>
    </message>
</context>
<context>
    <name>MissionKind</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="39"/>
        <source>Business mission</source>
        <translation>Affärsresa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="40"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="41"/>
        <source>Fair participation</source>
        <translation>Mässdeltagande</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="42"/>
        <source>Matchmaking event</source>
        <translation>Matchmakingevenemang</translation>
    </message>
</context>
<context>
    <name>MissionPicker</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="481"/>
        <source>Take mission offline</source>
        <translation>Ta med resa offline</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="493"/>
        <source>&amp;Mission to take to the fair:</source>
        <translation>&amp;Resa att ta med till mässan:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="499"/>
        <source>&amp;Next…</source>
        <translation>&amp;Nästa…</translation>
    </message>
</context>
<context>
    <name>MissionStatus</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="44"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="45"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="46"/>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="47"/>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
</context>
<context>
    <name>MissionSwitcher</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/current.py" line="125"/>
        <source>Switch mission</source>
        <translation>Byt resa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/current.py" line="144"/>
        <source>Type a code, name, city or year…</source>
        <translation>Skriv en kod, ett namn, en stad eller ett år…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/current.py" line="148"/>
        <source>No mission matches.</source>
        <translation>Ingen resa matchar.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/current.py" line="156"/>
        <source>Switch</source>
        <translation>Byt</translation>
    </message>
</context>
<context>
    <name>MissionsPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="68"/>
        <source>%1 to %2, %3</source>
        <translation>%1 till %2, %3</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="101"/>
        <source>Search missions: code, name, city, kind…</source>
        <translation>Sök resor: kod, namn, stad, typ…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="105"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="124"/>
        <source>&amp;New mission…</source>
        <translation>&amp;Ny resa…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="127"/>
        <source>&amp;Edit mission…</source>
        <translation>&amp;Redigera resa…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="130"/>
        <source>D&amp;uplicate mission…</source>
        <translation>D&amp;uplicera resa…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="133"/>
        <source>&amp;Delete mission…</source>
        <translation>&amp;Ta bort resa…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="135"/>
        <source>Open &amp;programme</source>
        <translation>Öppna &amp;program</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="155"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="159"/>
        <source>Missions and workshops</source>
        <translation>Resor och workshoppar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="185"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n resa</numerusform>
            <numerusform>%n resor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="187"/>
        <source>%1 of %n mission(s) shown</source>
        <translation>
            <numerusform>%1 av %n resa visas</numerusform>
            <numerusform>%1 av %n resor visas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="248"/>
        <source>New mission</source>
        <translation>Ny resa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="254"/>
        <source>Mission %1 created.</source>
        <translation>Resan %1 har skapats.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="269"/>
        <source>open the mission</source>
        <translation>öppna resan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="282"/>
        <source>Edit mission %1</source>
        <translation>Redigera resan %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="288"/>
        <source>Mission %1 saved.</source>
        <translation>Resan %1 har sparats.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="312"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="320"/>
        <source>Mission %1 duplicated.</source>
        <translation>Resan %1 har duplicerats.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="332"/>
        <source>delete the mission</source>
        <translation>ta bort resan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="337"/>
        <source>Delete mission %1?</source>
        <translation>Ta bort resan %1?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="340"/>
        <source>%1

A backup of the database is taken first, in the backups folder beside it.</source>
        <translation>%1

En säkerhetskopia av databasen tas först, i mappen för säkerhetskopior bredvid den.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="349"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="370"/>
        <source>Mission %1 deleted (a backup was taken first).</source>
        <translation>Resan %1 har tagits bort (en säkerhetskopia togs först).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="372"/>
        <source>Backing up, then deleting mission %1…</source>
        <translation>Säkerhetskopierar och tar sedan bort resan %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="374"/>
        <source>delete mission %1</source>
        <translation>ta bort resan %1</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="190"/>
        <source>Move the meeting</source>
        <translation>Flytta mötet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="195"/>
        <source>%1&lt;br&gt;Free places (no table taken, nobody busy or away):</source>
        <translation>%1&lt;br&gt;Lediga platser (inget bord upptaget, ingen deltagare upptagen eller borta):</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="199"/>
        <source>%1&lt;br&gt;&lt;b&gt;No free place:&lt;/b&gt; every other slot and table is taken, or a participant is busy, away or in a programme item then.</source>
        <translation>%1&lt;br&gt;&lt;b&gt;Ingen ledig plats:&lt;/b&gt; alla andra tidsluckor och bord är upptagna, eller så är en deltagare upptagen, borta eller på en programpunkt då.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="208"/>
        <source>Filter: a day, a time, a table…</source>
        <translation>Filtrera: en dag, en tid, ett bord…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="224"/>
        <source>&amp;Move</source>
        <translation>&amp;Flytta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="251"/>
        <source>Choose a free place in the list.</source>
        <translation>Välj en ledig plats i listan.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="87"/>
        <source>New practical note</source>
        <translation>Ny praktisk information</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="92"/>
        <source>e.g. Entry to the US</source>
        <translation>t.ex. Inresa till USA</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="95"/>
        <source>What they need to know</source>
        <translation>Vad de behöver veta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="97"/>
        <source>&amp;Everyone</source>
        <translation>&amp;Alla</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="98"/>
        <source>One &amp;delegation:</source>
        <translation>En &amp;delegation:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="102"/>
        <source>Some &amp;roles:</source>
        <translation>Vissa &amp;roller:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="112"/>
        <source>The mission has no delegations yet</source>
        <translation>Resan har inga delegationer än</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="131"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="133"/>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="137"/>
        <source>For</source>
        <translation>För</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="171"/>
        <source>(a removed delegation)</source>
        <translation>(en borttagen delegation)</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="229"/>
        <source>Practical notes — %1</source>
        <translation>Praktisk information — %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="233"/>
        <source>&lt;b&gt;Practical notes of %1 — %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Praktisk information för %1 — %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="241"/>
        <source>Notes go into the packs of those they are for. The mission&apos;s own practical information is for everyone. Changes are saved at once (no undo).</source>
        <translation>Informationen hamnar i paketen för dem den gäller. Resans egen praktiska information gäller alla. Ändringar sparas direkt (kan inte ångras).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="249"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="249"/>
        <source>For</source>
        <translation>För</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="260"/>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="262"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="264"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="359"/>
        <source>Edit practical note</source>
        <translation>Redigera praktisk information</translation>
    </message>
</context>
<context>
    <name>OfflineCopies</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="40"/>
        <source>PIMAP database (*.sqlite)</source>
        <translation>PIMAP-databas (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="43"/>
        <source>Take mission offline</source>
        <translation>Ta med resa offline</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="44"/>
        <source>Bring back an offline copy</source>
        <translation>För tillbaka en offlinekopia</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="139"/>
        <source>&amp;Take mission offline…</source>
        <translation>&amp;Ta med resa offline…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="141"/>
        <source>Write the mission and all it needs into a file for the laptop at the fair</source>
        <translation>Skriv resan och allt den behöver till en fil för den bärbara datorn på mässan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="144"/>
        <source>Brin&amp;g back an offline copy…</source>
        <translation>&amp;För tillbaka en offlinekopia…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="146"/>
        <source>Merge what changed at the fair into this database, choosing per conflict</source>
        <translation>Slå ihop det som ändrats på mässan med den här databasen, med ett val per konflikt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="160"/>
        <source>There is no mission to take offline.</source>
        <translation>Det finns ingen resa att ta med offline.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="186"/>
        <source>Take %1 offline</source>
        <translation>Ta med %1 offline</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="196"/>
        <source>Cancelled: no copy was written.</source>
        <translation>Avbrutet: ingen kopia skrevs.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="208"/>
        <source>take %1 offline</source>
        <translation>ta med %1 offline</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="211"/>
        <source>Writing %1 into %2…</source>
        <translation>Skriver %1 till %2…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="223"/>
        <source>%1 taken offline: %2</source>
        <translation>%1 har tagits med offline: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="225"/>
        <source>Mission taken offline</source>
        <translation>Resan har tagits med offline</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="242"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Avbrutet; inget har ändrats.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="252"/>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="293"/>
        <source>bring back the copy</source>
        <translation>föra tillbaka kopian</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="255"/>
        <source>Comparing %1 with this database…</source>
        <translation>Jämför %1 med den här databasen…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="295"/>
        <source>Bringing the copy back (a backup is taken first)…</source>
        <translation>Kopian förs tillbaka (en säkerhetskopia tas först)…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="309"/>
        <source>Offline copy brought back</source>
        <translation>Offlinekopian har förts tillbaka</translation>
    </message>
</context>
<context>
    <name>OfflinePreviewText</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="66"/>
        <source>No conflicts.</source>
        <translation>Inga konflikter.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="67"/>
        <source>Keep here</source>
        <translation>Behåll här</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="68"/>
        <source>Take the laptop&apos;s</source>
        <translation>Ta den bärbaras</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="73"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="74"/>
        <source>registration</source>
        <translation>anmälan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="75"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="76"/>
        <source>follow-up</source>
        <translation>uppföljning</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="77"/>
        <source>meeting</source>
        <translation>möte</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="78"/>
        <source>meeting request</source>
        <translation>mötesförfrågan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="79"/>
        <source>availability</source>
        <translation>tillgänglighet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="80"/>
        <source>programme item</source>
        <translation>programpunkt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="81"/>
        <source>B2B session</source>
        <translation>B2B-session</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="82"/>
        <source>B2B table</source>
        <translation>B2B-bord</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="83"/>
        <source>practical note</source>
        <translation>praktisk information</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="84"/>
        <source>delegation</source>
        <translation>delegation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="85"/>
        <source>mission</source>
        <translation>resa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="86"/>
        <source>cluster</source>
        <translation>kluster</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="87"/>
        <source>venue</source>
        <translation>plats</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="91"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="92"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n anmälan</numerusform>
            <numerusform>%n anmälningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="93"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="94"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n uppföljning</numerusform>
            <numerusform>%n uppföljningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="95"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n möte</numerusform>
            <numerusform>%n möten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="96"/>
        <source>%n meeting request(s)</source>
        <translation>
            <numerusform>%n mötesförfrågan</numerusform>
            <numerusform>%n mötesförfrågningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="97"/>
        <source>%n availability window(s)</source>
        <translation>
            <numerusform>%n tillgänglighetsfönster</numerusform>
            <numerusform>%n tillgänglighetsfönster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="98"/>
        <source>%n programme item(s)</source>
        <translation>
            <numerusform>%n programpunkt</numerusform>
            <numerusform>%n programpunkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="99"/>
        <source>%n B2B session(s)</source>
        <translation>
            <numerusform>%n B2B-session</numerusform>
            <numerusform>%n B2B-sessioner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="100"/>
        <source>%n B2B table(s)</source>
        <translation>
            <numerusform>%n B2B-bord</numerusform>
            <numerusform>%n B2B-bord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="101"/>
        <source>%n practical note(s)</source>
        <translation>
            <numerusform>%n post med praktisk information</numerusform>
            <numerusform>%n poster med praktisk information</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="102"/>
        <source>%n delegation(s)</source>
        <translation>
            <numerusform>%n delegation</numerusform>
            <numerusform>%n delegationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="103"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n resa</numerusform>
            <numerusform>%n resor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="104"/>
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n kluster</numerusform>
            <numerusform>%n kluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="105"/>
        <source>%n venue(s)</source>
        <translation>
            <numerusform>%n plats</numerusform>
            <numerusform>%n platser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="119"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="119"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="132"/>
        <source>the whole record</source>
        <translation>hela posten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="174"/>
        <source>Coming back (conflicts aside): %1 added, %2 updated, %3 deleted.</source>
        <translation>Kommer tillbaka (utöver konflikterna): %1 tillagda, %2 uppdaterade, %3 borttagna.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="176"/>
        <source>Coming back: %1 added, %2 updated, %3 deleted.</source>
        <translation>Kommer tillbaka: %1 tillagda, %2 uppdaterade, %3 borttagna.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="180"/>
        <source>Copy of %1, taken %2 from %3.</source>
        <translation>Kopia av %1, tagen %2 från %3.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="188"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="190"/>
        <source>Added</source>
        <translation>Tillagda</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="191"/>
        <source>Updated</source>
        <translation>Uppdaterade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="192"/>
        <source>Deleted</source>
        <translation>Borttagna</translation>
    </message>
</context>
<context>
    <name>OfflineText</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="75"/>
        <source>%1 — %2 was written to %3: %4, %5, %6.

Open it on the laptop with File ▸ Open database file…, or pimap-desktop --db &quot;%3&quot;.</source>
        <translation>%1 — %2 skrevs till %3: %4, %5, %6.

Öppna den på den bärbara datorn med Fil ▸ Öppna databasfil…, eller pimap-desktop --db &quot;%3&quot;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="81"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n anmälan</numerusform>
            <numerusform>%n anmälningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="82"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n möte</numerusform>
            <numerusform>%n möten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="83"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n uppföljning</numerusform>
            <numerusform>%n uppföljningar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="94"/>
        <source>The copy of %1 is back: %2 added, %3 updated, %4 deleted.</source>
        <translation>Kopian av %1 är tillbaka: %2 tillagda, %3 uppdaterade, %4 borttagna.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="107"/>
        <source>%n conflict(s): the laptop&apos;s value taken for %1, this database&apos;s kept for %2.</source>
        <translation>
            <numerusform>%n konflikt: den bärbaras värde togs för %1, den här databasens behölls för %2.</numerusform>
            <numerusform>%n konflikter: den bärbaras värde togs för %1, den här databasens behölls för %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="117"/>
        <source>The conflicts are listed in %1.</source>
        <translation>Konflikterna listas i %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="122"/>
        <source>The list of conflicts could not be written: %1</source>
        <translation>Listan över konflikter kunde inte skrivas: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="127"/>
        <source>No conflicts.</source>
        <translation>Inga konflikter.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="129"/>
        <source>Backup taken first: %1</source>
        <translation>Säkerhetskopia tagen först: %1</translation>
    </message>
</context>
<context>
    <name>OnSitePage</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="124"/>
        <source>Check-&amp;in</source>
        <translation>&amp;Incheckning</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="125"/>
        <source>Meetings of the &amp;day</source>
        <translation>Dagens &amp;möten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="145"/>
        <source>On site</source>
        <translation>På plats</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="161"/>
        <source>Reprint &amp;badge</source>
        <translation>Skriv ut namn&amp;bricka igen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="164"/>
        <source>Print the badge of the person shown again (a lost badge)</source>
        <translation>Skriv ut namnbrickan för personen som visas igen (en borttappad namnbricka)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="167"/>
        <source>&amp;Walk-in…</source>
        <translation>S&amp;pontandeltagare…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="170"/>
        <source>Register someone who is not on the list, and check them in</source>
        <translation>Anmäl någon som inte finns på listan, och checka in personen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="172"/>
        <source>Let in and &amp;confirm (Enter)</source>
        <translation>Släpp in och be&amp;kräfta (Enter)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="173"/>
        <source>Confirm their registration and check them in</source>
        <translation>Bekräfta anmälan och checka in personen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="177"/>
        <source>Not now (Esc)</source>
        <translation>Inte nu (Esc)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="178"/>
        <source>Leave their registration as it is</source>
        <translation>Lämna anmälan som den är</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="220"/>
        <source>Ready · %1</source>
        <translation>Redo · %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="220"/>
        <source>No mission</source>
        <translation>Ingen resa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="221"/>
        <source>Scan a badge</source>
        <translation>Skanna en namnbricka</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="222"/>
        <source>or type a name or an e-mail</source>
        <translation>eller skriv ett namn eller en e-postadress</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="343"/>
        <source>Reprinting the badge of %1…</source>
        <translation>Skriver ut namnbrickan för %1 igen…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="370"/>
        <source>Registered, not checked in</source>
        <translation>Anmäld, inte incheckad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="379"/>
        <source>Walk-in %1 registered. Undo with Ctrl+Z.</source>
        <translation>Spontandeltagaren %1 har anmälts. Ångra med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>OnSiteSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="140"/>
        <source>Check in %1</source>
        <translation>Checka in %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="176"/>
        <source>Walk-in %1</source>
        <translation>Anmäl spontandeltagaren %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="208"/>
        <source>Mark a meeting %1</source>
        <translation>Markera ett möte som %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="210"/>
        <source>Mark %n meetings %1</source>
        <translation>
            <numerusform>Markera %n möte som %1</numerusform>
            <numerusform>Markera %n möten som %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="247"/>
        <source>Move the meeting %1</source>
        <translation>Flytta mötet %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="269"/>
        <source>Follow-up “%1” for %2</source>
        <translation>Uppföljning ”%1” för %2</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="141"/>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="151"/>
        <source>The layout&apos;s own paper</source>
        <translation>Layoutens eget papper</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="155"/>
        <source>Crop marks for cutting</source>
        <translation>Skärmärken för tillskärning</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="157"/>
        <source>One PDF for everyone</source>
        <translation>En PDF för alla</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="158"/>
        <source>One PDF per person, in a folder</source>
        <translation>En PDF per person, i en mapp</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="161"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="162"/>
        <source>First sector</source>
        <translation>Första bransch</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="169"/>
        <source>The document&apos;s language. A person&apos;s own agenda, pack or badge is in their preferred language when one is recorded.</source>
        <translation>Dokumentets språk. En persons egen agenda, eget paket eller egen namnbricka är på personens önskade språk när ett sådant finns registrerat.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="188"/>
        <source>Paper:</source>
        <translation>Papper:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="189"/>
        <source>Badge layout:</source>
        <translation>Namnbrickslayout:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="190"/>
        <source>Sheet:</source>
        <translation>Ark:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="192"/>
        <source>Files:</source>
        <translation>Filer:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="193"/>
        <source>B2B session:</source>
        <translation>B2B-session:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="194"/>
        <source>Group by:</source>
        <translation>Gruppera efter:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="195"/>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="217"/>
        <source>All sessions</source>
        <translation>Alla sessioner</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="288"/>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../ui/organisation_form.ui" line="10"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="11"/>
        <source>e.g. LaserTech Aquitaine</source>
        <translation>t.ex. LaserTech Aquitaine</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="12"/>
        <source>&amp;Kind</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="16"/>
        <source>&amp;Size</source>
        <translation>&amp;Storlek</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="21"/>
        <source>C&amp;ity</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="25"/>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="26"/>
        <source>Type the name in English, French, Portuguese, Finnish or Swedish, or the code (DE)</source>
        <translation>Skriv namnet på engelska, franska, portugisiska, finska eller svenska, eller koden (DE)</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="29"/>
        <source>&amp;Website</source>
        <translation>&amp;Webbplats</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="30"/>
        <source>e.g. https://www.example.fr</source>
        <translation>t.ex. https://www.example.fr</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="31"/>
        <source>Cl&amp;uster</source>
        <translation>&amp;Kluster</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="33"/>
        <source>S&amp;ectors</source>
        <translation>&amp;Branscher</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="34"/>
        <source>separated by commas, e.g. Photonics, Aerospace</source>
        <translation>kommaseparerade, t.ex. Fotonik, Flyg- och rymdteknik</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="35"/>
        <source>&amp;Technologies</source>
        <translation>T&amp;eknologier</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="36"/>
        <location filename="../../ui/organisation_form.ui" line="38"/>
        <source>separated by commas</source>
        <translation>kommaseparerade</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="37"/>
        <source>&amp;Application areas</source>
        <translation>T&amp;illämpningsområden</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="39"/>
        <source>&amp;Value chain</source>
        <translation>&amp;Värdekedja</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="40"/>
        <source>position, e.g. component supplier, integrator</source>
        <translation>position, t.ex. komponentleverantör, integratör</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="41"/>
        <source>E&amp;xport readiness</source>
        <translation>E&amp;xportmognad</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="43"/>
        <source>&amp;Offers</source>
        <translation>Erb&amp;juder</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="45"/>
        <source>See&amp;ks</source>
        <translation>S&amp;öker</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="47"/>
        <source>&amp;Description</source>
        <translation>Besk&amp;rivning</translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="20"/>
        <source>SME</source>
        <translation>SMF</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="21"/>
        <source>Large company</source>
        <translation>Storföretag</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="22"/>
        <source>Cluster</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="23"/>
        <source>Research centre</source>
        <translation>Forskningscentrum</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="24"/>
        <source>Integrator</source>
        <translation>Integratör</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="25"/>
        <source>Investor</source>
        <translation>Investerare</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="26"/>
        <source>Public body</source>
        <translation>Offentlig organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="27"/>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
</context>
<context>
    <name>OrganisationSize</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="29"/>
        <source>Micro</source>
        <translation>Mikro</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="30"/>
        <source>Small</source>
        <translation>Liten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="31"/>
        <source>Medium</source>
        <translation>Medelstor</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="32"/>
        <source>Large</source>
        <translation>Stor</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="50"/>
        <source>No look-alikes: every organisation is either known exactly or new.</source>
        <translation>Inga likheter: varje organisation är antingen exakt känd eller ny.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="521"/>
        <source>Organisations that look alike</source>
        <translation>Organisationer som liknar varandra</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="524"/>
        <source>These organisation names of the file are close to organisations already in the directory. Choose whether each is one of them or a new one.</source>
        <translation>Dessa organisationsnamn i filen liknar organisationer som redan finns i registret. Välj om var och en är en av dem eller en ny.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="540"/>
        <source>Looking for organisations that look alike…</source>
        <translation>Letar efter organisationer som liknar varandra…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="547"/>
        <source>A new organisation</source>
        <translation>En ny organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="549"/>
        <source>The same as “%1”</source>
        <translation>Samma som ”%1”</translation>
    </message>
</context>
<context>
    <name>PeopleGridModel</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="362"/>
        <source>Not available (outside their availability windows)</source>
        <translation>Inte tillgänglig (utanför personens tillgänglighetsfönster)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="144"/>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="156"/>
        <source>the language of each export</source>
        <translation>språket för varje export</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="171"/>
        <source>none; type to search the directory&apos;s organisations</source>
        <translation>ingen; skriv för att söka bland registrets organisationer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="215"/>
        <source>Several organisations are called &apos;%1&apos;: pick one from the list.</source>
        <translation>Flera organisationer heter ”%1”: välj en i listan.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="222"/>
        <source>No organisation called &apos;%1&apos; is in the directory: pick one from the list, or create it first on the Organisations tab.</source>
        <translation>Det finns ingen organisation som heter ”%1” i registret: välj en i listan, eller skapa den först på fliken Organisationer.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/person_form.ui" line="10"/>
        <source>&amp;First name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="12"/>
        <source>&amp;Last name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="14"/>
        <source>&amp;E-mail</source>
        <translation>E-&amp;post</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="15"/>
        <source>the same e-mail is the same person</source>
        <translation>samma e-postadress är samma person</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="16"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="18"/>
        <source>&amp;Job title</source>
        <translation>&amp;Befattning</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="19"/>
        <source>e.g. Business development manager</source>
        <translation>t.ex. Affärsutvecklingschef</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="20"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="21"/>
        <source>with the country code, e.g. +33 5 56 00 00 01</source>
        <translation>med landsnummer, t.ex. +33 5 56 00 00 01</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="22"/>
        <source>&amp;Badge name</source>
        <translation>Namn på na&amp;mnbricka</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="23"/>
        <source>optional; the full name is printed when empty</source>
        <translation>valfritt; hela namnet skrivs ut när det är tomt</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="24"/>
        <source>L&amp;anguages</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="25"/>
        <source>separated by commas, e.g. French, English</source>
        <translation>kommaseparerade, t.ex. franska, engelska</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="26"/>
        <source>Documents &amp;in</source>
        <translation>Dokument p&amp;å</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="27"/>
        <source>The language of their own agenda, badge and pack</source>
        <translation>Språket för personens egen agenda, namnbricka och deltagarpaket</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="28"/>
        <source>&amp;Diet</source>
        <translation>&amp;Kost</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="29"/>
        <source>e.g. vegetarian, no nuts</source>
        <translation>t.ex. vegetarisk, inga nötter</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="30"/>
        <source>A&amp;ccessibility</source>
        <translation>T&amp;illgänglighetsbehov</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="31"/>
        <source>needs to plan for, if any</source>
        <translation>behov att planera för, om några</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="32"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="35"/>
        <source>May be &amp;listed in attendee packs</source>
        <translation>Får &amp;listas i deltagarpaket</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="36"/>
        <source>May be c&amp;ontacted after the mission</source>
        <translation>Får kontaktas efter &amp;resan</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="39"/>
        <source>Consent &amp;given on</source>
        <translation>Samtycke &amp;givet den</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="40"/>
        <source>not recorded</source>
        <translation>inte registrerat</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="41"/>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="75"/>
        <source>type part of a name or organisation</source>
        <translation>skriv en del av ett namn eller en organisation</translation>
    </message>
</context>
<context>
    <name>PreviewCaption</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="59"/>
        <source>First page, made for the first person of %1 (the saved document has everyone).</source>
        <translation>Första sidan, gjord för den första personen i %1 (det sparade dokumentet innehåller alla).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="63"/>
        <source>First page, made for the first %1 people of %2 (the saved document has everyone).</source>
        <translation>Första sidan, gjord för de första %1 personerna i %2 (det sparade dokumentet innehåller alla).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="66"/>
        <source>First page of %1.</source>
        <translation>Första sidan av %1.</translation>
    </message>
</context>
<context>
    <name>PreviewRunner</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="134"/>
        <source>Making the preview…</source>
        <translation>Skapar förhandsvisningen…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="136"/>
        <source>make the preview</source>
        <translation>skapa förhandsvisningen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="166"/>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="170"/>
        <source>No preview</source>
        <translation>Ingen förhandsvisning</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="169"/>
        <source>The preview could not be made; the details are in the log file.</source>
        <translation>Förhandsvisningen kunde inte skapas; detaljerna finns i loggfilen.</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="71"/>
        <source>New programme item</source>
        <translation>Ny programpunkt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="93"/>
        <source>pick or type a new venue</source>
        <translation>välj eller skriv en ny plats</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="95"/>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="97"/>
        <source>Delegation: %1</source>
        <translation>Delegation: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="98"/>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="199"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="121"/>
        <source>Make this item the alternative to another: whoever attends that one does not get this one (a free afternoon instead of a site visit)</source>
        <translation>Gör den här punkten till ett alternativ till en annan: den som deltar i den andra får inte den här (en ledig eftermiddag i stället för ett studiebesök)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="125"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="128"/>
        <source>&amp;Instead of</source>
        <translation>&amp;I stället för</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="183"/>
        <source>%1 — ends the next day</source>
        <translation>%1 — slutar nästa dag</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="199"/>
        <source>Roles: %1</source>
        <translation>Roller: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="209"/>
        <source>Another item of the programme</source>
        <translation>En annan punkt i programmet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="227"/>
        <source>Named people (%1)</source>
        <translation>Namngivna personer (%1)</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemForm</name>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="10"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="11"/>
        <source>e.g. Delegation briefing</source>
        <translation>t.ex. Genomgång för delegationen</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="12"/>
        <source>&amp;Kind</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="14"/>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="16"/>
        <source>&amp;From / to</source>
        <translation>&amp;Från / till</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="26"/>
        <source>&amp;Venue</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="28"/>
        <source>&amp;Room</source>
        <translation>&amp;Lokal</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="29"/>
        <source>optional, e.g. Room 2014</source>
        <translation>valfritt, t.ex. Rum 2014</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="30"/>
        <source>&amp;Who attends</source>
        <translation>&amp;Vem deltar</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="32"/>
        <source>D&amp;escription</source>
        <translation>B&amp;eskrivning</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemKind</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="49"/>
        <source>Briefing</source>
        <translation>Genomgång</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="50"/>
        <source>Fair visit</source>
        <translation>Mässbesök</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="51"/>
        <source>Site visit</source>
        <translation>Studiebesök</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="52"/>
        <source>Reception</source>
        <translation>Mottagning</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="53"/>
        <source>Workshop session</source>
        <translation>Workshoppass</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="54"/>
        <source>B2B session</source>
        <translation>B2B-session</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="55"/>
        <source>Meal</source>
        <translation>Måltid</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="56"/>
        <source>Travel</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="57"/>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="59"/>
        <source>Calendars (*.ics *.ical *.icalendar);;All files (*)</source>
        <translation>Kalendrar (*.ics *.ical *.icalendar);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="132"/>
        <source>Show every day of the mission side by side, or one day</source>
        <translation>Visa resans alla dagar sida vid sida, eller en dag</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="139"/>
        <source>Show:</source>
        <translation>Visa:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="146"/>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="147"/>
        <source>T&amp;imeline</source>
        <translation>&amp;Tidslinje</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="149"/>
        <source>&amp;Add item…</source>
        <translation>Lägg till &amp;punkt…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="152"/>
        <source>&amp;Edit item…</source>
        <translation>&amp;Redigera punkt…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="155"/>
        <source>D&amp;uplicate item</source>
        <translation>D&amp;uplicera punkt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="158"/>
        <source>&amp;Delete item</source>
        <translation>Ta &amp;bort punkt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="161"/>
        <source>&amp;Import agenda (.ics)…</source>
        <translation>&amp;Importera agenda (.ics)…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="164"/>
        <source>Add a partner&apos;s agenda (an .ics calendar file) to the programme, or bring it up to date</source>
        <translation>Lägg till en partners agenda (en .ics-kalenderfil) i programmet, eller uppdatera den</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="169"/>
        <source>Practical &amp;notes…</source>
        <translation>Praktisk i&amp;nformation…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="172"/>
        <source>Practical information for everyone, one delegation or some roles (visas, hotel rates, shuttles)</source>
        <translation>Praktisk information för alla, en delegation eller vissa roller (visum, hotellpriser, skyttelbussar)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="197"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="246"/>
        <source>Times in %1 (%2)</source>
        <translation>Tider i %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="248"/>
        <source>Times in %1</source>
        <translation>Tider i %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="254"/>
        <source>⚠ %1 items overlap with another item in the same room: %2</source>
        <translation>⚠ %1 punkter överlappar en annan punkt i samma lokal: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="274"/>
        <source>All days</source>
        <translation>Alla dagar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="366"/>
        <source>Added “%1”, %2.</source>
        <translation>Lade till ”%1”, %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="448"/>
        <source>Saved “%1”, %2.</source>
        <translation>Sparade ”%1”, %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="455"/>
        <source>Edit programme item</source>
        <translation>Redigera programpunkt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="481"/>
        <source>duplicate the item</source>
        <translation>duplicera punkten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="485"/>
        <source>Duplicated “%1”, %2.</source>
        <translation>Duplicerade ”%1”, %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="495"/>
        <source>delete the item</source>
        <translation>ta bort punkten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="502"/>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>Tog bort ”%1”. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="517"/>
        <source>Import a partner&apos;s agenda</source>
        <translation>Importera en partners agenda</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="525"/>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="541"/>
        <source>import %1</source>
        <translation>importera %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="528"/>
        <source>Nothing new</source>
        <translation>Inget nytt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="529"/>
        <source>Nothing new in %1.</source>
        <translation>Inget nytt i %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="553"/>
        <source>%1 imported: %2. Undo with Ctrl+Z.</source>
        <translation>%1 importerades: %2. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="566"/>
        <source>%1 ⚠ Same room at the same time as %2.</source>
        <translation>%1 ⚠ Samma lokal samtidigt som %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="574"/>
        <source>Nothing new in %1: its %n item(s) are already on the programme, unchanged.</source>
        <translation>
            <numerusform>Inget nytt i %1: dess %n punkt finns redan i programmet, oförändrad.</numerusform>
            <numerusform>Inget nytt i %1: dess %n punkter finns redan i programmet, oförändrade.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="581"/>
        <source>Nothing to import from %1.</source>
        <translation>Inget att importera från %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="586"/>
        <source>… and %1 more</source>
        <translation>… och %1 till</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="587"/>
        <source>%n event(s) skipped:
%1</source>
        <translation>
            <numerusform>%n händelse hoppades över:
%1</numerusform>
            <numerusform>%n händelser hoppades över:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeTimeline</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline.py" line="170"/>
        <source>Times in the mission&apos;s local time</source>
        <translation>Tider i resans lokala tid</translation>
    </message>
</context>
<context>
    <name>ProgrammeTreeModel</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="30"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="31"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="32"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="33"/>
        <source>Venue</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="34"/>
        <source>Room</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="35"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="36"/>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="46"/>
        <source> (+%1d)</source>
        <translation> (+%1d)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="115"/>
        <source>Time (%1)</source>
        <translation>Tid (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="134"/>
        <source>⚠ same room as %1</source>
        <translation>⚠ samma lokal som %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="143"/>
        <source>Overlaps in the same room with: %1</source>
        <translation>Överlappar i samma lokal med: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="154"/>
        <source>no items</source>
        <translation>inga punkter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="154"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n punkt</numerusform>
            <numerusform>%n punkter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="157"/>
        <source>⚠ %1 overlapping</source>
        <translation>⚠ %1 överlappar</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="63"/>
        <source>Registration of %1</source>
        <translation>Anmälan för %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="70"/>
        <source>Arrival and departure are local times of the mission (%1).</source>
        <translation>Ankomst och avresa anges i resans lokala tid (%1).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="85"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <location filename="../../ui/registration_form.ui" line="11"/>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="13"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="15"/>
        <source>&amp;Delegation</source>
        <translation>&amp;Delegation</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="17"/>
        <source>&amp;Arrival</source>
        <translation>A&amp;nkomst</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="19"/>
        <source>D&amp;eparture</source>
        <translation>Avr&amp;esa</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="21"/>
        <source>&amp;Hotel</source>
        <translation>&amp;Hotell</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="23"/>
        <source>&amp;Badge name</source>
        <translation>Namn på na&amp;mnbricka</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="24"/>
        <source>as printed on the badge, if not the full name</source>
        <translation>som det skrivs på namnbrickan, om inte hela namnet</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="25"/>
        <source>D&amp;iet</source>
        <translation>K&amp;ost</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="26"/>
        <source>e.g. vegetarian, halal, gluten-free</source>
        <translation>t.ex. vegetarisk, halal, glutenfri</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="27"/>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
</context>
<context>
    <name>RegistrationRole</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="67"/>
        <source>Delegate</source>
        <translation>Delegat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="68"/>
        <source>Local participant</source>
        <translation>Lokal deltagare</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="69"/>
        <source>Local host</source>
        <translation>Lokal värd</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="70"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="71"/>
        <source>Speaker</source>
        <translation>Talare</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="72"/>
        <source>Visitor</source>
        <translation>Besökare</translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="74"/>
        <source>Invited</source>
        <translation>Inbjuden</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="75"/>
        <source>Registered</source>
        <translation>Anmäld</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="76"/>
        <source>Confirmed</source>
        <translation>Bekräftad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="77"/>
        <source>Waitlisted</source>
        <translation>På väntelista</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="78"/>
        <source>Cancelled</source>
        <translation>Avbokad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="79"/>
        <source>No-show</source>
        <translation>Uteblev</translation>
    </message>
</context>
<context>
    <name>RegistrationSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="91"/>
        <source>&amp;Add people…</source>
        <translation>&amp;Lägg till personer…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="92"/>
        <source>&amp;Edit registration…</source>
        <translation>&amp;Redigera anmälan…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="93"/>
        <source>&amp;Remove from mission</source>
        <translation>&amp;Ta bort från resan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="94"/>
        <source>&amp;Import people…</source>
        <translation>&amp;Importera personer…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="95"/>
        <source>E&amp;xport people…</source>
        <translation>E&amp;xportera personer…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="97"/>
        <source>Reprint &amp;badge…</source>
        <translation>Skriv ut namn&amp;bricka igen…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="101"/>
        <source>Print the selected person&apos;s badge on a printer</source>
        <translation>Skriv ut den valda personens namnbricka på en skrivare</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="103"/>
        <source>Save badge P&amp;DF…</source>
        <translation>Spara namnbricka som P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="105"/>
        <source>The selected person&apos;s badge as a PDF file</source>
        <translation>Den valda personens namnbricka som PDF-fil</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="106"/>
        <source>Set &amp;status</source>
        <translation>Ange &amp;status</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="113"/>
        <source>Set status</source>
        <translation>Ange status</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="160"/>
        <source>%1 added to the mission.</source>
        <translation>%1 har lagts till i resan.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="206"/>
        <source>Registration of %1 saved.</source>
        <translation>Anmälan för %1 har sparats.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="230"/>
        <source>change the status</source>
        <translation>ändra statusen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="238"/>
        <source>%1 set to %2. Undo with Ctrl+Z.</source>
        <translation>%1: status ändrad till %2. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="254"/>
        <source>remove from the mission</source>
        <translation>ta bort från resan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="263"/>
        <source>%1 removed from the mission. Undo with Ctrl+Z.</source>
        <translation>%1 har tagits bort från resan. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="276"/>
        <source>form the delegations</source>
        <translation>bilda delegationerna</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="282"/>
        <source>Delegations formed %1: %2 people placed. Undo with Ctrl+Z.</source>
        <translation>Delegationer bildade %1: %2 personer placerade. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="307"/>
        <source>Export the mission&apos;s people</source>
        <translation>Exportera resans personer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="319"/>
        <source>export the people</source>
        <translation>exportera personerna</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="321"/>
        <source>%1 registrations written to %2.</source>
        <translation>%1 anmälningar skrivna till %2.</translation>
    </message>
</context>
<context>
    <name>RegistrationTable</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="168"/>
        <source>Right-click to choose the columns</source>
        <translation>Högerklicka för att välja kolumner</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="239"/>
        <source>Default columns</source>
        <translation>Standardkolumner</translation>
    </message>
</context>
<context>
    <name>RegistrationUndoSteps</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="37"/>
        <source>Add %n person(s)</source>
        <translation>
            <numerusform>Lägg till %n person</numerusform>
            <numerusform>Lägg till %n personer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="53"/>
        <source>Remove %1 from the mission</source>
        <translation>Ta bort %1 från resan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="85"/>
        <source>Edit the registration of %1</source>
        <translation>Redigera anmälan för %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="103"/>
        <source>Set %1 to %2</source>
        <translation>Ändra status för %1 till %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="119"/>
        <source>Form delegations by country</source>
        <translation>Bilda delegationer per land</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="121"/>
        <source>Form delegations by cluster</source>
        <translation>Bilda delegationer per kluster</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="124"/>
        <source>read the registrations</source>
        <translation>läsa anmälningarna</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="140"/>
        <source>Search: name, organisation, country, cluster, role, status…</source>
        <translation>Sök: namn, organisation, land, kluster, roll, status…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="145"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="193"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="197"/>
        <source>The delegations beside the list; or drag the bar between them to the edge</source>
        <translation>Delegationerna bredvid listan; eller dra avdelaren mellan dem till kanten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="223"/>
        <source>Registrations and delegations</source>
        <translation>Anmälningar och delegationer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="267"/>
        <source>Hide delegations ▸</source>
        <translation>Dölj delegationer ▸</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="267"/>
        <source>◂ Show delegations</source>
        <translation>◂ Visa delegationer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="358"/>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="374"/>
        <source>%1 registered</source>
        <translation>%1 anmälda</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="376"/>
        <source>%1 of %2 shown</source>
        <translation>%1 av %2 visas</translation>
    </message>
</context>
<context>
    <name>RemovalDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="356"/>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="381"/>
        <source>Delete the session</source>
        <translation>Ta bort sessionen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="356"/>
        <source>Change the session</source>
        <translation>Ändra sessionen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="373"/>
        <source>You can undo this with Edit ▸ Undo (Ctrl+Z).</source>
        <translation>Du kan ångra detta med Redigera ▸ Ångra (Ctrl+Z).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="379"/>
        <source>Delete the session and %n meeting(s)</source>
        <translation>
            <numerusform>Ta bort sessionen och %n möte</numerusform>
            <numerusform>Ta bort sessionen och %n möten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="384"/>
        <source>Change the session and remove %n meeting(s)</source>
        <translation>
            <numerusform>Ändra sessionen och ta bort %n möte</numerusform>
            <numerusform>Ändra sessionen och ta bort %n möten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="26"/>
        <source>PDF document (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF-dokument (*.pdf);;Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="70"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportera rapport…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="72"/>
        <source>Save these figures as a PDF (with the charts) or a workbook</source>
        <translation>Spara dessa siffror som PDF (med diagrammen) eller som arbetsbok</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="74"/>
        <source>&amp;Export KPI report…</source>
        <translation>&amp;Exportera nyckeltalsrapport…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="89"/>
        <source>Save the KPI report</source>
        <translation>Spara nyckeltalsrapporten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="106"/>
        <source>The KPI report was not written.</source>
        <translation>Nyckeltalsrapporten skrevs inte.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="107"/>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="111"/>
        <source>write the KPI report</source>
        <translation>skriva nyckeltalsrapporten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="109"/>
        <source>Writing the KPI report to %1…</source>
        <translation>Skriver nyckeltalsrapporten till %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="123"/>
        <source>KPI report written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Nyckeltalsrapporten skriven till %1 (%n sida).</numerusform>
            <numerusform>Nyckeltalsrapporten skriven till %1 (%n sidor).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="126"/>
        <source>KPI report written to %1.</source>
        <translation>Nyckeltalsrapporten skriven till %1.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="129"/>
        <source>Add a meeting request</source>
        <translation>Lägg till en mötesförfrågan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="137"/>
        <source>1 — must meet</source>
        <translation>1 — måste träffas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="138"/>
        <source>2 — would like to</source>
        <translation>2 — vill gärna</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="139"/>
        <source>3 — if time</source>
        <translation>3 — om tid finns</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="144"/>
        <source>&amp;Who asks:</source>
        <translation>&amp;Vem frågar:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="145"/>
        <source>&amp;Wants to meet:</source>
        <translation>Vill &amp;träffa:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="146"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioritet:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="147"/>
        <source>If the request exists already, its priority is changed.</source>
        <translation>Om förfrågan redan finns ändras dess prioritet.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="173"/>
        <source>Pick who asks for the meeting from the list.</source>
        <translation>Välj i listan vem som begär mötet.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="176"/>
        <source>Pick whom they want to meet from the list.</source>
        <translation>Välj i listan vem de vill träffa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="179"/>
        <source>Nobody can ask to meet themselves.</source>
        <translation>Ingen kan be om att träffa sig själv.</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="81"/>
        <source>Pending</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="82"/>
        <source>Accepted</source>
        <translation>Accepterad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="83"/>
        <source>Declined</source>
        <translation>Avböjd</translation>
    </message>
</context>
<context>
    <name>RequestSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="40"/>
        <source>&amp;Accept</source>
        <translation>&amp;Acceptera</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="43"/>
        <source>&amp;Decline</source>
        <translation>Av&amp;böj</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="47"/>
        <source>Add re&amp;quest…</source>
        <translation>Lägg till &amp;förfrågan…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="50"/>
        <source>Who wants to meet whom, and how much (priority 1 = must meet)</source>
        <translation>Vem vill träffa vem, och hur gärna (prioritet 1 = måste träffas)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="54"/>
        <source>Remove re&amp;quest</source>
        <translation>Ta bort förfr&amp;ågan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="56"/>
        <source>Remove the selected requests (a meeting already placed stays)</source>
        <translation>Ta bort de valda förfrågningarna (ett möte som redan placerats finns kvar)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="58"/>
        <source>&amp;Priority</source>
        <translation>Pri&amp;oritet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="61"/>
        <source>1 — must meet</source>
        <translation>1 — måste träffas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="62"/>
        <source>2 — would like to</source>
        <translation>2 — vill gärna</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="63"/>
        <source>3 — if time</source>
        <translation>3 — om tid finns</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="70"/>
        <source>Change the priority of the selected requests</source>
        <translation>Ändra prioriteten för de valda förfrågningarna</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="74"/>
        <source>Re&amp;quest it</source>
        <translation>&amp;Begär möte</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="76"/>
        <source>Turn the selected suggestions into requests of priority 3 (double-click)</source>
        <translation>Gör de valda förslagen till förfrågningar med prioritet 3 (dubbelklicka)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="140"/>
        <source>Request added.</source>
        <translation>Förfrågan tillagd.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="154"/>
        <source>The request existed: its priority is now %1.</source>
        <translation>Förfrågan fanns redan: dess prioritet är nu %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="156"/>
        <source>%1 Undo with Ctrl+Z.</source>
        <translation>%1 Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="167"/>
        <source>remove the request</source>
        <translation>ta bort förfrågan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="173"/>
        <source>%n request(s) removed. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n förfrågan borttagen. Ångra med Ctrl+Z.</numerusform>
            <numerusform>%n förfrågningar borttagna. Ångra med Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="189"/>
        <source>set the priority</source>
        <translation>ange prioriteten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="198"/>
        <source>Priority %1 set on %n request(s).</source>
        <translation>
            <numerusform>Prioritet %1 angiven för %n förfrågan.</numerusform>
            <numerusform>Prioritet %1 angiven för %n förfrågningar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="214"/>
        <source>answer the request</source>
        <translation>besvara förfrågan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="237"/>
        <source>Request a suggested meeting</source>
        <translation>Begär ett föreslaget möte</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="239"/>
        <source>Request suggested meetings</source>
        <translation>Begär föreslagna möten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="249"/>
        <source>request the suggested meeting</source>
        <translation>begära det föreslagna mötet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="260"/>
        <source>Request %1 – %2</source>
        <translation>Begär %1 – %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="270"/>
        <source>%n suggested meeting(s) requested with priority 3. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n föreslaget möte begärt med prioritet 3. Ångra med Ctrl+Z.</numerusform>
            <numerusform>%n föreslagna möten begärda med prioritet 3. Ångra med Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPane</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="54"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="154"/>
        <source>Show the requests of:</source>
        <translation>Visa förfrågningarna för:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="162"/>
        <source>Suggested</source>
        <translation>Föreslagna</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="186"/>
        <source>everyone</source>
        <translation>alla</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="231"/>
        <source>%n pair(s) who have not asked each other for %1, best first, from what their organisations offer and seek. Double-click or Request it: a request of priority 3.</source>
        <translation>
            <numerusform>%n par med %1 som inte har frågat varandra, bästa först, utifrån vad deras organisationer erbjuder och söker. Dubbelklicka eller Begär möte: en förfrågan med prioritet 3.</numerusform>
            <numerusform>%n par med %1 som inte har frågat varandra, bästa först, utifrån vad deras organisationer erbjuder och söker. Dubbelklicka eller Begär möte: en förfrågan med prioritet 3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="241"/>
        <source>%n pair(s) who have not asked each other, best first, from what their organisations offer and seek. Double-click or Request it: a request of priority 3.</source>
        <translation>
            <numerusform>%n par som inte har frågat varandra, bästa först, utifrån vad deras organisationer erbjuder och söker. Dubbelklicka eller Begär möte: en förfrågan med prioritet 3.</numerusform>
            <numerusform>%n par som inte har frågat varandra, bästa först, utifrån vad deras organisationer erbjuder och söker. Dubbelklicka eller Begär möte: en förfrågan med prioritet 3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="250"/>
        <source>No suggestion for %1: the profiles have nothing to match, or everyone who should meet has asked already.</source>
        <translation>Inga förslag för %1: profilerna har inget som matchar, eller alla som borde träffas har redan frågat.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="257"/>
        <source>No suggestion: the profiles have nothing to match, or everyone who should meet has asked already.</source>
        <translation>Inga förslag: profilerna har inget som matchar, eller alla som borde träffas har redan frågat.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="114"/>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="119"/>
        <source>Verified backups of this database, newest first. Restoring one replaces what the database holds now; a backup of the current state is taken first, so a restore can itself be undone.</source>
        <translation>Verifierade säkerhetskopior av den här databasen, nyaste först. Att återställa en ersätter det som databasen innehåller nu; en säkerhetskopia av nuvarande läge tas först, så att även en återställning kan ångras.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="137"/>
        <source>Looking for backups…</source>
        <translation>Letar efter säkerhetskopior…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="141"/>
        <source>Backups folder: %1</source>
        <translation>Mapp för säkerhetskopior: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="147"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="149"/>
        <source>Restore the selected backup</source>
        <translation>Återställ den valda säkerhetskopian</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="168"/>
        <source>Backups of this database are made by its server.</source>
        <translation>Säkerhetskopior av den här databasen görs av dess server.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="173"/>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="195"/>
        <source>list the backups</source>
        <translation>lista säkerhetskopiorna</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="188"/>
        <source>%n verified backup(s). Choose one and press Restore…</source>
        <translation>
            <numerusform>%n verifierad säkerhetskopia. Välj en och tryck på Återställ…</numerusform>
            <numerusform>%n verifierade säkerhetskopior. Välj en och tryck på Återställ…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="194"/>
        <source>The backups could not be listed.</source>
        <translation>Säkerhetskopiorna kunde inte listas.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="215"/>
        <source>Restore this backup?</source>
        <translation>Återställa den här säkerhetskopian?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="218"/>
        <source>Restore the backup taken %1 (%2: %3 missions, %4 people)?

What the database holds now is replaced. A backup of the current state is taken first, so you can go back to it.</source>
        <translation>Återställa säkerhetskopian från %1 (%2: %3 resor, %4 personer)?

Det som databasen innehåller nu ersätts. En säkerhetskopia av nuvarande läge tas först, så att du kan gå tillbaka till det.</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="460"/>
        <source>Ready</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="461"/>
        <source>Scan a badge</source>
        <translation>Skanna en namnbricka</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="462"/>
        <source>or type a name or an e-mail</source>
        <translation>eller skriv ett namn eller en e-postadress</translation>
    </message>
</context>
<context>
    <name>SavePanel</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="77"/>
        <source>Save…</source>
        <translation>Spara…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="88"/>
        <source>Open folder</source>
        <translation>Öppna mapp</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="90"/>
        <source>Open file</source>
        <translation>Öppna fil</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="140"/>
        <source>write the %1</source>
        <translation>skriva %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="142"/>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="143"/>
        <source>Print and export</source>
        <translation>Skriv ut och exportera</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="156"/>
        <source>Choose where to put the %1</source>
        <translation>Välj var %1 ska sparas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="163"/>
        <source>Save %1</source>
        <translation>Spara %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="165"/>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="165"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SavedText</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="46"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n händelse</numerusform>
            <numerusform>%n händelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="48"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="50"/>
        <source>Wrote %1 files (%2) to %3</source>
        <translation>Skrev %1 filer (%2) till %3</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="52"/>
        <source>Wrote %1 to %2</source>
        <translation>Skrev %1 till %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="54"/>
        <source>%1. Left out: %2</source>
        <translation>%1. Utelämnade: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="56"/>
        <source>%1 and %2 more</source>
        <translation>%1 och %2 till</translation>
    </message>
</context>
<context>
    <name>SchedulerRun</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="28"/>
        <source>&amp;Run the scheduler…</source>
        <translation>&amp;Kör schemaläggaren…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="31"/>
        <source>Schedule the requests; locked meetings stay, the others are replaced</source>
        <translation>Schemalägg förfrågningarna; låsta möten ligger kvar, de övriga ersätts</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="37"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="39"/>
        <source>How long the scheduler may search for a better schedule</source>
        <translation>Hur länge schemaläggaren får söka efter ett bättre schema</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="67"/>
        <source>Run the scheduler</source>
        <translation>Kör schemaläggaren</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="73"/>
        <source>Schedule ready: %1. Undo with Ctrl+Z.</source>
        <translation>Schemat klart: %1. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="77"/>
        <source>schedule the meetings</source>
        <translation>schemalägga mötena</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="79"/>
        <source>Scheduling the requested meetings…</source>
        <translation>Schemalägger de efterfrågade mötena…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="79"/>
        <source>B2B meetings</source>
        <translation>B2B-möten</translation>
    </message>
</context>
<context>
    <name>ServiceWords</name>
    <message>
        <location filename="../../pimap_desktop/domain/enums.py" line="30"/>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>”%1” är inte något av: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="274"/>
        <source>no e-mail address given</source>
        <translation>ingen e-postadress angiven</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="284"/>
        <source>&apos;%1&apos; is not a valid e-mail address: %2</source>
        <translation>”%1” är inte en giltig e-postadress: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="299"/>
        <source>An e-mail address must have an @-sign.</source>
        <translation>En e-postadress måste ha ett @.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="300"/>
        <source>There must be something before the @-sign.</source>
        <translation>Det måste finnas något före @.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="301"/>
        <source>There must be something after the @-sign.</source>
        <translation>Det måste finnas något efter @.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="302"/>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>Delen efter @ är ogiltig. Den ska innehålla en punkt.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="303"/>
        <source>An e-mail address cannot have two periods in a row.</source>
        <translation>En e-postadress kan inte ha två punkter i rad.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="304"/>
        <source>An e-mail address cannot start with a period.</source>
        <translation>En e-postadress kan inte börja med en punkt.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="305"/>
        <source>An e-mail address cannot have a period immediately before the @-sign.</source>
        <translation>En e-postadress kan inte ha en punkt direkt före @.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="307"/>
        <source>The part after the @-sign is not valid. It is not within a valid top-level domain.</source>
        <translation>Delen efter @ är ogiltig. Den ligger inte under en giltig toppdomän.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="315"/>
        <source>The e-mail address contains invalid characters before the @-sign: %1.</source>
        <translation>E-postadressen innehåller ogiltiga tecken före @: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="320"/>
        <source>The part after the @-sign contains invalid characters: %1.</source>
        <translation>Delen efter @ innehåller ogiltiga tecken: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="355"/>
        <source>&apos;%1&apos; is not a language PIMAP makes documents in (English, French, Swedish, Portuguese or Finnish)</source>
        <translation>”%1” är inte ett språk som PIMAP gör dokument på (engelska, franska, svenska, portugisiska eller finska)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="327"/>
        <source>registered in %1</source>
        <translation>anmäld till %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="702"/>
        <source>no e-mail address</source>
        <translation>ingen e-postadress</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="720"/>
        <source>the same e-mail as row %1; only that row is imported</source>
        <translation>samma e-postadress som rad %1; bara den raden importeras</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="729"/>
        <source>no last name</source>
        <translation>inget efternamn</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="731"/>
        <source>no first name</source>
        <translation>inget förnamn</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="807"/>
        <source>first name</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="808"/>
        <source>last name</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="809"/>
        <source>job title</source>
        <translation>befattning</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="810"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="811"/>
        <source>badge name</source>
        <translation>namn på namnbrickan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="812"/>
        <source>diet</source>
        <translation>kost</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="813"/>
        <source>accessibility</source>
        <translation>tillgänglighet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="814"/>
        <source>languages</source>
        <translation>språk</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="815"/>
        <source>preferred language</source>
        <translation>önskat språk</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="816"/>
        <source>consent to be listed</source>
        <translation>samtycke till att listas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="817"/>
        <source>consent to be contacted</source>
        <translation>samtycke till att kontaktas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="818"/>
        <source>consent date</source>
        <translation>datum för samtycke</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="819"/>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="820"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="821"/>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="822"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="823"/>
        <source>arrival</source>
        <translation>ankomst</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="824"/>
        <source>departure</source>
        <translation>avresa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="825"/>
        <source>hotel</source>
        <translation>hotell</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="827"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="827"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="847"/>
        <source>&apos;%1&apos;: %2</source>
        <translation>”%1”: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="868"/>
        <source>%1: &apos;%2&apos; → &apos;%3&apos;</source>
        <translation>%1: ”%2” → ”%3”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="870"/>
        <source>%1: &apos;%2&apos;</source>
        <translation>%1: ”%2”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="997"/>
        <source>&apos;%1&apos; is not a date PIMAP can place in %2</source>
        <translation>”%1” är inte ett datum som PIMAP kan placera i %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1008"/>
        <source>the arrival (%1) is after the departure</source>
        <translation>ankomsten (%1) är efter avresan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1036"/>
        <source>&apos;%1&apos; is not a country PIMAP knows; use a name or a two-letter code</source>
        <translation>”%1” är inte ett land som PIMAP känner till; använd ett namn eller en kod på två bokstäver</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1134"/>
        <source>arrives %1</source>
        <translation>anländer %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1136"/>
        <source>leaves %1</source>
        <translation>reser %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1141"/>
        <source>registered in %1 (%2)</source>
        <translation>anmäld till %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1143"/>
        <source>registered in %1 (%2, %3)</source>
        <translation>anmäld till %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="106"/>
        <source>&apos;%1&apos; is not a date: there is no month %2</source>
        <translation>”%1” är inget datum: det finns ingen månad %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="111"/>
        <source>&apos;%1&apos; is not a date: there is no day %2 in that month</source>
        <translation>”%1” är inget datum: den månaden har ingen dag %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="120"/>
        <source>&apos;%1&apos; is not a date: the year should have four digits</source>
        <translation>”%1” är inget datum: året ska ha fyra siffror</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="128"/>
        <location filename="../../pimap_desktop/services/importing/values.py" line="152"/>
        <source>&apos;%1&apos; is not a date: use day/month/year or YYYY-MM-DD</source>
        <translation>”%1” är inget datum: skriv dag/månad/år eller ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="148"/>
        <source>&apos;%1&apos; is not a date: &apos;%2&apos; is not a month</source>
        <translation>”%1” är inget datum: ”%2” är ingen månad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="159"/>
        <source>&apos;%1&apos; is not a date: give the day, the month and a four-digit year</source>
        <translation>”%1” är inget datum: ange dag, månad och ett fyrsiffrigt år</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="182"/>
        <source>&apos;%1&apos; has a time zone; give the local time of the mission without one</source>
        <translation>”%1” har en tidszon; ange resans lokala tid utan tidszon</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="193"/>
        <source>&apos;%1&apos; is not a time: %2 %3 does not exist</source>
        <translation>”%1” är ingen tid: %2 %3 finns inte</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="198"/>
        <source>&apos;%1&apos; is not a time of day</source>
        <translation>”%1” är ingen tid på dygnet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="210"/>
        <source>no date given</source>
        <translation>inget datum angivet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="269"/>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>”%1” är varken ja eller nej</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="71"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="72"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="73"/>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="74"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="75"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="76"/>
        <source>Job title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="77"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="78"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="79"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="80"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="81"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="82"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="83"/>
        <source>Arrival</source>
        <translation>Ankomst</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="84"/>
        <source>Departure</source>
        <translation>Avresa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="85"/>
        <source>Hotel</source>
        <translation>Hotell</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="86"/>
        <source>Badge name</source>
        <translation>Namn på namnbrickan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="87"/>
        <source>Diet</source>
        <translation>Kost</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="88"/>
        <source>Accessibility</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="89"/>
        <source>Preferred language</source>
        <translation>Önskat språk</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="90"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="91"/>
        <source>Consent to be listed</source>
        <translation>Samtycke till att listas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="92"/>
        <source>Consent to be contacted</source>
        <translation>Samtycke till att kontaktas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="93"/>
        <source>Consent date</source>
        <translation>Datum för samtycke</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="94"/>
        <source>Sectors</source>
        <translation>Branscher</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="95"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="119"/>
        <source>The session ends (%1) before it starts (%2).</source>
        <translation>Sessionen slutar (%1) innan den börjar (%2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="123"/>
        <source>A slot lasts between 5 and 240 minutes.</source>
        <translation>En tidslucka varar mellan 5 och 240 minuter.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="127"/>
        <source>A break lasts between 0 and 120 minutes.</source>
        <translation>En paus varar mellan 0 och 120 minuter.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="131"/>
        <source>A session has between 1 and 1,000 tables.</source>
        <translation>En session har mellan 1 och 1 000 bord.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="137"/>
        <source>No %1-minute slot fits between %2 and %3.</source>
        <translation>Ingen tidslucka på %1 minuter ryms mellan %2 och %3.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="239"/>
        <source>The mission has no B2B session &apos;%1&apos;.</source>
        <translation>Resan har ingen B2B-session ”%1”.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="346"/>
        <source>A priority is 1 (highest), 2 or 3.</source>
        <translation>En prioritet är 1 (högst), 2 eller 3.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="362"/>
        <source>Nobody can ask to meet themselves.</source>
        <translation>Ingen kan be om ett möte med sig själv.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="374"/>
        <source>Both people must be registered in the mission.</source>
        <translation>Båda personerna måste vara anmälda till resan.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="411"/>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="463"/>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="975"/>
        <source>That meeting request no longer exists.</source>
        <translation>Mötesförfrågan finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="507"/>
        <source>An availability window must end after it starts.</source>
        <translation>Ett tillgänglighetsfönster måste sluta efter att det börjar.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="647"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1579"/>
        <source>That meeting no longer exists.</source>
        <translation>Mötet finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="730"/>
        <source>%1 at %2 was just taken by another meeting (a colleague&apos;s change); nothing was changed.</source>
        <translation>%1 kl. %2 togs nyss av ett annat möte (en kollegas ändring); inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="739"/>
        <source>A table and slot was just taken by another meeting (a colleague&apos;s change); nothing was changed.</source>
        <translation>Ett bord och en tidslucka togs nyss av ett annat möte (en kollegas ändring); inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="757"/>
        <source>that slot is not in the session</source>
        <translation>tidsluckan finns inte i sessionen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="761"/>
        <source>that table is not in the session</source>
        <translation>bordet finns inte i sessionen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="779"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1535"/>
        <source>%1 is taken by %2</source>
        <translation>%1 är upptaget av %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="784"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1541"/>
        <source>%1 is already meeting %2 at that time</source>
        <translation>%1 har redan möte med %2 vid den tiden</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="790"/>
        <source>%1 is not available at that time</source>
        <translation>%1 är inte tillgänglig vid den tiden</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="797"/>
        <source>another meeting</source>
        <translation>ett annat möte</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="832"/>
        <source>That meeting has no place in a B2B session.</source>
        <translation>Mötet har ingen plats i en B2B-session.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="837"/>
        <source>That meeting no longer matches a slot of its session.</source>
        <translation>Mötet motsvarar inte längre någon tidslucka i sin session.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="846"/>
        <source>that meeting no longer exists</source>
        <translation>mötet finns inte längre</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="849"/>
        <source>that B2B session no longer exists</source>
        <translation>B2B-sessionen finns inte längre</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="880"/>
        <source>The meeting cannot move there: %1.</source>
        <translation>Mötet kan inte flyttas dit: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="934"/>
        <source>That B2B session no longer exists.</source>
        <translation>B2B-sessionen finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="944"/>
        <source>The meeting cannot go there: %1.</source>
        <translation>Mötet kan inte placeras där: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="997"/>
        <source>There is no slot and table where both are free and available; free one by hand (move or cancel a meeting) and try again.</source>
        <translation>Det finns ingen tidslucka och inget bord där båda är lediga och tillgängliga; frigör en för hand (flytta eller ställ in ett möte) och försök igen.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="772"/>
        <source>That registration is not in this mission.</source>
        <translation>Anmälan finns inte i den här resan.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1022"/>
        <source>Give the first name.</source>
        <translation>Ange förnamnet.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1024"/>
        <source>Give the last name.</source>
        <translation>Ange efternamnet.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1042"/>
        <source>Give the organisation&apos;s country (a code such as FR).</source>
        <translation>Ange organisationens land (en kod som FR).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1109"/>
        <source>%1 is already registered: check them in from the list instead.</source>
        <translation>%1 är redan anmäld: checka in personen från listan i stället.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1173"/>
        <source>That delegation is not in this mission.</source>
        <translation>Delegationen finns inte i den här resan.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1273"/>
        <source>This walk-in has meetings or meeting requests since: remove the registration from the mission&apos;s list instead.</source>
        <translation>Den här anmälan på plats har sedan dess möten eller mötesförfrågningar: ta bort anmälan från resans lista i stället.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1552"/>
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1564"/>
        <source>Some of those meetings no longer exist.</source>
        <translation>Några av de mötena finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/text.py" line="103"/>
        <source>%1 and %2</source>
        <translation>%1 och %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/text.py" line="108"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="180"/>
        <source>That person is no longer in the directory.</source>
        <translation>Personen finns inte längre i registret.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="189"/>
        <source>Nobody in the directory has the e-mail &apos;%1&apos;.</source>
        <translation>Ingen i registret har e-postadressen ”%1”.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="199"/>
        <source>A person needs a last name.</source>
        <translation>En person måste ha ett efternamn.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="201"/>
        <source>A person needs a first name.</source>
        <translation>En person måste ha ett förnamn.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="210"/>
        <source>Give the date on which the consent was given.</source>
        <translation>Ange datumet då samtycket gavs.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="215"/>
        <source>&apos;%1&apos; is not a language PIMAP makes documents in.</source>
        <translation>”%1” är inte ett språk som PIMAP gör dokument på.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="240"/>
        <source>%1 is already the e-mail of %2: the same e-mail is the same person (merge the two if they are one).</source>
        <translation>%1 är redan e-postadressen för %2: samma e-postadress är samma person (slå ihop de två om de är en).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="402"/>
        <source>That organisation is no longer in the directory.</source>
        <translation>Organisationen finns inte längre i registret.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="409"/>
        <source>An organisation needs a name.</source>
        <translation>En organisation måste ha ett namn.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="414"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1036"/>
        <source>The country &apos;%1&apos; should be a two-letter code such as FR.</source>
        <translation>Landet ”%1” ska vara en kod på två bokstäver, till exempel FR.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="531"/>
        <source>Choose two different people to merge.</source>
        <translation>Välj två olika personer att slå ihop.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="638"/>
        <source>Choose two different organisations to merge.</source>
        <translation>Välj två olika organisationer att slå ihop.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="378"/>
        <source>That follow-up no longer exists; it may have been deleted.</source>
        <translation>Uppföljningen finns inte längre; den kan ha tagits bort.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="386"/>
        <source>That organisation no longer exists; choose another.</source>
        <translation>Organisationen finns inte längre; välj en annan.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="387"/>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="388"/>
        <source>That person no longer exists; choose another.</source>
        <translation>Personen finns inte längre; välj en annan.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="407"/>
        <source>Choose an outcome.</source>
        <translation>Välj ett utfall.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="412"/>
        <source>The next action is at most %1 characters; put the rest in the notes.</source>
        <translation>Nästa åtgärd får vara högst %1 tecken; skriv resten i anteckningarna.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="426"/>
        <source>A follow-up without a meeting needs an organisation or a contact.</source>
        <translation>En uppföljning utan möte måste ha en organisation eller en kontakt.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="442"/>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="557"/>
        <source>That meeting no longer exists; choose another.</source>
        <translation>Mötet finns inte längre; välj ett annat.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="446"/>
        <source>That meeting belongs to another mission.</source>
        <translation>Mötet hör till en annan resa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="478"/>
        <source>That organisation was not in that meeting: choose one of its participants&apos; organisations, or leave it empty for the meeting&apos;s counterpart.</source>
        <translation>Organisationen var inte med på mötet: välj en av deltagarnas organisationer, eller lämna tomt för mötets motpart.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="488"/>
        <source>That person was not in that meeting and works for none of its organisations: choose one of its participants, or leave it empty for the meeting&apos;s counterpart.</source>
        <translation>Personen var inte med på mötet och arbetar inte för någon av dess organisationer: välj en av deltagarna, eller lämna tomt för mötets motpart.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="562"/>
        <source>That meeting was cancelled; record the follow-up for the contact instead.</source>
        <translation>Mötet ställdes in; registrera uppföljningen för kontakten i stället.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="131"/>
        <source>A mission needs a code, such as PW2027.</source>
        <translation>En resa måste ha en kod, till exempel PW2027.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="135"/>
        <source>The code &apos;%1&apos; may only hold letters, digits, &apos;-&apos; and &apos;_&apos; (2 to 20 characters).</source>
        <translation>Koden ”%1” får bara innehålla bokstäver, siffror, ”-” och ”_” (2 till 20 tecken).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="142"/>
        <source>A mission needs a name.</source>
        <translation>En resa måste ha ett namn.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="144"/>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="219"/>
        <source>name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="145"/>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="146"/>
        <source>host event</source>
        <translation>Värdevenemang</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="151"/>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="961"/>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="93"/>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="218"/>
        <source>The %1 is too long (%2 characters; at most %3).</source>
        <translation>%1: för lång text (%2 tecken; högst %3).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="159"/>
        <source>The mission ends (%1) before it starts (%2).</source>
        <translation>Resan slutar (%1) innan den börjar (%2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="169"/>
        <source>The country &apos;%1&apos; should be a two-letter code such as US or FI.</source>
        <translation>Landet ”%1” ska vara en kod på två bokstäver, till exempel US eller FI.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="598"/>
        <source>There is no cluster called &apos;%1&apos;.</source>
        <translation>Det finns inget kluster som heter ”%1”.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="605"/>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="693"/>
        <source>That cluster no longer exists; it may have been deleted.</source>
        <translation>Klustret finns inte längre; det kan ha tagits bort.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="676"/>
        <source>A target is for a mission or for a year, not both: a mission&apos;s year is that of its dates.</source>
        <translation>Ett mål gäller en resa eller ett år, inte båda: en resas år är året för dess datum.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="683"/>
        <source>Choose a mission or a year to set targets for.</source>
        <translation>Välj en resa eller ett år att sätta mål för.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="686"/>
        <source>%1 is not a year like 2027.</source>
        <translation>%1 är inte ett år som 2027.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="689"/>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="1574"/>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="234"/>
        <source>That mission no longer exists; it may have been deleted.</source>
        <translation>Resan finns inte längre; den kan ha tagits bort.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="703"/>
        <source>The target for %1 cannot be negative; leave it empty for no target.</source>
        <translation>Målet för %1 kan inte vara negativt; lämna det tomt för inget mål.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="710"/>
        <source>The target for %1 is too large (at most %2).</source>
        <translation>Målet för %1 är för stort (högst %2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="243"/>
        <source>There is no mission with the code &apos;%1&apos;.</source>
        <translation>Det finns ingen resa med koden ”%1”.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="274"/>
        <source>The code %1 is already used by another mission.</source>
        <translation>Koden %1 används redan av en annan resa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="286"/>
        <source>One of the chosen clusters no longer exists.</source>
        <translation>Ett av de valda klustren finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="395"/>
        <source>No free code could be found for the copy.</source>
        <translation>Ingen ledig kod hittades för kopian.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="574"/>
        <source>A programme item needs a title.</source>
        <translation>En programpunkt måste ha en titel.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="580"/>
        <source>The item ends (%1) before it starts (%2).</source>
        <translation>Punkten slutar (%1) innan den börjar (%2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="583"/>
        <source>A programme item lasts at most 24 hours.</source>
        <translation>En programpunkt varar högst 24 timmar.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="108"/>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="588"/>
        <source>%1 is outside the mission %2 (%3 to %4).</source>
        <translation>%1 ligger utanför resan %2 (%3 till %4).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="598"/>
        <source>Choose the delegation this item is for.</source>
        <translation>Välj delegationen som punkten gäller.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="602"/>
        <source>Choose the roles this item is for.</source>
        <translation>Välj rollerna som punkten gäller.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="623"/>
        <source>An item cannot be the alternative to itself, even through other items.</source>
        <translation>En punkt kan inte vara alternativ till sig själv, inte heller via andra punkter.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="631"/>
        <source>The item this one is the alternative to is not on this mission&apos;s programme.</source>
        <translation>Punkten som den här är alternativ till finns inte i resans program.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="700"/>
        <source>That programme item no longer exists.</source>
        <translation>Programpunkten finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="956"/>
        <source>A practical note needs a title, such as “Entry to the US”.</source>
        <translation>Praktisk information måste ha en titel, till exempel ”Inresa i USA”.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="962"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="970"/>
        <source>A practical note is for everyone, a delegation or some roles.</source>
        <translation>Praktisk information gäller alla, en delegation eller vissa roller.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="976"/>
        <source>Choose one of %1&apos;s delegations for this note.</source>
        <translation>Välj en av %1:s delegationer för informationen.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="981"/>
        <source>Choose the roles this note is for.</source>
        <translation>Välj rollerna som informationen gäller.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="1047"/>
        <source>That practical note no longer exists.</source>
        <translation>Den praktiska informationen finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="511"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="698"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="986"/>
        <location filename="../../pimap_desktop/services/registrations/registrations.py" line="176"/>
        <source>That registration no longer exists.</source>
        <translation>Anmälan finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/registrations/registrations.py" line="207"/>
        <source>The arrival (%1) is after the departure (%2).</source>
        <translation>Ankomsten (%1) är efter avresan (%2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/exporting.py" line="309"/>
        <source>%1 is a folder; give a file name to write to.</source>
        <translation>%1 är en mapp; ange ett filnamn att skriva till.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/exporting.py" line="322"/>
        <location filename="../../pimap_desktop/services/exporting.py" line="337"/>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kan inte skrivas: %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/exporting.py" line="340"/>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="94"/>
        <source>funding statement</source>
        <translation>Finansieringstext</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="151"/>
        <source>%1 is too large for an emblem (%2 MB; at most %3 MB).</source>
        <translation>%1 är för stor för ett emblem (%2 MB; högst %3 MB).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="161"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan inte läsas: %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="175"/>
        <source>%1 is not a picture PIMAP can print: choose a PNG or JPEG file (an SVG must be saved as PNG first).</source>
        <translation>%1 är inte en bild som PIMAP kan skriva ut: välj en PNG- eller JPEG-fil (en SVG måste först sparas som PNG).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="212"/>
        <source>Name the emblem, such as the partnership&apos;s or the funder&apos;s name.</source>
        <translation>Namnge emblemet, till exempel med partnerskapets eller finansiärens namn.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="249"/>
        <source>That emblem was already removed.</source>
        <translation>Emblemet har redan tagits bort.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="257"/>
        <source>That emblem no longer exists.</source>
        <translation>Emblemet finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/agenda.py" line="255"/>
        <source>Choose at least one person to print a personal agenda for.</source>
        <translation>Välj minst en person att skriva ut en personlig agenda för.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/catalogue.py" line="201"/>
        <source>No organisation to list in the catalogue of %1: nobody taking part (invited, registered or confirmed) belongs to an organisation.</source>
        <translation>Ingen organisation att lista i katalogen för %1: ingen deltagare (inbjuden, anmäld eller bekräftad) hör till en organisation.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/catalogue.py" line="217"/>
        <source>No organisation to list in the catalogue of %1: the organisation taking part has no participant who agreed to be listed.</source>
        <translation>Ingen organisation att lista i katalogen för %1: den deltagande organisationen har ingen deltagare som samtyckt till att listas.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/catalogue.py" line="223"/>
        <source>No organisation to list in the catalogue of %1: none of the %2 organisations taking part has a participant who agreed to be listed.</source>
        <translation>Ingen organisation att lista i katalogen för %1: ingen av de %2 deltagande organisationerna har en deltagare som samtyckt till att listas.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/packs.py" line="195"/>
        <source>Choose at least one person to print a pack for.</source>
        <translation>Välj minst en person att skriva ut ett paket för.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/packs.py" line="198"/>
        <source>Nobody is registered on %1 with a status that travels: there is no pack to print.</source>
        <translation>Ingen är anmäld till %1 med en status som reser: det finns inget paket att skriva ut.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/tableplan.py" line="226"/>
        <source>No meeting is scheduled in the B2B session %1 yet, so there is no table plan to print. Run the scheduler first (B2B meetings ▸ Run the scheduler, or pimap schedule --mission %2).</source>
        <translation>Inga möten är schemalagda i B2B-sessionen %1 ännu, så det finns ingen bordsplan att skriva ut. Kör schemaläggaren först (B2B-möten ▸ Kör schemaläggaren, eller pimap schedule --mission %2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/tableplan.py" line="233"/>
        <source>No meeting is scheduled in any of %1&apos;s %2 B2B sessions yet, so there is no table plan to print. Run the scheduler first (B2B meetings ▸ Run the scheduler, or pimap schedule --mission %1).</source>
        <translation>Inga möten är schemalagda i någon av %1:s %2 B2B-sessioner ännu, så det finns ingen bordsplan att skriva ut. Kör schemaläggaren först (B2B-möten ▸ Kör schemaläggaren, eller pimap schedule --mission %1).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/tableplan.py" line="259"/>
        <source>%1 has no B2B session; add one on the B2B page first.</source>
        <translation>%1 har ingen B2B-session; lägg först till en på B2B-sidan.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/tableplan.py" line="267"/>
        <source>That B2B session is not one of %1&apos;s; it may have been deleted.</source>
        <translation>B2B-sessionen hör inte till %1; den kan ha tagits bort.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="85"/>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="86"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="89"/>
        <source>optional: Room A; Room B; … (in table order)</source>
        <translation>valfritt: Rum A; Rum B; … (i bordsordning)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="92"/>
        <source>Names of the tables or rooms, in order, separated by ; or commas. Tables without a name are called Table 1, Table 2, …</source>
        <translation>Namn på borden eller rummen, i ordning, åtskilda med ; eller komma. Bord utan namn kallas Bord 1, Bord 2, …</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="98"/>
        <source>B2B meetings</source>
        <translation>B2B-möten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="108"/>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="109"/>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="110"/>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="112"/>
        <source>&amp;Slot length:</source>
        <translation>Tidsluckans &amp;längd:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="113"/>
        <source>&amp;Break between slots:</source>
        <translation>&amp;Paus mellan tidsluckor:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="114"/>
        <source>T&amp;ables:</source>
        <translation>&amp;Bord:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="115"/>
        <source>Table &amp;names:</source>
        <translation>Bord&amp;ens namn:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="116"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="120"/>
        <source>Times in the mission&apos;s zone (%1). Meetings that no longer fit are listed before anything changes; they go back to the requests.</source>
        <translation>Tider i resans tidszon (%1). Möten som inte längre får plats listas innan något ändras; de går tillbaka till förfrågningarna.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="127"/>
        <source>Times in the mission&apos;s zone (%1). The session is added to the programme.</source>
        <translation>Tider i resans tidszon (%1). Sessionen läggs till i programmet.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="170"/>
        <source>No %1-minute slot fits between %2 and %3.</source>
        <translation>Ingen tidslucka på %1 minuter ryms mellan %2 och %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="176"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n bord</numerusform>
            <numerusform>%n bord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="179"/>
        <source>%n slot(s) of %1 min with %2-min breaks, %3–%4, %5 = %6 meetings at most</source>
        <translation>
            <numerusform>%n tidslucka på %1 min med %2 min paus, %3–%4, %5 = högst %6 möten</numerusform>
            <numerusform>%n tidsluckor på %1 min med %2 min pauser, %3–%4, %5 = högst %6 möten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="185"/>
        <source>%n slot(s) of %1 min, %3–%4, %5 = %6 meetings at most</source>
        <translation>
            <numerusform>%n tidslucka på %1 min, %3–%4, %5 = högst %6 möten</numerusform>
            <numerusform>%n tidsluckor på %1 min, %3–%4, %5 = högst %6 möten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="197"/>
        <source>%1 (the last slot ends at %2)</source>
        <translation>%1 (sista tidsluckan slutar %2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="209"/>
        <source>Local time in %1 (%2)</source>
        <translation>Lokal tid i %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SessionRemovalText</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="278"/>
        <source>removed (it was cancelled)</source>
        <translation>borttaget (det var inställt)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="280"/>
        <source>removed (placed by hand, no request)</source>
        <translation>borttaget (placerat för hand, ingen förfrågan)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="281"/>
        <source>back to the requests</source>
        <translation>tillbaka till förfrågningarna</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="285"/>
        <source>slot gone</source>
        <translation>tidsluckan borta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="286"/>
        <source>table removed</source>
        <translation>bordet borttaget</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="287"/>
        <source>deleted</source>
        <translation>borttaget</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="326"/>
        <source>Delete “%1”, its tables and its place in the programme? It has no meetings.</source>
        <translation>Ta bort ”%1”, dess bord och dess plats i programmet? Den har inga möten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="332"/>
        <source>Delete “%1”, its tables and its place in the programme? These %n meetings are removed with it</source>
        <translation>
            <numerusform>Ta bort ”%1”, dess bord och dess plats i programmet? Det här mötet tas bort med den</numerusform>
            <numerusform>Ta bort ”%1”, dess bord och dess plats i programmet? Dessa %n möten tas bort med den</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="341"/>
        <source>These %n meetings no longer fit “%1”</source>
        <translation>
            <numerusform>Det här mötet passar inte längre i ”%1”</numerusform>
            <numerusform>Dessa %n möten passar inte längre i ”%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="344"/>
        <source>%1 and go back to the requests:</source>
        <translation>
            <numerusform>%1 och går tillbaka till förfrågningarna:</numerusform>
            <numerusform>%1 och går tillbaka till förfrågningarna:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="346"/>
        <source>%1; none has a request to go back to:</source>
        <translation>%1; inget av dem har en förfrågan att gå tillbaka till:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="347"/>
        <source>%1; %n of them go back to the requests:</source>
        <translation>
            <numerusform>%1; %n av dem går tillbaka till förfrågningarna:</numerusform>
            <numerusform>%1; %n av dem går tillbaka till förfrågningarna:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="32"/>
        <source>&amp;Edit session…</source>
        <translation>&amp;Redigera session…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="34"/>
        <source>Change the day, times, slots, tables or name of the session shown</source>
        <translation>Ändra dag, tider, tidsluckor, bord eller namn för sessionen som visas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="38"/>
        <source>De&amp;lete session…</source>
        <translation>&amp;Ta bort session…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="40"/>
        <source>Delete the session shown; its meetings go back to the requests</source>
        <translation>Ta bort sessionen som visas; dess möten går tillbaka till förfrågningarna</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="44"/>
        <source>A&amp;dd session…</source>
        <translation>Lägg till &amp;session…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="46"/>
        <source>A B2B session: a day&apos;s window cut into meeting slots, with its tables</source>
        <translation>En B2B-session: en dags tidsfönster uppdelat i mötestidsluckor, med sina bord</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="68"/>
        <source>edit the session</source>
        <translation>redigera sessionen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="95"/>
        <source>Edit the B2B session</source>
        <translation>Redigera B2B-sessionen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="99"/>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="123"/>
        <source>%1 Undo with Ctrl+Z.</source>
        <translation>%1 Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="118"/>
        <source>delete the session</source>
        <translation>ta bort sessionen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="152"/>
        <source>Add a B2B session</source>
        <translation>Lägg till en B2B-session</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="167"/>
        <source>Session “%1” added. Undo with Ctrl+Z.</source>
        <translation>Sessionen ”%1” har lagts till. Ångra med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>TargetSpinBox</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="120"/>
        <source>A whole number; clear the box (or go below 0) for no target</source>
        <translation>Ett heltal; töm rutan (eller gå under 0) för inget mål</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="157"/>
        <source>KPI targets</source>
        <translation>Mål för nyckeltal</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="161"/>
        <source>&lt;b&gt;Targets of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mål för %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="166"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="168"/>
        <source>Actual</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="173"/>
        <source>Target for %1</source>
        <translation>Mål för %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="187"/>
        <source>%1&lt;br&gt;%2 means no target: clear the box for none.</source>
        <translation>%1&lt;br&gt;%2 betyder inget mål: töm rutan för inget.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="203"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
</context>
<context>
    <name>TimeZoneCombo</name>
    <message>
        <location filename="../../pimap_desktop/gui/widgets.py" line="106"/>
        <source>type a city, e.g. Helsinki or San Francisco</source>
        <translation>skriv en stad, t.ex. Helsingfors eller San Francisco</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_canvas.py" line="40"/>
        <source>Programme timeline</source>
        <translation>Programmets tidslinje</translation>
    </message>
</context>
<context>
    <name>UnscheduledPane</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="72"/>
        <source>Requester</source>
        <translation>Frågande</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="72"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="72"/>
        <source>Why no meeting</source>
        <translation>Varför inget möte</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="96"/>
        <source>No meeting has been requested yet.</source>
        <translation>Inget möte har efterfrågats än.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="100"/>
        <source>All %1 requested meetings are scheduled.</source>
        <translation>Alla %1 efterfrågade möten är schemalagda.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="102"/>
        <source>The one requested meeting is scheduled.</source>
        <translation>Det enda efterfrågade mötet är schemalagt.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="73"/>
        <source>Walk-in registration</source>
        <translation>Anmälan av spontandeltagare</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="79"/>
        <source>optional; finds them if they are in the directory</source>
        <translation>valfritt; hittar personen om den finns i registret</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="81"/>
        <source>optional</source>
        <translation>valfritt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="84"/>
        <source>e.g. FR</source>
        <translation>t.ex. FR</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="90"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="93"/>
        <source>Check in now</source>
        <translation>Checka in nu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="96"/>
        <source>&amp;First name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="97"/>
        <source>&amp;Last name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="98"/>
        <source>&amp;E-mail</source>
        <translation>E-&amp;post</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="99"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="100"/>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="101"/>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="102"/>
        <source>&amp;Delegation</source>
        <translation>&amp;Delegation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="108"/>
        <source>&amp;Register</source>
        <translation>&amp;Anmäl</translation>
    </message>
</context>
<context>
    <name>WhoBox</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="32"/>
        <source>Everyone on the mission</source>
        <translation>Alla på resan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="33"/>
        <source>People selected on the Registrations page</source>
        <translation>Personer markerade på sidan Anmälningar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="34"/>
        <source>One person</source>
        <translation>En person</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="51"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="66"/>
        <source>type a name or an organisation</source>
        <translation>skriv ett namn eller en organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="71"/>
        <source>For:</source>
        <translation>För:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="72"/>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
</context>
<context>
    <name>WishesImportDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="63"/>
        <source>Import wish forms</source>
        <translation>Importera önskeformulär</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="74"/>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="147"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="93"/>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="115"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="94"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="95"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="96"/>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="97"/>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="98"/>
        <source>Availability</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="109"/>
        <source>refused</source>
        <translation>avvisad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="115"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="115"/>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="115"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="119"/>
        <source>whole file</source>
        <translation>hela filen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="126"/>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="134"/>
        <source>No problems</source>
        <translation>Inga problem</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="130"/>
        <source>&lt;b&gt;Problems (%1)&lt;/b&gt; — these rows are left out; the rest is imported</source>
        <translation>&lt;b&gt;Problem (%1)&lt;/b&gt; — de här raderna utelämnas; resten importeras</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="140"/>
        <source>Nothing is written until you import; one Undo takes the import back.</source>
        <translation>Inget sparas förrän du importerar; ett enda Ångra tar tillbaka importen.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="147"/>
        <source>Nothing to import</source>
        <translation>Inget att importera</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../pimap_desktop/gui/app.py" line="96"/>
        <source>PIMAP Desktop was started again on this database: this is it.</source>
        <translation>PIMAP Desktop startades igen med den här databasen: det är den här.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/app.py" line="152"/>
        <source>Give the database as a file or with --db, not both.</source>
        <translation>Ange databasen som en fil eller med --db, inte båda.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/app.py" line="158"/>
        <source>%1 is not a PIMAP database: PIMAP Desktop opens .pimap and .sqlite files.</source>
        <translation>%1 är inte en PIMAP-databas: PIMAP Desktop öppnar .pimap- och .sqlite-filer.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/app.py" line="167"/>
        <source>There is no PIMAP database at %1.</source>
        <translation>Det finns ingen PIMAP-databas på %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/app.py" line="179"/>
        <source>PIMAP Desktop cannot open the database</source>
        <translation>PIMAP Desktop kan inte öppna databasen</translation>
    </message>
</context>
<context>
    <name>b2b.grid</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="42"/>
        <source>Scheduled</source>
        <translation>Schemalagt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="43"/>
        <source>Held</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="44"/>
        <source>No-show</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="45"/>
        <source>Locked (the scheduler leaves it)</source>
        <translation>Låst (schemaläggaren lämnar det)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="46"/>
        <source>Not available</source>
        <translation>Inte tillgänglig</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="108"/>
        <source>locked (the scheduler leaves it here)</source>
        <translation>låst (schemaläggaren lämnar det här)</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="56"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="81"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="86"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="100"/>
        <source>Job title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="102"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="120"/>
        <source>Sectors</source>
        <translation>Branscher</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="108"/>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="57"/>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="30"/>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="133"/>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="49"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="109"/>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="58"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="111"/>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="60"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="64"/>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="74"/>
        <source>Time zone</source>
        <translation>Tidszon</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="75"/>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="114"/>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="64"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="77"/>
        <source>Registrations</source>
        <translation>Anmälningar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="35"/>
        <source>Requester</source>
        <translation>Frågande</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="39"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="90"/>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="31"/>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="137"/>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="55"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="41"/>
        <source>Wants to meet</source>
        <translation>Vill träffa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="45"/>
        <source>Their organisation</source>
        <translation>Deras organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="47"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="53"/>
        <source>Mutual</source>
        <translation>Ömsesidig</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="56"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="61"/>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="67"/>
        <source>Should ask</source>
        <translation>Borde fråga</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="72"/>
        <source>To meet</source>
        <translation>Att träffa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="77"/>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="304"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="293"/>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="174"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="298"/>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="175"/>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="107"/>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="302"/>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="69"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="312"/>
        <source>Afterwards</source>
        <translation>Efteråt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="37"/>
        <source>Conf.</source>
        <translation>Bekr.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="38"/>
        <source>Reg.</source>
        <translation>Anm.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="39"/>
        <source>Inv.</source>
        <translation>Inbj.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="40"/>
        <source>Wait.</source>
        <translation>Vänt.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="41"/>
        <source>Canc.</source>
        <translation>Avb.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="42"/>
        <source>No-show</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="65"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="67"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="93"/>
        <source>The delegation (or cluster, or country)</source>
        <translation>Delegationen (eller klustret, eller landet)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="94"/>
        <source>All registrations</source>
        <translation>Alla anmälningar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="91"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="110"/>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="39"/>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="138"/>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="59"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="81"/>
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="82"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="84"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="94"/>
        <source>Missions</source>
        <translation>Resor</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="89"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="113"/>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="43"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="92"/>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="112"/>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="101"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="44"/>
        <source>SMEs</source>
        <translation>SMF</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="97"/>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="45"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="46"/>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="47"/>
        <source>Agreements</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="48"/>
        <source>MoUs</source>
        <translation>MoU</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="51"/>
        <source>The organisation&apos;s country</source>
        <translation>Organisationens land</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="52"/>
        <source>Participants: distinct people with a confirmed or checked-in registration</source>
        <translation>Deltagare: unika personer med en bekräftad eller incheckad anmälan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="55"/>
        <source>Distinct SMEs engaged</source>
        <translation>Unika engagerade SMF</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="56"/>
        <source>Meetings held with someone from this country</source>
        <translation>Genomförda möten med någon från det här landet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="57"/>
        <source>Follow-ups involving an organisation from this country</source>
        <translation>Uppföljningar som rör en organisation från det här landet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="58"/>
        <source>Agreements or contracts signed</source>
        <translation>Undertecknade avtal eller kontrakt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="59"/>
        <source>MoUs signed</source>
        <translation>Undertecknade MoU</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="92"/>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="139"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="118"/>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="61"/>
        <source>Cluster</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="63"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="56"/>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="32"/>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="66"/>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="57"/>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="33"/>
        <source>Checked in</source>
        <translation>Incheckade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="58"/>
        <source>Expected</source>
        <translation>Väntade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="59"/>
        <source>To come</source>
        <translation>Återstår</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="71"/>
        <source>Arrival</source>
        <translation>Ankomst</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="76"/>
        <source>Departure</source>
        <translation>Avresa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="80"/>
        <source>Hotel</source>
        <translation>Hotell</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="81"/>
        <source>Diet</source>
        <translation>Kost</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="83"/>
        <source>Badges</source>
        <translation>Namnbrickor</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="60"/>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="62"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="67"/>
        <source>Mission</source>
        <translation>Resa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="75"/>
        <source>Our organisation</source>
        <translation>Vår organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="80"/>
        <source>Counterpart</source>
        <translation>Motpart</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="83"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="85"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="90"/>
        <source>Next action</source>
        <translation>Nästa åtgärd</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="94"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="96"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="105"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="111"/>
        <source>Participants (✓ checked in)</source>
        <translation>Deltagare (✓ incheckad)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="125"/>
        <source>Late</source>
        <translation>Sena</translation>
    </message>
</context>
<context>
    <name>connect.dialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="85"/>
        <source>Connect without encryption?</source>
        <translation>Anslut utan kryptering?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="87"/>
        <source>The password and the data would cross the network unencrypted: anyone on the way to %1 (a hotel or a fair&apos;s Wi-Fi, for one) could read them.</source>
        <translation>Lösenordet och data skulle gå okrypterat över nätverket: vem som helst på vägen till %1 (till exempel ett hotells eller en mässas wifi) skulle kunna läsa dem.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="98"/>
        <source>Turn it off only when the server&apos;s administrator says that the server cannot encrypt. PIMAP still encrypts whenever the server offers it.</source>
        <translation>Stäng bara av det när serverns administratör säger att servern inte kan kryptera. PIMAP krypterar ändå när servern erbjuder det.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="105"/>
        <source>Turn encryption off</source>
        <translation>Stäng av kryptering</translation>
    </message>
</context>
<context>
    <name>connect.recent</name>
    <message>
        <location filename="../../pimap_desktop/gui/connect/recent.py" line="29"/>
        <source>No recent databases</source>
        <translation>Inga senaste databaser</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/recent.py" line="30"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Töm listan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/recent.py" line="108"/>
        <source>%1 — as %2</source>
        <translation>%1 — som %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/recent.py" line="148"/>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
</context>
<context>
    <name>directory.dialogs</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="45"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../pimap_desktop/gui/errors.py" line="26"/>
        <source>Could not %1</source>
        <translation>Det gick inte att %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/errors.py" line="44"/>
        <source>Something unexpected went wrong; nothing was saved by the failed action.

The details are in the log file:
%1</source>
        <translation>Något oväntat gick fel; inget sparades av den misslyckade åtgärden.

Detaljerna finns i loggfilen:
%1</translation>
    </message>
</context>
<context>
    <name>exports.desktop</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/desktop.py" line="25"/>
        <source>Print the badge</source>
        <translation>Skriv ut namnbrickan</translation>
    </message>
</context>
<context>
    <name>importing.commands</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/commands.py" line="38"/>
        <source>Import %1</source>
        <translation>Importera %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/commands.py" line="49"/>
        <source>%1 created, %2 updated, %3 unchanged</source>
        <translation>%1 skapade, %2 uppdaterade, %3 oförändrade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/commands.py" line="56"/>
        <source>, %1 skipped</source>
        <translation>, %1 överhoppade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/commands.py" line="60"/>
        <source>; %1 newly registered in the mission</source>
        <translation>; %1 nyanmälda till resan</translation>
    </message>
</context>
<context>
    <name>kpi.country_table</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="27"/>
        <source>No country</source>
        <translation>Inget land</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="105"/>
        <source>By country</source>
        <translation>Per land</translation>
    </message>
</context>
<context>
    <name>missions.commands</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/commands.py" line="47"/>
        <source>Add “%1”</source>
        <translation>Lägg till ”%1”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/commands.py" line="79"/>
        <source>Edit “%1”</source>
        <translation>Redigera ”%1”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/commands.py" line="96"/>
        <source>Delete “%1”</source>
        <translation>Ta bort ”%1”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/commands.py" line="129"/>
        <source>Import %1</source>
        <translation>Importera %1</translation>
    </message>
</context>
<context>
    <name>missions.mission_dialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="79"/>
        <source>%1 now (%2)</source>
        <translation>%1 nu (%2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="81"/>
        <source>%1 now</source>
        <translation>%1 nu</translation>
    </message>
</context>
<context>
    <name>missions.notes_dialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="56"/>
        <source>Delete practical note</source>
        <translation>Ta bort praktisk information</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="58"/>
        <source>Delete the practical note “%1”?

This cannot be undone.</source>
        <translation>Ta bort den praktiska informationen ”%1”?

Det här kan inte ångras.</translation>
    </message>
</context>
<context>
    <name>missions.timeline</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_geometry.py" line="30"/>
        <source>No programme items yet. Use Add item to plan the first one.</source>
        <translation>Inga programpunkter än. Använd Lägg till punkt för att planera den första.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_geometry.py" line="207"/>
        <source>Nothing planned on %1.</source>
        <translation>Inget planerat %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_geometry.py" line="211"/>
        <source>No programme items on these days.</source>
        <translation>Inga programpunkter dessa dagar.</translation>
    </message>
</context>
<context>
    <name>missions.timeline_text</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="21"/>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="22"/>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="23"/>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="24"/>
        <source>Thu</source>
        <translation>tors</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="25"/>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="26"/>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="27"/>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="30"/>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="31"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="32"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="33"/>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="34"/>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="35"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="36"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="37"/>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="38"/>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="39"/>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="40"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="41"/>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="48"/>
        <source>%1 %2 %3</source>
        <comment>day label: weekday, day, month</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="80"/>
        <source>Times in the mission&apos;s local time (%1)</source>
        <translation>Tider i resans lokala tid (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="85"/>
        <source>Times in the mission&apos;s local time</source>
        <translation>Tider i resans lokala tid</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="90"/>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="128"/>
        <source>Times in %1 (%2)</source>
        <translation>Tider i %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="94"/>
        <source>Times in %1</source>
        <translation>Tider i %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="107"/>
        <source>Times in %1 (%2, %3)</source>
        <translation>Tider i %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="114"/>
        <source>%1 until %2</source>
        <translation>%1 till och med %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="121"/>
        <source>then %1 from %2</source>
        <translation>sedan %1 från %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="158"/>
        <source>Venue: %1</source>
        <translation>Plats: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="165"/>
        <source>Room: %1</source>
        <translation>Lokal: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="172"/>
        <source>Audience: %1</source>
        <translation>Målgrupp: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="181"/>
        <source>⚠ Same room as: %1</source>
        <translation>⚠ Samma lokal som: %1</translation>
    </message>
</context>
<context>
    <name>onsite.checkin_desk</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="235"/>
        <source>Checked in %1. Undo with Ctrl+Z.</source>
        <translation>%1 incheckad. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="240"/>
        <source>%1 Enter: let in and confirm; Esc: not now.</source>
        <translation>%1 Enter: släpp in och bekräfta; Esc: inte nu.</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../pimap_desktop/gui/operations.py" line="258"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/operations.py" line="284"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>registrations.registration_table</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="41"/>
        <source>%1, last %2</source>
        <translation>%1, senast %2</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../pimap_desktop/gui/undo.py" line="42"/>
        <source>This step can no longer be undone or redone: the records it concerns were changed or deleted since. Nothing was changed now.</source>
        <translation>Det här steget kan inte längre ångras eller göras om: posterna det gäller har ändrats eller tagits bort sedan dess. Inget ändrades nu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/undo.py" line="82"/>
        <source>redo “%1”</source>
        <translation>göra om ”%1”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/undo.py" line="85"/>
        <source>undo “%1”</source>
        <translation>ångra ”%1”</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="26"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/widgets.py" line="223"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/widgets.py" line="225"/>
        <source>CSV, semicolons (*.csv)</source>
        <translation>CSV, semikolon (*.csv)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/widgets.py" line="226"/>
        <source>CSV, commas (*.csv)</source>
        <translation>CSV, komma (*.csv)</translation>
    </message>
</context>
</TS>
