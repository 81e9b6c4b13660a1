<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaImportDialog</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="674"/>
        <source>%1; %n event(s) skipped:</source>
        <translation>
            <numerusform>%1; %n event skipped:</numerusform>
            <numerusform>%1; %n events skipped:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>B2BImportDialog</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="237"/>
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>B2BImportText</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="82"/>
        <source>%1: %2, %n row(s) of data</source>
        <translation>
            <numerusform>%1: %2, %n row of data</numerusform>
            <numerusform>%1: %2, %n rows of data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>B2BSteps</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="138"/>
        <source>Remove %n meeting request(s)</source>
        <translation>
            <numerusform>Remove %n meeting request</numerusform>
            <numerusform>Remove %n meeting requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="250"/>
        <source>Import %n wish form(s)</source>
        <translation>
            <numerusform>Import %n wish form</numerusform>
            <numerusform>Import %n wish forms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>B2BSummary</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="55"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="56"/>
        <source>%n requested pair(s)</source>
        <translation>
            <numerusform>%n requested pair</numerusform>
            <numerusform>%n requested pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="57"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="61"/>
        <source>%n requested pair(s) without a meeting.</source>
        <translation>
            <numerusform>%n requested pair without a meeting.</numerusform>
            <numerusform>%n requested pairs without a meeting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BringBackPreview</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="405"/>
        <source>%n conflict(s): the same thing was changed here and on the laptop, or one side deleted what the other changed. This database&apos;s value is kept unless you choose the laptop&apos;s.</source>
        <translation>
            <numerusform>%n conflict: the same thing was changed here and on the laptop, or one side deleted what the other changed. This database&apos;s value is kept unless you choose the laptop&apos;s.</numerusform>
            <numerusform>%n conflicts: the same thing was changed here and on the laptop, or one side deleted what the other changed. This database&apos;s value is kept unless you choose the laptop&apos;s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPreview</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="182"/>
        <source>The %n event(s) of the calendar file, times in %1 (%2).</source>
        <translation>
            <numerusform>The %n event of the calendar file, times in %1 (%2).</numerusform>
            <numerusform>The %n events of the calendar file, times in %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="188"/>
        <source>The %n event(s) of the calendar file, times in %1.</source>
        <translation>
            <numerusform>The %n event of the calendar file, times in %1.</numerusform>
            <numerusform>The %n events of the calendar file, times in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="648"/>
        <source>%n row(s) with problems will not be imported; fix them in the file and import it again (the others are not duplicated).</source>
        <translation>
            <numerusform>%n row with problems will not be imported; fix them in the file and import it again (the others are not duplicated).</numerusform>
            <numerusform>%n rows with problems will not be imported; fix them in the file and import it again (the others are not duplicated).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryDetails</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/details.py" line="63"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n mission</numerusform>
            <numerusform>%n missions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/details.py" line="68"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/details.py" line="72"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="203"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="205"/>
        <source>%1 of %n people shown</source>
        <translation>
            <numerusform>%1 of %n people shown</numerusform>
            <numerusform>%1 of %n people shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="217"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="219"/>
        <source>%1 of %n organisations shown</source>
        <translation>
            <numerusform>%1 of %n organisations shown</numerusform>
            <numerusform>%1 of %n organisations shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="454"/>
        <source>%n people selected</source>
        <translation>
            <numerusform>%n people selected</numerusform>
            <numerusform>%n people selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="474"/>
        <source>%n organisations selected</source>
        <translation>
            <numerusform>%n organisations selected</numerusform>
            <numerusform>%n organisations selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryText</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="98"/>
        <source>Registered in %n mission(s)</source>
        <translation>
            <numerusform>Registered in %n mission</numerusform>
            <numerusform>Registered in %n missions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="155"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n mission</numerusform>
            <numerusform>%n missions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="164"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeSteps</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="211"/>
        <source>%n meeting(s) written to %1.</source>
        <translation>
            <numerusform>%n meeting written to %1.</numerusform>
            <numerusform>%n meetings written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="400"/>
        <source>%n data row(s)</source>
        <translation>
            <numerusform>%n data row</numerusform>
            <numerusform>%n data rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="401"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpLogText</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="178"/>
        <source>%n follow-up(s) · %1 open · %2</source>
        <translation>
            <numerusform>%n follow-up · %1 open · %2</numerusform>
            <numerusform>%n follow-ups · %1 open · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpSteps</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="263"/>
        <source>%n follow-up(s) marked done. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n follow-up marked done. Undo with Ctrl+Z.</numerusform>
            <numerusform>%n follow-ups marked done. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="265"/>
        <source>%n follow-up(s) open again. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n follow-up open again. Undo with Ctrl+Z.</numerusform>
            <numerusform>%n follow-ups open again. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpUndoSteps</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="88"/>
        <source>Mark %n follow-up(s) done</source>
        <translation>
            <numerusform>Mark %n follow-up done</numerusform>
            <numerusform>Mark %n follow-ups done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="90"/>
        <source>Reopen %n follow-up(s)</source>
        <translation>
            <numerusform>Reopen %n follow-up</numerusform>
            <numerusform>Reopen %n follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiCardsText</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="187"/>
        <source>and %n workshop(s)</source>
        <translation>
            <numerusform>and %n workshop</numerusform>
            <numerusform>and %n workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="240"/>
        <source>%1 meetings requested, %2 scheduled, %n no-show(s), %3 cancelled</source>
        <translation>
            <numerusform>%1 meetings requested, %2 scheduled, %n no-show, %3 cancelled</numerusform>
            <numerusform>%1 meetings requested, %2 scheduled, %n no-shows, %3 cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogExport</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="112"/>
        <source>%n follow-up(s) written on %1 pages to %2.</source>
        <translation>
            <numerusform>%n follow-up written on %1 pages to %2.</numerusform>
            <numerusform>%n follow-ups written on %1 pages to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="115"/>
        <source>%n follow-up(s) written to %1.</source>
        <translation>
            <numerusform>%n follow-up written to %1.</numerusform>
            <numerusform>%n follow-ups written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsOfDayView</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="448"/>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="503"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissionDeletionText</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="398"/>
        <source>%n programme item(s)</source>
        <translation>
            <numerusform>%n programme item</numerusform>
            <numerusform>%n programme items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="399"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="400"/>
        <source>%n B2B session(s)</source>
        <translation>
            <numerusform>%n B2B session</numerusform>
            <numerusform>%n B2B sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="401"/>
        <source>%n meeting request(s)</source>
        <translation>
            <numerusform>%n meeting request</numerusform>
            <numerusform>%n meeting requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="402"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="403"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="404"/>
        <source>%n KPI target(s)</source>
        <translation>
            <numerusform>%n KPI target</numerusform>
            <numerusform>%n KPI targets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissionsPage</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="185"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n mission</numerusform>
            <numerusform>%n missions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="187"/>
        <source>%1 of %n mission(s) shown</source>
        <translation>
            <numerusform>%1 of %n mission shown</numerusform>
            <numerusform>%1 of %n missions shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflinePreviewText</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="91"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="92"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="93"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="94"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="95"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="96"/>
        <source>%n meeting request(s)</source>
        <translation>
            <numerusform>%n meeting request</numerusform>
            <numerusform>%n meeting requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="97"/>
        <source>%n availability window(s)</source>
        <translation>
            <numerusform>%n availability window</numerusform>
            <numerusform>%n availability windows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="98"/>
        <source>%n programme item(s)</source>
        <translation>
            <numerusform>%n programme item</numerusform>
            <numerusform>%n programme items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="99"/>
        <source>%n B2B session(s)</source>
        <translation>
            <numerusform>%n B2B session</numerusform>
            <numerusform>%n B2B sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="100"/>
        <source>%n B2B table(s)</source>
        <translation>
            <numerusform>%n B2B table</numerusform>
            <numerusform>%n B2B tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="101"/>
        <source>%n practical note(s)</source>
        <translation>
            <numerusform>%n practical note</numerusform>
            <numerusform>%n practical notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="102"/>
        <source>%n delegation(s)</source>
        <translation>
            <numerusform>%n delegation</numerusform>
            <numerusform>%n delegations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="103"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n mission</numerusform>
            <numerusform>%n missions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="104"/>
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="105"/>
        <source>%n venue(s)</source>
        <translation>
            <numerusform>%n venue</numerusform>
            <numerusform>%n venues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineText</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="81"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="82"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="83"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="107"/>
        <source>%n conflict(s): the laptop&apos;s value taken for %1, this database&apos;s kept for %2.</source>
        <translation>
            <numerusform>%n conflict: the laptop&apos;s value taken for %1, this database&apos;s kept for %2.</numerusform>
            <numerusform>%n conflicts: the laptop&apos;s value taken for %1, this database&apos;s kept for %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnSiteSteps</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="210"/>
        <source>Mark %n meetings %1</source>
        <translation>
            <numerusform>Mark %n meetings %1</numerusform>
            <numerusform>Mark %n meetings %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="574"/>
        <source>Nothing new in %1: its %n item(s) are already on the programme, unchanged.</source>
        <translation>
            <numerusform>Nothing new in %1: its %n item is already on the programme, unchanged.</numerusform>
            <numerusform>Nothing new in %1: its %n items are already on the programme, unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="587"/>
        <source>%n event(s) skipped:
%1</source>
        <translation>
            <numerusform>%n event skipped:
%1</numerusform>
            <numerusform>%n events skipped:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeTreeModel</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="154"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationUndoSteps</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="37"/>
        <source>Add %n person(s)</source>
        <translation>
            <numerusform>Add %n person</numerusform>
            <numerusform>Add %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalDialog</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="379"/>
        <source>Delete the session and %n meeting(s)</source>
        <translation>
            <numerusform>Delete the session and %n meeting</numerusform>
            <numerusform>Delete the session and %n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="384"/>
        <source>Change the session and remove %n meeting(s)</source>
        <translation>
            <numerusform>Change the session and remove %n meeting</numerusform>
            <numerusform>Change the session and remove %n meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="123"/>
        <source>KPI report written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>KPI report written to %1 (%n page).</numerusform>
            <numerusform>KPI report written to %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestSteps</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="173"/>
        <source>%n request(s) removed. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n request removed. Undo with Ctrl+Z.</numerusform>
            <numerusform>%n requests removed. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="198"/>
        <source>Priority %1 set on %n request(s).</source>
        <translation>
            <numerusform>Priority %1 set on %n request.</numerusform>
            <numerusform>Priority %1 set on %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="270"/>
        <source>%n suggested meeting(s) requested with priority 3. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n suggested meeting requested with priority 3. Undo with Ctrl+Z.</numerusform>
            <numerusform>%n suggested meetings requested with priority 3. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPane</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="231"/>
        <source>%n pair(s) who have not asked each other for %1, best first, from what their organisations offer and seek. Double-click or Request it: a request of priority 3.</source>
        <translation>
            <numerusform>%n pair who have not asked each other for %1, best first, from what their organisations offer and seek. Double-click or Request it: a request of priority 3.</numerusform>
            <numerusform>%n pairs who have not asked each other for %1, best first, from what their organisations offer and seek. Double-click or Request it: a request of priority 3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="241"/>
        <source>%n pair(s) who have not asked each other, best first, from what their organisations offer and seek. Double-click or Request it: a request of priority 3.</source>
        <translation>
            <numerusform>%n pair who have not asked each other, best first, from what their organisations offer and seek. Double-click or Request it: a request of priority 3.</numerusform>
            <numerusform>%n pairs who have not asked each other, best first, from what their organisations offer and seek. Double-click or Request it: a request of priority 3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="188"/>
        <source>%n verified backup(s). Choose one and press Restore…</source>
        <translation>
            <numerusform>%n verified backup. Choose one and press Restore…</numerusform>
            <numerusform>%n verified backups. Choose one and press Restore…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedText</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="46"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="48"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="176"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="179"/>
        <source>%n slot(s) of %1 min with %2-min breaks, %3–%4, %5 = %6 meetings at most</source>
        <translation>
            <numerusform>%n slot of %1 min with %2-min breaks, %3–%4, %5 = %6 meetings at most</numerusform>
            <numerusform>%n slots of %1 min with %2-min breaks, %3–%4, %5 = %6 meetings at most</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="185"/>
        <source>%n slot(s) of %1 min, %3–%4, %5 = %6 meetings at most</source>
        <translation>
            <numerusform>%n slot of %1 min, %3–%4, %5 = %6 meetings at most</numerusform>
            <numerusform>%n slots of %1 min, %3–%4, %5 = %6 meetings at most</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionRemovalText</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="332"/>
        <source>Delete “%1”, its tables and its place in the programme? These %n meetings are removed with it</source>
        <translation>
            <numerusform>Delete “%1”, its tables and its place in the programme? This meeting is removed with it</numerusform>
            <numerusform>Delete “%1”, its tables and its place in the programme? These %n meetings are removed with it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="341"/>
        <source>These %n meetings no longer fit “%1”</source>
        <translation>
            <numerusform>This meeting no longer fits “%1”</numerusform>
            <numerusform>These %n meetings no longer fit “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="344"/>
        <source>%1 and go back to the requests:</source>
        <translation>
            <numerusform>%1 and goes back to the requests:</numerusform>
            <numerusform>%1 and go back to the requests:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="347"/>
        <source>%1; %n of them go back to the requests:</source>
        <translation>
            <numerusform>%1; %n of them goes back to the requests:</numerusform>
            <numerusform>%1; %n of them go back to the requests:</numerusform>
        </translation>
    </message>
</context>
</TS>
