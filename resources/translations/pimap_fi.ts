<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
<context>
    <name>AddPeopleDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="153"/>
        <source>Add people to the mission</source>
        <translation>Lisää henkilöitä matkalle</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="159"/>
        <source>Search the directory: name, organisation, country, e-mail…</source>
        <translation>Hae osoitteistosta: nimi, organisaatio, maa, sähköposti…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="180"/>
        <source>&amp;Role</source>
        <translation>&amp;Rooli</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="181"/>
        <source>&amp;Status</source>
        <translation>&amp;Tila</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="188"/>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="206"/>
        <source>Select one or more people (Ctrl or Shift to select several).</source>
        <translation>Valitse yksi tai useampi henkilö (useita voi valita Ctrl- tai Shift-näppäimellä).</translation>
    </message>
</context>
<context>
    <name>AgendaImportDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="613"/>
        <source>Import agenda</source>
        <translation>Tuo agenda</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="616"/>
        <source>&lt;b&gt;Import %1 into %2 — %3?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tuodaanko %1 matkalle %2 — %3?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="629"/>
        <source>Times are read in the event&apos;s own zone and shown in %1.</source>
        <translation>Ajat luetaan tapahtuman omalla aikavyöhykkeellä ja näytetään aikavyöhykkeellä %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="633"/>
        <source>Items keep the kind, room and audience you set in PIMAP; the file sets titles, times, descriptions and places.</source>
        <translation>Ohjelmakohtien tyyppi, sali ja kohdeyleisö säilyvät sellaisina kuin ne on asetettu PIMAPissa; tiedostosta tulevat otsikot, ajat, kuvaukset ja paikat.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="640"/>
        <source>Removed: items from this file whose event is now cancelled or no longer in it.</source>
        <translation>Poistetaan: tämän tiedoston kohteet, joiden tapahtuma on nyt peruttu tai puuttuu tiedostosta.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="643"/>
        <source>Edit ▸ Undo takes the whole import back.</source>
        <translation>Muokkaa ▸ Kumoa peruu koko tuonnin.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="648"/>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="674"/>
        <source>%1; %n event(s) skipped:</source>
        <translation>
            <numerusform>%1; %n tapahtuma ohitettiin:</numerusform>
            <numerusform>%1; %n tapahtumaa ohitettiin:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="59"/>
        <source>Everyone</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="60"/>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="61"/>
        <source>Named</source>
        <translation>Nimetyt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="62"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
</context>
<context>
    <name>AvailabilityDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="102"/>
        <source>Availability — %1</source>
        <translation>Tavoitettavuus — %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="111"/>
        <source>Times in %1 (the mission&apos;s local time). With no window, %2 can meet during every session.</source>
        <translation>Ajat aikavyöhykkeellä %1 (matkan paikallinen aika). Ilman aikaikkunoita %2 voi tavata kaikkien tapaamisjaksojen aikana.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="126"/>
        <source>Available in these &amp;sessions</source>
        <translation>Tavoitettavissa näissä &amp;jaksoissa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="148"/>
        <source>&amp;Add window</source>
        <translation>&amp;Lisää aikaikkuna</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="150"/>
        <source>&amp;Change</source>
        <translation>&amp;Muuta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="152"/>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="155"/>
        <source>Day:</source>
        <translation>Päivä:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="157"/>
        <source>from</source>
        <translation>klo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="159"/>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="164"/>
        <source>&amp;Windows in which they can meet</source>
        <translation>&amp;Aikaikkunat, jolloin voi tavata</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="196"/>
        <source>(outside every B2B session)</source>
        <translation>(kaikkien B2B-tapaamisjaksojen ulkopuolella)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="219"/>
        <source>Not available in any session.</source>
        <translation>Ei tavoitettavissa yhdessäkään jaksossa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="221"/>
        <source>No window: available during every session.</source>
        <translation>Ei aikaikkunoita: tavoitettavissa kaikissa jaksoissa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="268"/>
        <source>A window must end after it starts.</source>
        <translation>Aikaikkunan on päätyttävä alkamisensa jälkeen.</translation>
    </message>
</context>
<context>
    <name>AvailabilitySteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="25"/>
        <source>A&amp;vailability…</source>
        <translation>Tavoit&amp;ettavuus…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="27"/>
        <source>When the chosen person can meet (double-click a person&apos;s row)</source>
        <translation>Milloin valittu henkilö voi tavata (kaksoisnapsauta henkilön riviä)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="31"/>
        <source>&amp;Not available this session</source>
        <translation>Ei tavoitettavissa t&amp;ässä jaksossa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="33"/>
        <source>The chosen person cannot meet during the session of the chosen slot</source>
        <translation>Valittu henkilö ei voi tavata valitun aikavälin tapaamisjakson aikana</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="59"/>
        <source>change the availability</source>
        <translation>tavoitettavuuden muutos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="67"/>
        <source>%1 Undo with Ctrl+Z.</source>
        <translation>%1 Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="88"/>
        <source>Availability of %1 changed.</source>
        <translation>Henkilön %1 tavoitettavuutta muutettiin.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="103"/>
        <source>%1 is available in “%2”.</source>
        <translation>%1 on tavoitettavissa jaksossa ”%2”.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="105"/>
        <source>%1 is not available in “%2”.</source>
        <translation>%1 ei ole tavoitettavissa jaksossa ”%2”.</translation>
    </message>
</context>
<context>
    <name>B2BImportDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="102"/>
        <source>Import %1 — %2</source>
        <translation>Tuonti: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="111"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Taulukko:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="117"/>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="117"/>
        <source>Verdict</source>
        <translation>Arvio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="117"/>
        <source>What happens</source>
        <translation>Mitä tapahtuu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="131"/>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="147"/>
        <source>Nothing is written until you import; one Undo takes the import back.</source>
        <translation>Mitään ei tallenneta ennen tuontia; yksi kumoaminen peruu koko tuonnin.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="171"/>
        <source>Cannot read %1: %2.</source>
        <translation>Tiedostoa %1 ei voi lukea: %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="187"/>
        <source>Columns: %1</source>
        <translation>Sarakkeet: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="223"/>
        <source>%1 new, %2 to update, %3 unchanged, %4 skipped</source>
        <translation>%1 uutta, %2 päivitettävää, %3 ennallaan, %4 ohitettu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="230"/>
        <source>(their problems are listed; the other rows are imported)</source>
        <translation>(niiden ongelmat luetellaan; muut rivit tuodaan)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="237"/>
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Tuo %n rivi</numerusform>
            <numerusform>Tuo %n riviä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="237"/>
        <source>Nothing to import</source>
        <translation>Ei tuotavaa</translation>
    </message>
</context>
<context>
    <name>B2BImportText</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="47"/>
        <source>comma-separated</source>
        <translation>pilkuin eroteltu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="48"/>
        <source>semicolon-separated</source>
        <translation>puolipistein eroteltu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="49"/>
        <source>tab-separated</source>
        <translation>sarkaimin eroteltu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="60"/>
        <source>meeting requests</source>
        <translation>tapaamispyynnöt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="61"/>
        <source>availability</source>
        <translation>tavoitettavuus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="67"/>
        <source>sheet “%1”</source>
        <translation>taulukko ”%1”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="70"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 (BOM)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="80"/>
        <source>%1-separated</source>
        <translation>erottimena %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="82"/>
        <source>%1: %2, %n row(s) of data</source>
        <translation>
            <numerusform>%1: %2, %n tietorivi</numerusform>
            <numerusform>%1: %2, %n tietoriviä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>B2BPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="115"/>
        <source>read the meetings</source>
        <translation>tapaamisten luku</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="230"/>
        <source>&amp;Tables × slots</source>
        <translation>&amp;Pöydät × aikavälit</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="231"/>
        <source>&amp;People × slots</source>
        <translation>&amp;Henkilöt × aikavälit</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="232"/>
        <source>&amp;Requests</source>
        <translation>P&amp;yynnöt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="233"/>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="387"/>
        <source>&amp;Unscheduled</source>
        <translation>&amp;Sijoittamatta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="261"/>
        <source>Session:</source>
        <translation>Tapaamisjakso:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="263"/>
        <source>Time limit:</source>
        <translation>Aikaraja:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="266"/>
        <source>B2B meetings</source>
        <translation>B2B-tapaamiset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="363"/>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="387"/>
        <source>&amp;Unscheduled (%1)</source>
        <translation>&amp;Sijoittamatta (%1)</translation>
    </message>
</context>
<context>
    <name>B2BSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="53"/>
        <source>Add a B2B session</source>
        <translation>B2B-tapaamisjakson lisäys</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="80"/>
        <source>Change the B2B session “%1”</source>
        <translation>B2B-tapaamisjakson ”%1” muutos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="82"/>
        <source>Delete the B2B session “%1”</source>
        <translation>B2B-tapaamisjakson ”%1” poisto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="115"/>
        <source>Add a meeting request</source>
        <translation>Tapaamispyynnön lisäys</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="136"/>
        <source>Remove a meeting request</source>
        <translation>Tapaamispyynnön poisto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="138"/>
        <source>Remove %n meeting request(s)</source>
        <translation>
            <numerusform>Tapaamispyynnön poisto (%n)</numerusform>
            <numerusform>%n tapaamispyynnön poisto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="170"/>
        <source>Change a meeting request</source>
        <translation>Tapaamispyynnön muutos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="193"/>
        <source>Set priority %1</source>
        <translation>Prioriteetin asetus: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="212"/>
        <source>Import %1 from %2</source>
        <translation>Tuonti: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="230"/>
        <source>Change the availability of %1</source>
        <translation>Tavoitettavuuden muutos: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="250"/>
        <source>Import %n wish form(s)</source>
        <translation>
            <numerusform>Toivelomakkeen tuonti (%n)</numerusform>
            <numerusform>%n toivelomakkeen tuonti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="300"/>
        <source>Move a meeting</source>
        <translation>Tapaamisen siirto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="319"/>
        <source>Lock meetings</source>
        <translation>Tapaamisten lukitus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="319"/>
        <source>Unlock meetings</source>
        <translation>Tapaamisten lukituksen avaus</translation>
    </message>
</context>
<context>
    <name>B2BSummary</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="54"/>
        <source>%1; %2; %3, %4 locked.</source>
        <translation>%1; %2; %3, joista %4 lukittu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="55"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n tapaamisjakso</numerusform>
            <numerusform>%n tapaamisjaksoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="56"/>
        <source>%n requested pair(s)</source>
        <translation>
            <numerusform>%n pyydetty pari</numerusform>
            <numerusform>%n pyydettyä paria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="57"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n tapaaminen</numerusform>
            <numerusform>%n tapaamista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="61"/>
        <source>%n requested pair(s) without a meeting.</source>
        <translation>
            <numerusform>%n pyydetty pari ilman tapaamista.</numerusform>
            <numerusform>%n pyydettyä paria ilman tapaamista.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="63"/>
        <source>Last run: %1.</source>
        <translation>Viimeisin ajo: %1.</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="48"/>
        <source>No backups yet: File ▸ Back up now makes one.</source>
        <translation>Ei vielä varmuuskopioita: Tiedosto ▸ Varmuuskopioi nyt tekee sellaisen.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="65"/>
        <source>Daily</source>
        <translation>Päivittäinen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="66"/>
        <source>Back up now</source>
        <translation>Varmuuskopioi nyt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="67"/>
        <source>Before an upgrade</source>
        <translation>Ennen päivitystä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="68"/>
        <source>Before a restore</source>
        <translation>Ennen palautusta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="69"/>
        <source>Before the demo data</source>
        <translation>Ennen esittelytietoja</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="70"/>
        <source>Before a deletion</source>
        <translation>Ennen poistoa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="247"/>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="277"/>
        <source>Restore from backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="248"/>
        <source>Backups of this database are made by its server.</source>
        <translation>Tämän tietokannan varmuuskopiot tekee sen palvelin.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="253"/>
        <source>The backup was restored but the database could not be opened again: %1 Restart PIMAP Desktop.</source>
        <translation>Varmuuskopio palautettiin, mutta tietokantaa ei voitu avata uudelleen: %1 Käynnistä PIMAP Desktop uudelleen.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="270"/>
        <source>Restored %1.</source>
        <translation>Palautettu: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="271"/>
        <source>Backup restored</source>
        <translation>Varmuuskopio palautettu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="274"/>
        <source>restore the backup</source>
        <translation>varmuuskopion palautus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="276"/>
        <source>Restoring the backup (the current state is backed up first)…</source>
        <translation>Palautetaan varmuuskopiota (nykyinen tila varmuuskopioidaan ensin)…</translation>
    </message>
</context>
<context>
    <name>BadgePrinter</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="76"/>
        <source>Badge — %1</source>
        <translation>Nimikyltti — %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="76"/>
        <source>Badge</source>
        <translation>Nimikyltti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="82"/>
        <source>Badge not printed.</source>
        <translation>Nimikylttiä ei tulostettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="87"/>
        <source>Could not print the badge</source>
        <translation>Nimikyltin tulostus epäonnistui</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="89"/>
        <source>The printer did not accept the badge. Check that it is on and try again, or save the badge as a PDF.</source>
        <translation>Tulostin ei hyväksynyt nimikylttiä. Tarkista, että tulostin on päällä, ja yritä uudelleen tai tallenna nimikyltti PDF-tiedostona.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="97"/>
        <source>print the badge</source>
        <translation>nimikyltin tulostus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="104"/>
        <source>Badge of %1 sent to %2.</source>
        <translation>Henkilön %1 nimikyltti lähetettiin tulostukseen (%2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="106"/>
        <source>the printer</source>
        <translation>tulostin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="121"/>
        <source>Save the badge</source>
        <translation>Tallenna nimikyltti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="123"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-asiakirja (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="143"/>
        <source>save the badge</source>
        <translation>nimikyltin tallennus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="146"/>
        <source>Badge of %1 saved to %2.</source>
        <translation>Henkilön %1 nimikyltti tallennettiin: %2.</translation>
    </message>
</context>
<context>
    <name>BrandingDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="48"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)</source>
        <translation>Kuvat (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="54"/>
        <source>Printed documents carry the logos of each mission&apos;s organising clusters. Add the partnership&apos;s and the funders&apos; emblems to print beside them on every document. PIMAP&apos;s own logo appears only when none of them is set.</source>
        <translation>Tulostetuissa asiakirjoissa on kunkin matkan järjestävien klustereiden logot. Lisää kumppanuuden ja rahoittajien tunnukset, niin ne tulostetaan logojen rinnalle jokaiseen asiakirjaan. PIMAPin oma logo näkyy vain, jos yhtäkään niistä ei ole asetettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="60"/>
        <source>Printed at the foot of every page of the KPI report and the follow-up log, and on the cover of each attendee pack.</source>
        <translation>Tulostetaan KPI-raportin ja jatkotoimilokin jokaisen sivun alareunaan sekä jokaisen osallistujapaketin kanteen.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="86"/>
        <source>Branding</source>
        <translation>Ilme</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="95"/>
        <source>No emblem yet: documents show the clusters&apos; logos only.</source>
        <translation>Ei vielä tunnuksia: asiakirjoissa näkyvät vain klustereiden logot.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="97"/>
        <source>Add partnership emblem…</source>
        <translation>Lisää kumppanuuden tunnus…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="98"/>
        <source>Add funder emblem…</source>
        <translation>Lisää rahoittajan tunnus…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="99"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="109"/>
        <source>&amp;Funding statement</source>
        <translation>&amp;Rahoitusmaininta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="114"/>
        <source>For example: Co-funded by … under grant agreement No … . Views and opinions expressed are those of the partners only.</source>
        <translation>Esimerkiksi: Osarahoittaja … , avustussopimus nro … . Esitetyt näkemykset ja mielipiteet ovat ainoastaan kumppanien omia.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="137"/>
        <source>&lt;b&gt;Emblems&lt;/b&gt; (partnership first, then funders)</source>
        <translation>&lt;b&gt;Tunnukset&lt;/b&gt; (ensin kumppanuus, sitten rahoittajat)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="174"/>
        <source>Partnership</source>
        <translation>Kumppanuus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="174"/>
        <source>Funder</source>
        <translation>Rahoittaja</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="176"/>
        <source>Partnership emblem: %1</source>
        <translation>Kumppanuuden tunnus: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="176"/>
        <source>Funder emblem: %1</source>
        <translation>Rahoittajan tunnus: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="190"/>
        <source>Choose the partnership emblem</source>
        <translation>Valitse kumppanuuden tunnus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="192"/>
        <source>Choose the funder emblem</source>
        <translation>Valitse rahoittajan tunnus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="200"/>
        <source>Name of the emblem</source>
        <translation>Tunnuksen nimi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="201"/>
        <source>Whose emblem is it? (the partnership&apos;s name)</source>
        <translation>Kenen tunnus tämä on? (kumppanuuden nimi)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="203"/>
        <source>Whose emblem is it? (the funder&apos;s name)</source>
        <translation>Kenen tunnus tämä on? (rahoittajan nimi)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="222"/>
        <source>Name the emblem, such as the partnership&apos;s or the funder&apos;s name.</source>
        <translation>Anna tunnukselle nimi, esimerkiksi kumppanuuden tai rahoittajan nimi.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="248"/>
        <source>The funding statement is too long (%1 characters; at most %2).</source>
        <translation>Rahoitusmaininta on liian pitkä (%1 merkkiä; enintään %2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="270"/>
        <source>save the branding</source>
        <translation>ilmeen tallennus</translation>
    </message>
</context>
<context>
    <name>BringBackPreview</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="373"/>
        <source>Bring back an offline copy</source>
        <translation>Tuo offline-kopio takaisin</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="405"/>
        <source>%n conflict(s): the same thing was changed here and on the laptop, or one side deleted what the other changed. This database&apos;s value is kept unless you choose the laptop&apos;s.</source>
        <translation>
            <numerusform>%n ristiriita: sama tieto muutettiin sekä täällä että kannettavalla, tai toinen puoli poisti sen, mitä toinen muutti. Tämän tietokannan arvo säilytetään, ellet valitse kannettavan arvoa.</numerusform>
            <numerusform>%n ristiriitaa: sama tieto muutettiin sekä täällä että kannettavalla, tai toinen puoli poisti sen, mitä toinen muutti. Tämän tietokannan arvo säilytetään, ellet valitse kannettavan arvoa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="415"/>
        <source>&amp;Keep all here</source>
        <translation>&amp;Pidä kaikki nämä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="417"/>
        <source>&amp;Take all the laptop&apos;s</source>
        <translation>&amp;Ota kaikki kannettavan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="425"/>
        <source>A backup of this database is taken first. The conflicts are listed in a workbook beside the copy.</source>
        <translation>Tästä tietokannasta otetaan ensin varmuuskopio. Ristiriidat luetellaan työkirjaan, joka tallennetaan kopion viereen.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="429"/>
        <source>A backup of this database is taken first.</source>
        <translation>Tästä tietokannasta otetaan ensin varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="435"/>
        <source>&amp;Bring back</source>
        <translation>&amp;Tuo takaisin</translation>
    </message>
</context>
<context>
    <name>CalendarPreview</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="117"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="118"/>
        <source>Tue</source>
        <translation>ti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="119"/>
        <source>Wed</source>
        <translation>ke</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="120"/>
        <source>Thu</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="121"/>
        <source>Fri</source>
        <translation>pe</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="122"/>
        <source>Sat</source>
        <translation>la</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="123"/>
        <source>Sun</source>
        <translation>su</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="126"/>
        <source>Jan</source>
        <translation>tammik.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="127"/>
        <source>Feb</source>
        <translation>helmik.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="128"/>
        <source>Mar</source>
        <translation>maalisk.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="129"/>
        <source>Apr</source>
        <translation>huhtik.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="130"/>
        <source>May</source>
        <translation>toukok.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="131"/>
        <source>Jun</source>
        <translation>kesäk.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="132"/>
        <source>Jul</source>
        <translation>heinäk.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="133"/>
        <source>Aug</source>
        <translation>elok.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="134"/>
        <source>Sep</source>
        <translation>syysk.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="135"/>
        <source>Oct</source>
        <translation>lokak.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="136"/>
        <source>Nov</source>
        <translation>marrask.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="137"/>
        <source>Dec</source>
        <translation>jouluk.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="148"/>
        <source>%1 %2 %3 %4</source>
        <comment>day: weekday, day, month, year</comment>
        <translation>%1 %2. %3 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="182"/>
        <source>The %n event(s) of the calendar file, times in %1 (%2).</source>
        <translation>
            <numerusform>Kalenteritiedoston %n tapahtuma, ajat aikavyöhykkeellä %1 (%2).</numerusform>
            <numerusform>Kalenteritiedoston %n tapahtumaa, ajat aikavyöhykkeellä %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="188"/>
        <source>The %n event(s) of the calendar file, times in %1.</source>
        <translation>
            <numerusform>Kalenteritiedoston %n tapahtuma, ajat aikavyöhykkeellä %1.</numerusform>
            <numerusform>Kalenteritiedoston %n tapahtumaa, ajat aikavyöhykkeellä %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="234"/>
        <source>All day, until %1</source>
        <translation>Koko päivän, %1 asti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="235"/>
        <source>All day</source>
        <translation>Koko päivä</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="294"/>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="295"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="296"/>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="297"/>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="135"/>
        <source>Not let in</source>
        <translation>Ei päästetty sisään</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="138"/>
        <source>Nothing changed: still %1.</source>
        <translation>Ei muutoksia: edelleen %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="140"/>
        <source>Nothing changed.</source>
        <translation>Ei muutoksia.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="144"/>
        <source>%1 not let in; nothing changed.</source>
        <translation>Henkilöä %1 ei päästetty sisään; ei muutoksia.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="168"/>
        <source>check in</source>
        <translation>sisäänkirjaus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="221"/>
        <source>Check-in undone</source>
        <translation>Sisäänkirjaus kumottu</translation>
    </message>
</context>
<context>
    <name>CheckInPanelText</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="176"/>
        <source>Invited, not registered</source>
        <translation>Kutsuttu, ei ilmoittautunut</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="177"/>
        <source>On the waiting list</source>
        <translation>Jonossa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="179"/>
        <source>Enter: let them in and confirm · Esc: not now (nothing changes)</source>
        <translation>Enter: päästä sisään ja vahvista · Esc: ei nyt (ei muutoksia)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="193"/>
        <source>Scan a badge, or type a name or an e-mail.</source>
        <translation>Lue nimikyltti tai kirjoita nimi tai sähköpostiosoite.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="196"/>
        <source>This badge is for %1, not %2.</source>
        <translation>Tämä nimikyltti kuuluu matkaan %1, ei matkaan %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="199"/>
        <source>This badge of %1 matches nobody on its list.</source>
        <translation>Tämä matkan %1 nimikyltti ei vastaa ketään sen listalla.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="202"/>
        <source>This code is not a PIMAP badge.</source>
        <translation>Tämä koodi ei ole PIMAP-nimikyltti.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="205"/>
        <source>This badge code is damaged: its registration number is unreadable.</source>
        <translation>Nimikyltin koodi on vioittunut: ilmoittautumisnumeroa ei voi lukea.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="208"/>
        <source>This badge code names no mission.</source>
        <translation>Nimikyltin koodissa ei ole matkaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="211"/>
        <source>No registration of %1 has this number.</source>
        <translation>Millään matkan %1 ilmoittautumisella ei ole tätä numeroa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="214"/>
        <source>Nobody in %1 has the e-mail %2.</source>
        <translation>Kenelläkään matkalla %1 ei ole sähköpostiosoitetta %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="217"/>
        <source>That registration is not in %1.</source>
        <translation>Ilmoittautuminen ei kuulu matkaan %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="220"/>
        <source>Nobody in %1 matches “%2”.</source>
        <translation>Kukaan matkalla %1 ei vastaa hakua ”%2”.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="223"/>
        <source>%1 was invited and has not registered.</source>
        <translation>%1 on kutsuttu, mutta ei ole ilmoittautunut.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="226"/>
        <source>%1 is on the waiting list.</source>
        <translation>%1 on jonossa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="233"/>
        <source>Was invited and had not registered: now confirmed.</source>
        <translation>Oli kutsuttu eikä ollut ilmoittautunut: nyt vahvistettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="236"/>
        <source>Was on the waiting list: now confirmed.</source>
        <translation>Oli jonossa: nyt vahvistettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="239"/>
        <source>Was marked as a no-show: now confirmed.</source>
        <translation>Oli merkitty saapumatta jääneeksi: nyt vahvistettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="242"/>
        <source>Was cancelled: now confirmed.</source>
        <translation>Oli peruttu: nyt vahvistettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="253"/>
        <source>Already checked in at %1.</source>
        <translation>Kirjattu saapuneeksi jo klo %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="256"/>
        <source>Already checked in on %1 at %2.</source>
        <translation>Kirjattu saapuneeksi jo %1 klo %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="268"/>
        <source>One person matches “%1”: pick them.</source>
        <translation>Yksi henkilö vastaa hakua ”%1”: valitse hänet.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="270"/>
        <source>%1 people match “%2”: pick one.</source>
        <translation>%1 henkilöä vastaa hakua ”%2”: valitse yksi.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="276"/>
        <source>Welcome, %1!</source>
        <translation>Tervetuloa, %1!</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="278"/>
        <source>The registration of %1 is cancelled.</source>
        <translation>Henkilön %1 ilmoittautuminen on peruttu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="294"/>
        <source>French AZERTY</source>
        <translation>ranskalainen AZERTY</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="295"/>
        <source>Belgian AZERTY</source>
        <translation>belgialainen AZERTY</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="296"/>
        <source>German QWERTZ</source>
        <translation>saksalainen QWERTZ</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="297"/>
        <source>Swiss German QWERTZ</source>
        <translation>sveitsinsaksalainen QWERTZ</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="298"/>
        <source>Swiss French QWERTZ</source>
        <translation>sveitsinranskalainen QWERTZ</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="299"/>
        <source>Finnish/Swedish</source>
        <translation>suomalainen/ruotsalainen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="300"/>
        <source>Portuguese</source>
        <translation>portugalilainen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="307"/>
        <source>%1 or %2</source>
        <translation>%1 tai %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="319"/>
        <source>The scanner types as a US keyboard on this %1 laptop: set the scanner to %1 (a setup barcode in its manual), or switch the laptop&apos;s keyboard to US while scanning.</source>
        <translation>Lukija kirjoittaa tällä koneella (%1) kuin US-näppäimistö: aseta lukijan asetteluksi %1 (asetusviivakoodi on sen käyttöohjeessa) tai vaihda koneen näppäimistöksi US lukemisen ajaksi.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="326"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="329"/>
        <source>The scanner types as a US keyboard on this laptop%1: set the scanner to the laptop&apos;s layout (a setup barcode in its manual), or switch the laptop&apos;s keyboard to US while scanning.</source>
        <translation>Lukija kirjoittaa tällä koneella%1 kuin US-näppäimistö: aseta lukija koneen näppäimistöasetteluun (asetusviivakoodi on sen käyttöohjeessa) tai vaihda koneen näppäimistöksi US lukemisen ajaksi.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="337"/>
        <source>The scanner is set to another keyboard layout than this computer&apos;s (US): set the scanner to US (a setup barcode in its manual), or switch the computer&apos;s keyboard to the scanner&apos;s layout.</source>
        <translation>Lukija on asetettu eri näppäimistöasetteluun kuin tämä kone (US): aseta lukijan asetteluksi US (asetusviivakoodi on sen käyttöohjeessa) tai vaihda koneen näppäimistö lukijan asetteluun.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="343"/>
        <source>The scanner is set to %1 but this computer types as a US keyboard: set the scanner to US (a setup barcode in its manual), or switch the computer&apos;s keyboard to %1.</source>
        <translation>Lukijan asettelu on %1, mutta tämä kone kirjoittaa kuin US-näppäimistö: aseta lukijan asetteluksi US (asetusviivakoodi on sen käyttöohjeessa) tai vaihda koneen näppäimistöksi %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="357"/>
        <source>Checked in at %1.</source>
        <translation>Kirjattu saapuneeksi klo %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="360"/>
        <source>Welcome</source>
        <translation>Tervetuloa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="376"/>
        <source>%1: let in?</source>
        <translation>%1: päästetäänkö sisään?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="384"/>
        <source>Registration cancelled</source>
        <translation>Ilmoittautuminen peruttu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="388"/>
        <source>Not checked in. Walk-in… registers them again if they may come in.</source>
        <translation>Ei kirjattu saapuneeksi. Jos hän saa tulla sisään, ilmoita hänet uudelleen painikkeella Paikalla ilmoittautuva…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="394"/>
        <source>Badge of another mission: %1</source>
        <translation>Toisen matkan nimikyltti: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="395"/>
        <source>Not a badge of this mission</source>
        <translation>Ei tämän matkan nimikyltti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="400"/>
        <source>Scanned: %1</source>
        <translation>Luettu: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="403"/>
        <source>Unknown code</source>
        <translation>Tuntematon koodi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="406"/>
        <source>Type their name or e-mail instead.</source>
        <translation>Kirjoita sen sijaan nimi tai sähköpostiosoite.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="412"/>
        <source>Pick the person</source>
        <translation>Valitse henkilö</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="415"/>
        <source>Only a whole name checks in: ↓ then Enter, or a double-click.</source>
        <translation>Vain kokonainen nimi kirjaa saapuneeksi: ↓ ja sitten Enter tai kaksoisnapsautus.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="420"/>
        <source>Several people match</source>
        <translation>Useita sopivia henkilöitä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="423"/>
        <source>Pick one in the list: ↓ then Enter, or a double-click.</source>
        <translation>Valitse yksi luettelosta: ↓ ja sitten Enter tai kaksoisnapsautus.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="427"/>
        <source>Not found</source>
        <translation>Ei löytynyt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="430"/>
        <source>Walk-in… registers someone new.</source>
        <translation>Uuden henkilön voi ilmoittaa painikkeella Paikalla ilmoittautuva…</translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_tab.py" line="45"/>
        <source>Scan a badge, or type a name or an e-mail, then Enter</source>
        <translation>Lue nimikyltti tai kirjoita nimi tai sähköpostiosoite ja paina Enter</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_tab.py" line="82"/>
        <source>Checked in / expected</source>
        <translation>Saapuneet / odotetut</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="60"/>
        <source>new</source>
        <translation>uusi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="61"/>
        <source>update</source>
        <translation>päivitys</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="62"/>
        <source>unchanged</source>
        <translation>ennallaan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="63"/>
        <source>skipped</source>
        <translation>ohitettu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="576"/>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="577"/>
        <source>Verdict</source>
        <translation>Arvio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="578"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="579"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="580"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="581"/>
        <source>What happens</source>
        <translation>Mitä tapahtuu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="587"/>
        <source>Check before importing</source>
        <translation>Tarkista ennen tuontia</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="607"/>
        <source>Checking every row…</source>
        <translation>Tarkistetaan kaikki rivit…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="623"/>
        <source>%1 new, %2 to update, %3 unchanged, %4 skipped</source>
        <translation>%1 uutta, %2 päivitettävää, %3 ennallaan, %4 ohitettu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="631"/>
        <source>%1 new, %2 to update, %3 unchanged</source>
        <translation>%1 uutta, %2 päivitettävää, %3 ennallaan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="642"/>
        <source>%1 to register (%2).</source>
        <translation>Ilmoitettavia matkalle: %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="648"/>
        <source>%n row(s) with problems will not be imported; fix them in the file and import it again (the others are not duplicated).</source>
        <translation>
            <numerusform>%n rivi, jossa on ongelmia, jätetään tuomatta; korjaa se tiedostossa ja tuo tiedosto uudelleen (muita rivejä ei kahdenneta).</numerusform>
            <numerusform>%n riviä, joissa on ongelmia, jätetään tuomatta; korjaa ne tiedostossa ja tuo tiedosto uudelleen (muita rivejä ei kahdenneta).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="657"/>
        <source>Nothing is written until you press Import.</source>
        <translation>Mitään ei tallenneta ennen kuin painat Tuo.</translation>
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
        <translation>Säilytä</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="209"/>
        <source>What</source>
        <translation>Mikä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="210"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="211"/>
        <source>Here</source>
        <translation>Täällä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="212"/>
        <source>On the laptop</source>
        <translation>Kannettavalla</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="213"/>
        <source>Why</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="214"/>
        <source>Keep</source>
        <translation>Säilytä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="278"/>
        <source>Which value this database keeps</source>
        <translation>Mikä arvo tähän tietokantaan jää</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="279"/>
        <source>This database cannot take the laptop&apos;s change: its own is kept</source>
        <translation>Tämä tietokanta ei voi ottaa kannettavan muutosta: sen oma arvo säilytetään</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="60"/>
        <source>connect to the team database</source>
        <translation>yhdistäminen tiimin tietokantaan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="61"/>
        <source>Remembered in this computer&apos;s keyring</source>
        <translation>Tallennettu tämän tietokoneen avainnippuun</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="62"/>
        <source>The server is on this computer: nothing crosses the network.</source>
        <translation>Palvelin on tässä tietokoneessa: mitään ei siirry verkon yli.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="65"/>
        <source>The password and the data are encrypted on the network (sslmode=require).</source>
        <translation>Salasana ja tiedot salataan verkossa (sslmode=require).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="139"/>
        <source>Connect to a team database</source>
        <translation>Yhdistä tiimin tietokantaan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="149"/>
        <source>A PIMAP database on a PostgreSQL server that your team shares. Its administrator gives you these.</source>
        <translation>PIMAP-tietokanta tiimisi yhteisellä PostgreSQL-palvelimella. Tiedot saat sen ylläpitäjältä.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="157"/>
        <source>e.g. pimap.example.org</source>
        <translation>esim. pimap.example.org</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="162"/>
        <source>e.g. pimap</source>
        <translation>esim. pimap</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="166"/>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation>&amp;Muista salasana tämän tietokoneen avainnipussa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="175"/>
        <source>Require an &amp;encrypted connection (TLS)</source>
        <translation>Vaadi sal&amp;attu yhteys (TLS)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="184"/>
        <source>&amp;Port</source>
        <translation>P&amp;ortti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="190"/>
        <source>&amp;Host</source>
        <translation>&amp;Palvelin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="191"/>
        <source>&amp;Database</source>
        <translation>&amp;Tietokanta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="192"/>
        <source>&amp;User</source>
        <translation>&amp;Käyttäjä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="193"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Salasana</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="220"/>
        <source>&amp;Connect</source>
        <translation>&amp;Yhdistä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="291"/>
        <source>the server</source>
        <translation>palvelin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="347"/>
        <source>Connecting to %1…</source>
        <translation>Yhdistetään: %1…</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <location filename="../../pimap_desktop/gui/widgets.py" line="146"/>
        <source>name or code, e.g. Germany or DE</source>
        <translation>nimi tai koodi, esim. Saksa tai DE</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="92"/>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 checked in</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; / %2 saapunut</translation>
    </message>
</context>
<context>
    <name>DayMeetingsModel</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="158"/>
        <source>Time (%1)</source>
        <translation>Aika (%1)</translation>
    </message>
</context>
<context>
    <name>DelegationsPanel</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="133"/>
        <source>by cluster</source>
        <translation>klusterin mukaan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="134"/>
        <source>by country</source>
        <translation>maan mukaan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="149"/>
        <source>Form these delegations</source>
        <translation>Muodosta nämä valtuuskunnat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="152"/>
        <source>Make one delegation per group and put each person in theirs (programme items can then be meant for one delegation)</source>
        <translation>Luo yksi valtuuskunta kutakin ryhmää kohden ja sijoita jokainen henkilö omaansa (ohjelmakohdat voi sitten kohdistaa yhdelle valtuuskunnalle)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="160"/>
        <source>Delegations</source>
        <translation>Valtuuskunnat</translation>
    </message>
</context>
<context>
    <name>DeskCountText</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="40"/>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="42"/>
        <source>No delegation</source>
        <translation>Ei valtuuskuntaa</translation>
    </message>
</context>
<context>
    <name>DirectoryDetails</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="61"/>
        <source>no mission yet</source>
        <translation>ei vielä matkoja</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/details.py" line="63"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n matka</numerusform>
            <numerusform>%n matkaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/details.py" line="68"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n tapaaminen</numerusform>
            <numerusform>%n tapaamista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/details.py" line="72"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n henkilö</numerusform>
            <numerusform>%n henkilöä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="76"/>
        <source>No mission yet.</source>
        <translation>Ei vielä matkoja.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="80"/>
        <source>No follow-up recorded.</source>
        <translation>Jatkotoimia ei ole kirjattu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="84"/>
        <source>Nobody in the directory works here yet.</source>
        <translation>Osoitteistossa ei vielä ole ketään tästä organisaatiosta.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="120"/>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="285"/>
        <source>and %1 more</source>
        <translation>ja %1 muuta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="142"/>
        <source>This person was erased on request: nothing that identifies them is kept; their registrations and meetings stay so that counts remain right.</source>
        <translation>Tämän henkilön henkilötiedot poistettiin pyynnöstä: mitään tunnistettavaa ei säilytetä; ilmoittautumiset ja tapaamiset säilyvät, jotta määrät pysyvät oikeina.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="156"/>
        <source>No organisation</source>
        <translation>Ei organisaatiota</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="163"/>
        <source>May be listed in attendee packs and contacted</source>
        <translation>Saa näkyä osallistujapaketeissa; yhteydenotot sallittu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="165"/>
        <source>May be listed in attendee packs</source>
        <translation>Saa näkyä osallistujapaketeissa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="167"/>
        <source>May be contacted</source>
        <translation>Yhteydenotot sallittu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="169"/>
        <source>None given</source>
        <translation>Ei annettu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="171"/>
        <source>%1 (recorded %2)</source>
        <translation>%1 (kirjattu %2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="175"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="176"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="177"/>
        <source>Badge name</source>
        <translation>Nimi nimikyltissä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="178"/>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="180"/>
        <source>Documents in</source>
        <translation>Asiakirjojen kieli</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="183"/>
        <source>Diet</source>
        <translation>Ruokavalio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="184"/>
        <source>Accessibility</source>
        <translation>Esteettömyys</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="185"/>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="191"/>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="291"/>
        <source>Missions (%1)</source>
        <translation>Matkat (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="206"/>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="308"/>
        <source>Follow-ups (%1)</source>
        <translation>Jatkotoimet (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="217"/>
        <source>, due %1</source>
        <translation>, määräpäivä %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="218"/>
        <source> — done</source>
        <translation> — tehty</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="226"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="244"/>
        <source>member of %1</source>
        <translation>jäsen: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="250"/>
        <source>Website</source>
        <translation>Verkkosivusto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="251"/>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="252"/>
        <source>Sectors</source>
        <translation>Toimialat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="253"/>
        <source>Technologies</source>
        <translation>Teknologiat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="255"/>
        <source>Application areas</source>
        <translation>Sovellusalueet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="258"/>
        <source>Value chain</source>
        <translation>Arvoketju</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="260"/>
        <source>Export readiness</source>
        <translation>Vientivalmius</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="267"/>
        <source>Offers</source>
        <translation>Tarjoaa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="268"/>
        <source>Seeks</source>
        <translation>Etsii</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="269"/>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="274"/>
        <source>People (%1)</source>
        <translation>Henkilöt (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="317"/>
        <source> — next: %1</source>
        <translation> — seuraavaksi: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="193"/>
        <source>read the directory</source>
        <translation>osoitteiston luku</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="203"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n henkilö</numerusform>
            <numerusform>%n henkilöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="205"/>
        <source>%1 of %n people shown</source>
        <translation>
            <numerusform>%1 / %n henkilö näkyvissä</numerusform>
            <numerusform>%1 / %n henkilöä näkyvissä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="207"/>
        <source>Search people: name, organisation, e-mail, country, sector…</source>
        <translation>Hae henkilöitä: nimi, organisaatio, sähköposti, maa, toimiala…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="208"/>
        <source>&amp;Country:</source>
        <translation>M&amp;aa:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="209"/>
        <source>All countries</source>
        <translation>Kaikki maat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="217"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisaatio</numerusform>
            <numerusform>%n organisaatiota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="219"/>
        <source>%1 of %n organisations shown</source>
        <translation>
            <numerusform>%1 / %n organisaatio näkyvissä</numerusform>
            <numerusform>%1 / %n organisaatiota näkyvissä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="221"/>
        <source>Search organisations: name, country, city, cluster, sector…</source>
        <translation>Hae organisaatioita: nimi, maa, kaupunki, klusteri, toimiala…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="222"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tyyppi:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="223"/>
        <source>All kinds</source>
        <translation>Kaikki tyypit</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="230"/>
        <source>&amp;People</source>
        <translation>&amp;Henkilöt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="231"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisaatiot</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="257"/>
        <source>Directory</source>
        <translation>Osoitteisto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="278"/>
        <source>New &amp;person…</source>
        <translation>Uusi &amp;henkilö…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="281"/>
        <source>New &amp;organisation…</source>
        <translation>Uusi &amp;organisaatio…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="283"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="284"/>
        <source>&amp;Merge two…</source>
        <translation>&amp;Yhdistä kaksi…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="286"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="291"/>
        <source>E&amp;xport this person&apos;s data…</source>
        <translation>&amp;Vie henkilön tiedot…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="293"/>
        <source>Erase this person…</source>
        <translation>Poista henkilötiedot…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="295"/>
        <source>Select exactly two rows, then merge them into one.</source>
        <translation>Valitse täsmälleen kaksi riviä ja yhdistä ne yhdeksi.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="298"/>
        <source>Write everything held about the selected person to a JSON file.</source>
        <translation>Kirjoita kaikki valitusta henkilöstä tallennetut tiedot JSON-tiedostoon.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="301"/>
        <source>Remove the selected person&apos;s personal data for good.</source>
        <translation>Poista valitun henkilön henkilötiedot pysyvästi.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="304"/>
        <source>&amp;Find</source>
        <translation>&amp;Etsi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="331"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;Muokkaa henkilöä…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="331"/>
        <source>&amp;Edit organisation…</source>
        <translation>&amp;Muokkaa organisaatiota…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="335"/>
        <source>&amp;Merge two people…</source>
        <translation>&amp;Yhdistä kaksi henkilöä…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="335"/>
        <source>&amp;Merge two organisations…</source>
        <translation>&amp;Yhdistä kaksi organisaatiota…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="339"/>
        <source>&amp;Delete person…</source>
        <translation>&amp;Poista henkilö…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="339"/>
        <source>&amp;Delete organisation…</source>
        <translation>&amp;Poista organisaatio…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="388"/>
        <source>No country</source>
        <translation>Ei maata</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="454"/>
        <source>%n people selected</source>
        <translation>
            <numerusform>%n henkilö valittu</numerusform>
            <numerusform>%n henkilöä valittu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="456"/>
        <source>Select a person to see their details, the missions they attended and their follow-ups. Select two to merge them.</source>
        <translation>Valitse henkilö, niin näet hänen tietonsa, matkat, joille hän osallistui, ja jatkotoimet. Valitse kaksi, niin voit yhdistää ne.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="459"/>
        <source>Two people who are one can be merged: Merge two people…</source>
        <translation>Kaksi tietuetta, jotka ovat sama henkilö, voi yhdistää: Yhdistä kaksi henkilöä…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="474"/>
        <source>%n organisations selected</source>
        <translation>
            <numerusform>%n organisaatio valittu</numerusform>
            <numerusform>%n organisaatiota valittu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="476"/>
        <source>Select an organisation to see its profile and its people. Select two to merge them.</source>
        <translation>Valitse organisaatio, niin näet sen profiilin ja henkilöt. Valitse kaksi, niin voit yhdistää ne.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="480"/>
        <source>Two organisations that are one can be merged: Merge two organisations…</source>
        <translation>Kaksi tietuetta, jotka ovat sama organisaatio, voi yhdistää: Yhdistä kaksi organisaatiota…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="558"/>
        <source>New person</source>
        <translation>Uusi henkilö</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="573"/>
        <source>New organisation</source>
        <translation>Uusi organisaatio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="598"/>
        <source>%1 added.</source>
        <translation>%1 lisätty.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="622"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="641"/>
        <source>Edit %1</source>
        <translation>Muokkaa: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="625"/>
        <source>open the person</source>
        <translation>henkilön avaaminen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="644"/>
        <source>open the organisation</source>
        <translation>organisaation avaaminen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="682"/>
        <source>%1 saved.</source>
        <translation>%1 tallennettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="698"/>
        <source>Merge two people</source>
        <translation>Yhdistä kaksi henkilöä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="700"/>
        <source>The other record&apos;s registrations, meetings and follow-ups move to the one you keep, and its details fill the kept record&apos;s empty fields. Then the other record is deleted.</source>
        <translation>Toisen tietueen ilmoittautumiset, tapaamiset ja jatkotoimet siirtyvät säilytettävälle tietueelle, ja sen tiedot täyttävät säilytettävän tietueen tyhjät kentät. Sitten toinen tietue poistetaan.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="712"/>
        <source>Merge two organisations</source>
        <translation>Yhdistä kaksi organisaatiota</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="714"/>
        <source>The other organisation&apos;s people and follow-ups move to the one you keep, and its profile fills the kept one&apos;s empty fields. Then the other is deleted.</source>
        <translation>Toisen organisaation henkilöt ja jatkotoimet siirtyvät säilytettävälle organisaatiolle, ja sen profiili täyttää säilytettävän tyhjät kentät. Sitten toinen poistetaan.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="765"/>
        <source>delete the person</source>
        <translation>henkilön poisto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="781"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="798"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="828"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="782"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="818"/>
        <source>delete %1</source>
        <translation>kohteen %1 poisto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="783"/>
        <source>Backing up, then deleting %1…</source>
        <translation>Varmuuskopioidaan ja poistetaan sitten %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="788"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="822"/>
        <source>%1 deleted from the directory.</source>
        <translation>%1 poistettu osoitteistosta.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="795"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="825"/>
        <source>Delete %1?</source>
        <translation>Poistetaanko %1?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="797"/>
        <source>This cannot be undone here; a backup of the database is taken first.</source>
        <translation>Tätä ei voi kumota täällä; tietokannasta otetaan ensin varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="808"/>
        <source>delete the organisation</source>
        <translation>organisaation poisto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="827"/>
        <source>This cannot be undone.</source>
        <translation>Tätä ei voi kumota.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="843"/>
        <source>Export the data held about %1</source>
        <translation>Vie henkilöstä %1 tallennetut tiedot</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="844"/>
        <source>%1 - personal data.json</source>
        <translation>%1 - henkilötiedot.json</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="845"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-tiedostot (*.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="859"/>
        <source>export the person&apos;s data</source>
        <translation>henkilön tietojen vienti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="862"/>
        <source>The data held about %1 was written to %2.</source>
        <translation>Henkilöstä %1 tallennetut tiedot kirjoitettiin tiedostoon %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="878"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="886"/>
        <source>erase %1</source>
        <translation>henkilön %1 henkilötietojen poisto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="885"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="921"/>
        <source>Erase</source>
        <translation>Poista tiedot</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="887"/>
        <source>Erasing %1 from the database and its backups…</source>
        <translation>Poistetaan henkilön %1 henkilötiedot tietokannasta ja sen varmuuskopioista…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="898"/>
        <source>%1&apos;s personal data was %2; their registrations stay, anonymous.</source>
        <translation>Henkilön %1 henkilötiedot: %2; ilmoittautumiset säilyvät nimettöminä.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="906"/>
        <source>Some backups still hold this person</source>
        <translation>Joissakin varmuuskopioissa on yhä tämän henkilön tietoja</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="909"/>
        <source>%1&apos;s personal data was %2. Delete the backups named here, or make them writable and erase again.</source>
        <translation>Henkilön %1 henkilötiedot: %2. Poista tässä mainitut varmuuskopiot tai tee niistä kirjoitettavia ja poista tiedot uudelleen.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="918"/>
        <source>Erase %1?</source>
        <translation>Poistetaanko henkilön %1 henkilötiedot?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="919"/>
        <source>Erase %1 for good?</source>
        <translation>Poistetaanko henkilön %1 henkilötiedot pysyvästi?</translation>
    </message>
</context>
<context>
    <name>DirectoryText</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="98"/>
        <source>Registered in %n mission(s)</source>
        <translation>
            <numerusform>Ilmoittautunut %n matkalle</numerusform>
            <numerusform>Ilmoittautunut %n matkalle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="125"/>
        <source>Their name, e-mail, phone, job title, badge name, languages, diet, accessibility needs, consent and notes are removed for good, with the hotel and notes of their registrations. This cannot be undone.

Their registrations, meetings and follow-ups stay, without a name, so that the counts and KPIs of past missions stay right.

They are erased in the database and in every backup in its backups folder; a backup that cannot be rewritten (read-only, damaged, or from another version) is named afterwards.

If they asked for a copy of their data, export it first.</source>
        <translation>Nimi, sähköposti, puhelin, tehtävänimike, nimikyltin nimi, kielet, ruokavalio, esteettömyystarpeet, suostumus ja muistiinpanot poistetaan pysyvästi, samoin ilmoittautumisten hotelli- ja muistiinpanotiedot. Tätä ei voi kumota.

Ilmoittautumiset, tapaamiset ja jatkotoimet säilyvät ilman nimeä, jotta menneiden matkojen määrät ja tunnusluvut pysyvät oikeina.

Tiedot poistetaan tietokannasta ja jokaisesta sen varmuuskopiokansion varmuuskopiosta; varmuuskopio, jota ei voi kirjoittaa uudelleen (vain luku, vioittunut tai toisesta versiosta), mainitaan jälkikäteen.

Jos henkilö pyysi kopiota tiedoistaan, vie ne ensin.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="152"/>
        <source>no e-mail</source>
        <translation>ei sähköpostia</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="154"/>
        <source>no organisation</source>
        <translation>ei organisaatiota</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="155"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n matka</numerusform>
            <numerusform>%n matkaa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="163"/>
        <source>no cluster</source>
        <translation>ei klusteria</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="164"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n henkilö</numerusform>
            <numerusform>%n henkilöä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/document_list.py" line="39"/>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
</context>
<context>
    <name>DuplicateMissionDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="204"/>
        <source>Duplicate mission</source>
        <translation>Monista matka</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="210"/>
        <source>The copy gets the venues, organisers and programme (same local times), not the registrations.</source>
        <translation>Kopioon tulevat tapahtumapaikat, järjestäjät ja ohjelma (samat paikalliset ajat), ei ilmoittautumisia.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="222"/>
        <source>&amp;Code</source>
        <translation>&amp;Koodi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="223"/>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="224"/>
        <source>&amp;First day</source>
        <translation>&amp;Ensimmäinen päivä</translation>
    </message>
</context>
<context>
    <name>EenRating</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="98"/>
        <source>No further contact</source>
        <translation>Ei jatkoyhteydenpitoa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="99"/>
        <source>Knowledge gained</source>
        <translation>Tietoa saatu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="100"/>
        <source>Valuable contact</source>
        <translation>Arvokas kontakti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="101"/>
        <source>Negotiation started</source>
        <translation>Neuvottelut aloitettu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="102"/>
        <source>Agreement reached</source>
        <translation>Sopimukseen päästy</translation>
    </message>
</context>
<context>
    <name>EmblemKind</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="64"/>
        <source>Partnership</source>
        <translation>Kumppanuus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="65"/>
        <source>Funder</source>
        <translation>Rahoittaja</translation>
    </message>
</context>
<context>
    <name>ExchangeSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="28"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Laskentataulukot (*.csv *.xlsx *.txt *.tsv);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="46"/>
        <source>E&amp;xport schedule…</source>
        <translation>Vie aikataulu tie&amp;dostoon…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="49"/>
        <source>&amp;Import requests…</source>
        <translation>&amp;Tuo pyynnöt…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="52"/>
        <source>Requests from a CSV or XLSX file: requester e-mail, target e-mail, priority</source>
        <translation>Pyynnöt CSV- tai XLSX-tiedostosta: pyytäjän sähköposti, kohteen sähköposti, prioriteetti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="57"/>
        <source>Import a&amp;vailability…</source>
        <translation>Tuo tavo&amp;itettavuus…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="59"/>
        <source>Availability from a CSV or XLSX file: e-mail, start, end (local time)</source>
        <translation>Tavoitettavuus CSV- tai XLSX-tiedostosta: sähköposti, alku, loppu (paikallinen aika)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="63"/>
        <source>&amp;Wish forms…</source>
        <translation>Toi&amp;velomakkeet…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="66"/>
        <source>One XLSX per participant to tick whom they want to meet and when they can (the person chosen above, or everyone)</source>
        <translation>Yksi XLSX-tiedosto kullekin osallistujalle: ketä hän haluaa tavata ja milloin hän voi (yllä valittu henkilö tai kaikki)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="72"/>
        <source>Import wis&amp;h forms…</source>
        <translation>Tuo toive&amp;lomakkeet…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="74"/>
        <source>Read the filled wish forms back into requests and availability</source>
        <translation>Lue täytetyt toivelomakkeet takaisin pyynnöiksi ja tavoitettavuudeksi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="101"/>
        <source>Import %1</source>
        <translation>Tuonti: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="118"/>
        <source>%1: %2. Undo with Ctrl+Z.</source>
        <translation>%1: %2. Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="132"/>
        <source>Folder for the wish form of %1</source>
        <translation>Kansio henkilön %1 toivelomakkeelle</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="134"/>
        <source>Folder for the wish forms</source>
        <translation>Kansio toivelomakkeille</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="157"/>
        <source>write the wish forms</source>
        <translation>toivelomakkeiden kirjoitus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="158"/>
        <source>Writing the wish forms…</source>
        <translation>Kirjoitetaan toivelomakkeita…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="158"/>
        <source>B2B meetings</source>
        <translation>B2B-tapaamiset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="170"/>
        <source>Import filled wish forms</source>
        <translation>Tuo täytetyt toivelomakkeet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="171"/>
        <source>Wish forms (*.xlsx);;All files (*)</source>
        <translation>Toivelomakkeet (*.xlsx);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="184"/>
        <source>Wish forms: %1. Undo with Ctrl+Z.</source>
        <translation>Toivelomakkeet: %1. Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="197"/>
        <source>Export the schedule</source>
        <translation>Vie aikataulu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="209"/>
        <source>export the schedule</source>
        <translation>aikataulun vienti</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="211"/>
        <source>%n meeting(s) written to %1.</source>
        <translation>
            <numerusform>%n tapaaminen kirjoitettiin tiedostoon %1.</numerusform>
            <numerusform>%n tapaamista kirjoitettiin tiedostoon %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="94"/>
        <source>read the mission&apos;s people</source>
        <translation>matkan osallistujien luku</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="151"/>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="172"/>
        <source>Print and export</source>
        <translation>Tulostus ja vienti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="280"/>
        <source>Save %1…</source>
        <translation>Tallenna %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="300"/>
        <source>Choose a mission first (or create one on the Missions page).</source>
        <translation>Valitse ensin matka (tai luo uusi Matkat-sivulla).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="302"/>
        <source>Reading the mission&apos;s people…</source>
        <translation>Luetaan matkan osallistujia…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="308"/>
        <source>Select people on the Registrations page first (this mission&apos;s).</source>
        <translation>Valitse ensin henkilöt Ilmoittautumiset-sivulla (tämän matkan).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="312"/>
        <source>Choose the person: type part of a name.</source>
        <translation>Valitse henkilö: kirjoita osa nimestä.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="317"/>
        <source>Nobody is registered on this mission yet.</source>
        <translation>Tälle matkalle ei ole vielä ilmoittautunut ketään.</translation>
    </message>
</context>
<context>
    <name>ExportReadiness</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="34"/>
        <source>Not ready</source>
        <translation>Ei valmis</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="35"/>
        <source>Exploring</source>
        <translation>Selvittää</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="36"/>
        <source>Ready</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="37"/>
        <source>Exporting</source>
        <translation>Vie jo</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="265"/>
        <source>Choose the file</source>
        <translation>Valitse tiedosto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="268"/>
        <source>A CSV file (UTF-8, Windows-1252 or Latin-1; comma, semicolon or tab) or an Excel workbook (.xlsx). Nothing is written until the last step.</source>
        <translation>CSV-tiedosto (UTF-8, Windows-1252 tai Latin-1; pilkku, puolipiste tai sarkain) tai Excel-työkirja (.xlsx). Mitään ei tallenneta ennen viimeistä vaihetta.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="274"/>
        <source>the file to import</source>
        <translation>tuotava tiedosto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="276"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="282"/>
        <source>Directory only (no mission)</source>
        <translation>Vain osoitteistoon (ei matkaa)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="288"/>
        <source>Register in %1</source>
        <translation>Ilmoita matkalle %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="299"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="303"/>
        <source>&amp;Sheet</source>
        <translation>Ta&amp;ulukko</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="304"/>
        <source>&amp;Mission</source>
        <translation>&amp;Matka</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="318"/>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="354"/>
        <source>Import people</source>
        <translation>Tuo henkilöt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="319"/>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>Laskentataulukot (*.csv *.xlsx *.xlsm *.txt *.tsv);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="344"/>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="353"/>
        <source>Reading %1…</source>
        <translation>Luetaan %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="351"/>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="372"/>
        <source>read %1</source>
        <translation>tiedoston %1 lukeminen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="386"/>
        <source>read as %1, semicolon-separated</source>
        <translation>luettu: %1, puolipistein eroteltu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="387"/>
        <source>read as %1, tab-separated</source>
        <translation>luettu: %1, sarkaimin eroteltu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="388"/>
        <source>read as %1, comma-separated</source>
        <translation>luettu: %1, pilkuin eroteltu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="390"/>
        <source>sheet “%1”</source>
        <translation>taulukko ”%1”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="396"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2; header on row %3; %4, %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2; otsikkorivi %3; %4, %5.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="400"/>
        <source>%n data row(s)</source>
        <translation>
            <numerusform>%n tietorivi</numerusform>
            <numerusform>%n tietoriviä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="401"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n sarake</numerusform>
            <numerusform>%n saraketta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="35"/>
        <source>Counting…</source>
        <translation>Lasketaan…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="42"/>
        <source>&amp;Mission:</source>
        <translation>&amp;Matka:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="43"/>
        <source>C&amp;luster:</source>
        <translation>&amp;Klusteri:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="44"/>
        <source>&amp;Year:</source>
        <translation>V&amp;uosi:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="68"/>
        <source>All missions</source>
        <translation>Kaikki matkat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="71"/>
        <source>All clusters</source>
        <translation>Kaikki klusterit</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="74"/>
        <source>All years</source>
        <translation>Kaikki vuodet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="112"/>
        <source>A single mission&apos;s figures are those of its own dates</source>
        <translation>Yksittäisen matkan luvut ovat sen omien päivämäärien lukuja</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="202"/>
        <source>Edit the follow-up</source>
        <translation>Jatkotoimen muokkaus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="204"/>
        <source>New follow-up</source>
        <translation>Uusi jatkotoimi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="216"/>
        <source>What came of the meeting or contact, and what happens next</source>
        <translation>Mitä tapaamisesta tai yhteydenotosta seurasi ja mitä tapahtuu seuraavaksi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="218"/>
        <source>Change what came of it, the next action or who takes it</source>
        <translation>Muuta tulosta, seuraavaa toimea tai sen vastuuhenkilöä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="226"/>
        <source>There is no meeting “%1”: choose one from the list, or leave it empty.</source>
        <translation>Tapaamista ”%1” ei ole: valitse tapaaminen luettelosta tai jätä kenttä tyhjäksi.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="231"/>
        <source>There is no organisation “%1”: choose one from the list, or leave it empty.</source>
        <translation>Organisaatiota ”%1” ei ole: valitse organisaatio luettelosta tai jätä kenttä tyhjäksi.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="236"/>
        <source>There is no person “%1”: choose one from the list, or leave it empty.</source>
        <translation>Henkilöä ”%1” ei ole: valitse henkilö luettelosta tai jätä kenttä tyhjäksi.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="248"/>
        <source>(no mission)</source>
        <translation>(ei matkaa)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="252"/>
        <source>choose what came of it</source>
        <translation>valitse tulos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="254"/>
        <source>(nobody yet)</source>
        <translation>(ei vielä ketään)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="310"/>
        <source>the meeting recorded (cancelled since)</source>
        <translation>kirjattu tapaaminen (sittemmin peruttu)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="327"/>
        <source>the meeting&apos;s counterpart</source>
        <translation>tapaamisen vastapuoli</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="328"/>
        <source>the counterpart&apos;s participant</source>
        <translation>vastapuolen osallistuja</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="331"/>
        <source>For a meeting, the organisation and contact are the counterpart&apos;s unless you choose others.</source>
        <translation>Tapaamisen organisaatio ja yhteyshenkilö ovat vastapuolen, ellet valitse muita.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="336"/>
        <source>type to search the organisations</source>
        <translation>hae organisaatioita kirjoittamalla</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="337"/>
        <source>type to search the people</source>
        <translation>hae henkilöitä kirjoittamalla</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="339"/>
        <source>none: a contact met elsewhere</source>
        <translation>ei mitään: muualla tavattu yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="341"/>
        <source>none: choose a mission to see its meetings</source>
        <translation>ei mitään: valitse matka, niin näet sen tapaamiset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="343"/>
        <source>none: this mission has no meetings</source>
        <translation>ei mitään: tällä matkalla ei ole tapaamisia</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="345"/>
        <source>Without a meeting, choose the organisation or the person met (or both).</source>
        <translation>Jos tapaamista ei ole, valitse tavattu organisaatio tai henkilö (tai molemmat).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="454"/>
        <source>Choose what came of it: the outcome.</source>
        <translation>Valitse, mitä siitä seurasi: tulos.</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <location filename="../../ui/followup_form.ui" line="11"/>
        <source>&amp;Mission</source>
        <translation>&amp;Matka</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="13"/>
        <source>M&amp;eeting</source>
        <translation>&amp;Tapaaminen</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="14"/>
        <source>The B2B meeting this follow-up is for; none for a contact made elsewhere (a reception, a visit, a call)</source>
        <translation>B2B-tapaaminen, jota tämä jatkotoimi koskee; ei mitään, jos yhteys syntyi muualla (vastaanotolla, vierailulla, puhelussa)</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="15"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisaatio</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="17"/>
        <source>&amp;Contact</source>
        <translation>&amp;Yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="19"/>
        <source>O&amp;utcome</source>
        <translation>T&amp;ulos</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="21"/>
        <source>&amp;Notes</source>
        <translation>Muist&amp;iinpanot</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="22"/>
        <source>what was discussed, what they need, figures, names</source>
        <translation>mitä keskusteltiin, mitä he tarvitsevat, lukuja, nimiä</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="23"/>
        <source>Ne&amp;xt action</source>
        <translation>&amp;Seuraava toimi</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="24"/>
        <source>e.g. send the quotation, plan a visit of the plant</source>
        <translation>esim. lähetä tarjous, suunnittele tehdasvierailu</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="25"/>
        <source>O&amp;wner</source>
        <translation>&amp;Vastuuhenkilö</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="26"/>
        <source>Who takes the next action</source>
        <translation>Kuka hoitaa seuraavan toimen</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="27"/>
        <source>&amp;Due</source>
        <translation>Määrä&amp;päivä</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="34"/>
        <source>No d&amp;ue date</source>
        <translation>&amp;Ei määräpäivää</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="39"/>
        <source>Do&amp;ne: the next action was taken</source>
        <translation>Te&amp;hty: seuraava toimi on tehty</translation>
    </message>
</context>
<context>
    <name>FollowUpLogText</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="25"/>
        <source>no meeting</source>
        <translation>ei tapaamista</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="48"/>
        <source>%1 · overdue</source>
        <translation>%1 · myöhässä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="54"/>
        <source>Done on %1</source>
        <translation>Tehty %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="56"/>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="56"/>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="87"/>
        <source>EEN rating: %1</source>
        <translation>EEN-arvio: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="172"/>
        <source>%1 overdue</source>
        <translation>%1 myöhässä</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="178"/>
        <source>%n follow-up(s) · %1 open · %2</source>
        <translation>
            <numerusform>%n jatkotoimi · %1 avoinna · %2</numerusform>
            <numerusform>%n jatkotoimea · %1 avoinna · %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="181"/>
        <source>%1 shown of %2</source>
        <translation>näkyvissä %1 / %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="183"/>
        <source> — choose who you are in “I am” to see your open actions</source>
        <translation> — valitse kohdassa ”Olen”, kuka olet, niin näet avoimet toimesi</translation>
    </message>
</context>
<context>
    <name>FollowUpOutcome</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="90"/>
        <source>No interest</source>
        <translation>Ei kiinnostusta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="91"/>
        <source>Information exchanged</source>
        <translation>Tietoja vaihdettu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="92"/>
        <source>Follow-up meeting planned</source>
        <translation>Jatkotapaaminen suunniteltu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="93"/>
        <source>Quotation or proposal sent</source>
        <translation>Tarjous tai ehdotus lähetetty</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="94"/>
        <source>Agreement under negotiation</source>
        <translation>Sopimus neuvoteltavana</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="95"/>
        <source>Agreement or contract signed</source>
        <translation>Sopimus allekirjoitettu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="96"/>
        <source>MoU signed</source>
        <translation>Aiesopimus allekirjoitettu</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_page.py" line="124"/>
        <source>Search: organisation, contact, next action, notes, owner, outcome…</source>
        <translation>Hae: organisaatio, yhteyshenkilö, seuraava toimi, muistiinpanot, vastuuhenkilö, tulos…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_page.py" line="151"/>
        <source>Follow-up log</source>
        <translation>Jatkotoimiloki</translation>
    </message>
</context>
<context>
    <name>FollowUpSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="83"/>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Uusi jatkotoimi…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="86"/>
        <source>Record what came of a meeting or a contact (Ctrl+Shift+N)</source>
        <translation>Kirjaa, mitä tapaamisesta tai yhteydenotosta seurasi (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="88"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="90"/>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="103"/>
        <source>Mark &amp;done</source>
        <translation>Merkitse &amp;tehdyksi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="93"/>
        <source>Mark the selected follow-ups done, or open again if all are done (Ctrl+Enter)</source>
        <translation>Merkitse valitut jatkotoimet tehdyiksi tai avaa ne uudelleen, jos kaikki on tehty (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="95"/>
        <source>De&amp;lete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="103"/>
        <source>Re&amp;open</source>
        <translation>&amp;Avaa uudelleen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="168"/>
        <source>Follow-up with %1 recorded. Undo with Ctrl+Z.</source>
        <translation>Jatkotoimi kirjattu: %1. Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="170"/>
        <source>Follow-up recorded. Undo with Ctrl+Z.</source>
        <translation>Jatkotoimi kirjattu. Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="218"/>
        <source>Follow-up with %1 saved. Undo with Ctrl+Z.</source>
        <translation>Jatkotoimi tallennettu: %1. Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="220"/>
        <source>Follow-up saved. Undo with Ctrl+Z.</source>
        <translation>Jatkotoimi tallennettu. Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="254"/>
        <source>mark the follow-ups done</source>
        <translation>jatkotoimien merkitseminen tehdyiksi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="254"/>
        <source>reopen them</source>
        <translation>jatkotoimien avaaminen uudelleen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="263"/>
        <source>%n follow-up(s) marked done. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n jatkotoimi merkitty tehdyksi. Ctrl+Z kumoaa.</numerusform>
            <numerusform>%n jatkotoimea merkitty tehdyiksi. Ctrl+Z kumoaa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="265"/>
        <source>%n follow-up(s) open again. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n jatkotoimi avattu uudelleen. Ctrl+Z kumoaa.</numerusform>
            <numerusform>%n jatkotoimea avattu uudelleen. Ctrl+Z kumoaa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="278"/>
        <source>delete the follow-up</source>
        <translation>jatkotoimen poisto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="286"/>
        <source>Follow-up with %1 deleted. Undo with Ctrl+Z.</source>
        <translation>Jatkotoimi poistettu: %1. Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="288"/>
        <source>Follow-up deleted. Undo with Ctrl+Z.</source>
        <translation>Jatkotoimi poistettu. Ctrl+Z kumoaa.</translation>
    </message>
</context>
<context>
    <name>FollowUpUndoSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="38"/>
        <source>Record a follow-up with %1</source>
        <translation>Jatkotoimen kirjaus: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="40"/>
        <source>Record a follow-up</source>
        <translation>Jatkotoimen kirjaus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="72"/>
        <source>Edit the follow-up with %1</source>
        <translation>Jatkotoimen muokkaus: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="74"/>
        <source>Edit the follow-up</source>
        <translation>Jatkotoimen muokkaus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="88"/>
        <source>Mark %n follow-up(s) done</source>
        <translation>
            <numerusform>Jatkotoimen merkintä tehdyksi (%n)</numerusform>
            <numerusform>%n jatkotoimen merkintä tehdyiksi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="90"/>
        <source>Reopen %n follow-up(s)</source>
        <translation>
            <numerusform>Jatkotoimen avaus uudelleen (%n)</numerusform>
            <numerusform>%n jatkotoimen avaus uudelleen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="101"/>
        <source>Delete the follow-up with %1</source>
        <translation>Jatkotoimen poisto: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="103"/>
        <source>Delete the follow-up</source>
        <translation>Jatkotoimen poisto</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="95"/>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="166"/>
        <source>Import people</source>
        <translation>Tuo henkilöt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="111"/>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="154"/>
        <source>check %1</source>
        <translation>tiedoston %1 tarkistus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="154"/>
        <source>import %1</source>
        <translation>tiedoston %1 tuonti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="165"/>
        <source>Checking %1…</source>
        <translation>Tarkistetaan %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="165"/>
        <source>Importing %1…</source>
        <translation>Tuodaan %1…</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="37"/>
        <source>SMEs engaged</source>
        <translation>Osallistuneet pk-yritykset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="39"/>
        <source>Distinct SMEs with at least one confirmed or checked-in participant</source>
        <translation>Eri pk-yritykset, joilla on vähintään yksi vahvistettu tai saapuneeksi kirjattu osallistuja</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="46"/>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="48"/>
        <source>Distinct people with a confirmed or checked-in registration</source>
        <translation>Eri henkilöt, joilla on vahvistettu tai saapuneeksi kirjattu ilmoittautuminen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="55"/>
        <source>Meetings held</source>
        <translation>Pidetyt tapaamiset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="57"/>
        <source>B2B meetings marked held (no-shows and cancelled meetings not counted)</source>
        <translation>Pidetyiksi merkityt B2B-tapaamiset (poisjääntejä ja peruttuja tapaamisia ei lasketa)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="64"/>
        <source>Follow-ups</source>
        <translation>Jatkotoimet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="66"/>
        <source>Follow-ups recorded, any outcome</source>
        <translation>Kirjatut jatkotoimet tuloksesta riippumatta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="70"/>
        <source>Agreements signed</source>
        <translation>Allekirjoitetut sopimukset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="72"/>
        <source>Follow-ups with the outcome &apos;agreement or contract signed&apos; (the funnel&apos;s last stage counts meetings instead: held meetings that led to an agreement or an MoU)</source>
        <translation>Jatkotoimet, joiden tulos on ”sopimus allekirjoitettu” (suppilon viimeinen vaihe laskee sen sijaan tapaamisia: pidettyjä tapaamisia, jotka johtivat sopimukseen tai aiesopimukseen)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="80"/>
        <source>MoUs signed</source>
        <translation>Allekirjoitetut aiesopimukset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="82"/>
        <source>Follow-ups with the outcome &apos;MoU signed&apos;</source>
        <translation>Jatkotoimet, joiden tulos on ”aiesopimus allekirjoitettu”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="89"/>
        <source>Missions held</source>
        <translation>Pidetyt matkat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="91"/>
        <source>Missions and workshops held: over, or closed once begun; drafts never count. Only these are counted on this page; the others are the pipeline</source>
        <translation>Pidetyt matkat ja työpajat: päättyneet tai alkamisen jälkeen suljetut; luonnoksia ei koskaan lasketa. Tällä sivulla lasketaan vain nämä; muut ovat tulossa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="142"/>
        <source>no target set</source>
        <translation>ei tavoitetta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="145"/>
        <source>of target %1</source>
        <translation>tavoite %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="153"/>
        <source>Target %1: met.</source>
        <translation>Tavoite %1: saavutettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="153"/>
        <source>Target %1: not met yet.</source>
        <translation>Tavoite %1: ei vielä saavutettu.</translation>
    </message>
</context>
<context>
    <name>KpiCardsText</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="181"/>
        <source>no target set</source>
        <translation>ei tavoitetta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="181"/>
        <source>not held yet</source>
        <translation>ei vielä pidetty</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="187"/>
        <source>and %n workshop(s)</source>
        <translation>
            <numerusform>ja %n työpaja</numerusform>
            <numerusform>ja %n työpajaa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="189"/>
        <source>no workshops</source>
        <translation>ei työpajoja</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="220"/>
        <source>Missions not held yet (to come, or running): what they have gathered so far is not in the cards or charts and is never compared with a target</source>
        <translation>Matkat, joita ei ole vielä pidetty (tulevat tai käynnissä olevat): niiden tähänastiset luvut eivät näy korteissa eivätkä kaavioissa, eikä niitä koskaan verrata tavoitteeseen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="231"/>
        <source>Mission %1</source>
        <translation>Matka %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="233"/>
        <source>All missions</source>
        <translation>Kaikki matkat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="234"/>
        <source>all clusters</source>
        <translation>kaikki klusterit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="240"/>
        <source>%1 meetings requested, %2 scheduled, %n no-show(s), %3 cancelled</source>
        <translation>
            <numerusform>pyydetyt tapaamiset %1, aikataulutetut %2, ei saapunut %n, perutut %3</numerusform>
            <numerusform>pyydetyt tapaamiset %1, aikataulutetut %2, ei saapunut %n, perutut %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="251"/>
        <source>%1 — %2 In these: %3.</source>
        <translation>%1 — %2 Näissä: %3.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="260"/>
        <source>Pipeline so far: %1.</source>
        <translation>Tulossa olevat tähän mennessä: %1.</translation>
    </message>
</context>
<context>
    <name>KpiChartPanels</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="17"/>
        <source>Nothing chosen is held yet: what is planned is in the pipeline above.</source>
        <translation>Mitään valituista ei ole vielä pidetty: suunnitellut luvut näkyvät yllä tulossa olevina.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="20"/>
        <source>Targets and actual figures</source>
        <translation>Tavoitteet ja toteumat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="77"/>
        <source>Counting…</source>
        <translation>Lasketaan…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="79"/>
        <source>Meetings funnel</source>
        <translation>Tapaamissuppilo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="80"/>
        <source>Follow-up outcomes by cluster</source>
        <translation>Jatkotoimien tulokset klustereittain</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="92"/>
        <source>No targets set for this choice.</source>
        <translation>Tälle valinnalle ei ole asetettu tavoitteita.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="96"/>
        <source>%1 Targets are compared with what missions achieved once they are held.</source>
        <translation>%1 Tavoitteita verrataan matkojen saavutuksiin, kun matkat on pidetty.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="108"/>
        <source>No meetings requested.</source>
        <translation>Tapaamisia ei ole pyydetty.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="114"/>
        <source>No follow-ups recorded for this choice.</source>
        <translation>Tälle valinnalle ei ole kirjattu jatkotoimia.</translation>
    </message>
</context>
<context>
    <name>KpiCharts</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="47"/>
        <source>SMEs engaged</source>
        <translation>Osallistuneet pk-yritykset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="48"/>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="49"/>
        <source>Meetings requested</source>
        <translation>Pyydetyt tapaamiset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="50"/>
        <source>Meetings scheduled</source>
        <translation>Aikataulutetut tapaamiset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="51"/>
        <source>Meetings held</source>
        <translation>Pidetyt tapaamiset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="52"/>
        <source>Follow-ups</source>
        <translation>Jatkotoimet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="53"/>
        <source>Agreements signed</source>
        <translation>Allekirjoitetut sopimukset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="54"/>
        <source>MoUs signed</source>
        <translation>Allekirjoitetut aiesopimukset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="59"/>
        <source>No interest</source>
        <translation>Ei kiinnostusta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="60"/>
        <source>Information exchanged</source>
        <translation>Tietoja vaihdettu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="61"/>
        <source>Meeting planned</source>
        <translation>Tapaaminen suunniteltu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="62"/>
        <source>Proposal sent</source>
        <translation>Tarjous lähetetty</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="63"/>
        <source>Under negotiation</source>
        <translation>Neuvoteltavana</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="64"/>
        <source>Agreement signed</source>
        <translation>Sopimus allekirjoitettu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="65"/>
        <source>MoU signed</source>
        <translation>Aiesopimus allekirjoitettu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="81"/>
        <source>Target</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="82"/>
        <source>Actual: target met</source>
        <translation>Toteuma: tavoite saavutettu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="83"/>
        <source>Actual: below target</source>
        <translation>Toteuma: alle tavoitteen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="86"/>
        <source>No cluster</source>
        <translation>Ei klusteria</translation>
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
        <translation>Tavoitteet ja toteumat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="230"/>
        <source>Actual</source>
        <translation>Toteuma</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="254"/>
        <source>%1: %2 of %3 (%4, target met)</source>
        <translation>%1: %2 / %3 (%4, tavoite saavutettu)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="256"/>
        <source>%1: %2 of %3 (%4, below target)</source>
        <translation>%1: %2 / %3 (%4, alle tavoitteen)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="316"/>
        <source>Meetings funnel</source>
        <translation>Tapaamissuppilo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="317"/>
        <source>Meetings</source>
        <translation>Tapaamiset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="326"/>
        <source>under each stage: its share of the stage before</source>
        <translation>kunkin vaiheen alla: sen osuus edellisestä vaiheesta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="330"/>
        <source>%1: meetings; the cards count signatures (%2 agreements, %3 MoUs)</source>
        <translation>%1: tapaamiset; kortit laskevat allekirjoitukset (%2 sopimusta, %3 aiesopimusta)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="346"/>
        <source>%1: %2 meetings (distinct pairs)</source>
        <translation>%1: %2 tapaamista (eri parit)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="349"/>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 vaiheesta ”%4”)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="385"/>
        <source>Follow-up outcomes by cluster</source>
        <translation>Jatkotoimien tulokset klustereittain</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="413"/>
        <source>%1
%2: %3 of %4 follow-ups (%5)</source>
        <translation>%1
%2: %3 / %4 jatkotoimesta (%5)</translation>
    </message>
</context>
<context>
    <name>KpiDashboard</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="134"/>
        <source>&amp;Targets…</source>
        <translation>&amp;Tavoitteet…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="136"/>
        <source>KPI &amp;targets…</source>
        <translation>KPI-tavo&amp;itteet…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="138"/>
        <source>&amp;Count again</source>
        <translation>&amp;Laske uudelleen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="158"/>
        <source>KPI dashboard</source>
        <translation>KPI-koontinäyttö</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="246"/>
        <source>Set the targets of %1</source>
        <translation>Aseta tavoitteet: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="248"/>
        <source>Choose a mission, or a year, to set its targets</source>
        <translation>Valitse matka tai vuosi, niin voit asettaa sen tavoitteet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="295"/>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="323"/>
        <source>count the KPIs</source>
        <translation>tunnuslukujen laskenta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="367"/>
        <source>KPI targets</source>
        <translation>KPI-tavoitteet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="369"/>
        <source>Targets are set for a mission, or for a year (for one cluster or for all clusters together).

Choose a mission, or a year, above; then click Targets… again.</source>
        <translation>Tavoitteet asetetaan matkalle tai vuodelle (yhdelle klusterille tai kaikille klustereille yhdessä).

Valitse yllä matka tai vuosi ja napsauta sitten uudelleen Tavoitteet…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="401"/>
        <source>Targets of %1 saved.</source>
        <translation>Tavoitteet tallennettu: %1.</translation>
    </message>
</context>
<context>
    <name>KpiMetric</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="104"/>
        <source>SMEs engaged</source>
        <translation>Osallistuneet pk-yritykset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="105"/>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="106"/>
        <source>Meetings requested</source>
        <translation>Pyydetyt tapaamiset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="107"/>
        <source>Meetings scheduled</source>
        <translation>Aikataulutetut tapaamiset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="108"/>
        <source>Meetings held</source>
        <translation>Pidetyt tapaamiset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="109"/>
        <source>Follow-ups</source>
        <translation>Jatkotoimet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="110"/>
        <source>Agreements signed</source>
        <translation>Allekirjoitetut sopimukset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="111"/>
        <source>MoUs signed</source>
        <translation>Allekirjoitetut aiesopimukset</translation>
    </message>
</context>
<context>
    <name>KpiTargetScope</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="63"/>
        <source>%1, for %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="66"/>
        <source>The figures of %1&apos;s members in this mission are compared with these; the mission&apos;s own targets are those with all clusters chosen.</source>
        <translation>Klusterin %1 jäsenten lukuja tällä matkalla verrataan näihin; matkan omat tavoitteet ovat ne, joissa on valittu kaikki klusterit.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="74"/>
        <source>The mission&apos;s figures are compared with these once it is held (its last day past, or closed once begun); they then count in the totals of its year and of all missions. Before, its figures are the pipeline.</source>
        <translation>Matkan lukuja verrataan näihin, kun matka on pidetty (sen viimeinen päivä on ohi tai se on suljettu alkamisen jälkeen); sen jälkeen ne lasketaan mukaan vuoden ja kaikkien matkojen kokonaismääriin. Sitä ennen matkan luvut ovat tulossa olevia.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="83"/>
        <source>%1, all clusters together</source>
        <translation>%1, kaikki klusterit yhdessä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="88"/>
        <source>Where one is set here, it stands for %1 in %2 instead of the sum of its targets in the %2 missions held. Over all years, its targets of the years with a held mission add up.</source>
        <translation>Tässä asetettu tavoite koskee klusteria %1 vuonna %2 sen sijaan, että laskettaisiin yhteen sen tavoitteet vuoden %2 pidetyillä matkoilla. Kaikkien vuosien tarkastelussa lasketaan yhteen sen tavoitteet niiltä vuosilta, joina on pidetty matka.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="98"/>
        <source>Where one is set here, it stands for %1 instead of the sum of the targets of the %1 missions held. Over all years, the targets of the years with a held mission add up.</source>
        <translation>Tässä asetettu tavoite koskee vuotta %1 sen sijaan, että laskettaisiin yhteen vuoden %1 pidettyjen matkojen tavoitteet. Kaikkien vuosien tarkastelussa lasketaan yhteen niiden vuosien tavoitteet, joina on pidetty matka.</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/list_pane.py" line="223"/>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
</context>
<context>
    <name>LogExport</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="64"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="67"/>
        <source>The log shown (this mission or all) as XLSX, CSV or PDF</source>
        <translation>Näytetty loki (tämä matka tai kaikki) XLSX-, CSV- tai PDF-muodossa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="85"/>
        <source>Export the follow-up log</source>
        <translation>Vie jatkotoimiloki</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="102"/>
        <source>Writing %1…</source>
        <translation>Kirjoitetaan %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="104"/>
        <source>export the follow-up log</source>
        <translation>jatkotoimilokin vienti</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="112"/>
        <source>%n follow-up(s) written on %1 pages to %2.</source>
        <translation>
            <numerusform>%n jatkotoimi kirjoitettiin %1 sivulle tiedostoon %2.</numerusform>
            <numerusform>%n jatkotoimea kirjoitettiin %1 sivulle tiedostoon %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="115"/>
        <source>%n follow-up(s) written to %1.</source>
        <translation>
            <numerusform>%n jatkotoimi kirjoitettiin tiedostoon %1.</numerusform>
            <numerusform>%n jatkotoimea kirjoitettiin tiedostoon %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogFilters</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="22"/>
        <source>All follow-ups</source>
        <translation>Kaikki jatkotoimet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="23"/>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="24"/>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="25"/>
        <source>My open actions</source>
        <translation>Omat avoimet toimet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="56"/>
        <source>Who you are: “My open actions” shows the open follow-ups you own, and new follow-ups are yours unless you choose another owner</source>
        <translation>Kuka olet: ”Omat avoimet toimet” näyttää avoimet jatkotoimet, joiden vastuuhenkilö olet, ja uudet jatkotoimet ovat sinun, ellet valitse muuta vastuuhenkilöä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="64"/>
        <source>Mission:</source>
        <translation>Matka:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="67"/>
        <source>Show:</source>
        <translation>Näytä:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="70"/>
        <source>I am:</source>
        <translation>Olen:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="85"/>
        <source>All missions</source>
        <translation>Kaikki matkat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="112"/>
        <source>(choose who you are)</source>
        <translation>(valitse, kuka olet)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="114"/>
        <source>Missions</source>
        <translation>Matkat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="115"/>
        <source>Programme</source>
        <translation>Ohjelma</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="116"/>
        <source>Registrations</source>
        <translation>Ilmoittautumiset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="117"/>
        <source>B2B meetings</source>
        <translation>B2B-tapaamiset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="118"/>
        <source>Directory</source>
        <translation>Osoitteisto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="119"/>
        <source>Print &amp; export</source>
        <translation>Tulostus ja vienti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="120"/>
        <source>On site</source>
        <translation>Paikan päällä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="121"/>
        <source>Follow-ups</source>
        <translation>Jatkotoimet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="122"/>
        <source>KPIs</source>
        <translation>Tunnusluvut</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="147"/>
        <source>The database this window works on</source>
        <translation>Tietokanta, jota tämä ikkuna käyttää</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="220"/>
        <source>The mission every page shows (Ctrl+K to search)</source>
        <translation>Matka, jonka kaikki sivut näyttävät (Ctrl+K hakee)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="222"/>
        <source>Mission</source>
        <translation>Matka</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="237"/>
        <location filename="../../pimap_desktop/gui/main_window.py" line="719"/>
        <source>Now working on %1.</source>
        <translation>Nyt käytössä: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="241"/>
        <source>%1 (read only)</source>
        <translation>%1 (vain luku)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="261"/>
        <source>&amp;Import people…</source>
        <translation>&amp;Tuo henkilöt…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="264"/>
        <source>&amp;Print and export…</source>
        <translation>T&amp;ulosta ja vie…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="267"/>
        <source>Agendas, badges, packs, table plans and calendar files</source>
        <translation>Agendat, nimikyltit, osallistujapaketit, pöytäkartat ja kalenteritiedostot</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="269"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Varmuuskopioi nyt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="270"/>
        <source>&amp;Check database</source>
        <translation>Tarkista tietoka&amp;nta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="272"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="275"/>
        <source>Go back to a verified backup; the current state is backed up first</source>
        <translation>Palaa tarkistettuun varmuuskopioon; nykyinen tila varmuuskopioidaan ensin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="277"/>
        <source>&amp;Connect to team database…</source>
        <translation>&amp;Yhdistä tiimin tietokantaan…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="279"/>
        <source>Work on a PostgreSQL database shared by the coordinators of several clusters</source>
        <translation>Käytä PostgreSQL-tietokantaa, jonka useiden klustereiden koordinaattorit jakavat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="282"/>
        <source>&amp;Open database file…</source>
        <translation>&amp;Avaa tietokantatiedosto…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="285"/>
        <source>Work on another PIMAP database file, such as a mission taken offline</source>
        <translation>Käytä toista PIMAP-tietokantatiedostoa, esimerkiksi offline-tilaan vietyä matkaa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="289"/>
        <source>Save a &amp;copy as SQLite…</source>
        <translation>Tallenna &amp;kopio SQLite-muodossa…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="292"/>
        <source>Write the whole database to a file you can take along</source>
        <translation>Kirjoita koko tietokanta tiedostoon, jonka voit ottaa mukaan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="296"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="299"/>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="301"/>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="306"/>
        <source>S&amp;witch mission…</source>
        <translation>&amp;Vaihda matkaa…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="308"/>
        <source>Choose the mission every page shows (Ctrl+K)</source>
        <translation>Valitse matka, jonka kaikki sivut näyttävät (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="317"/>
        <source>&amp;Branding…</source>
        <translation>&amp;Ilme…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="319"/>
        <source>The partnership&apos;s and funders&apos; emblems and the funding statement on documents</source>
        <translation>Kumppanuuden ja rahoittajien tunnukset sekä rahoitusmaininta asiakirjoissa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="322"/>
        <source>&amp;About PIMAP Desktop</source>
        <translation>&amp;Tietoja PIMAP Desktopista</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="331"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="352"/>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="354"/>
        <source>&amp;Missions</source>
        <translation>Mat&amp;kat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="366"/>
        <source>&amp;Programme</source>
        <translation>&amp;Ohjelma</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="378"/>
        <source>&amp;Registrations</source>
        <translation>&amp;Ilmoittautumiset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="392"/>
        <source>&amp;B2B</source>
        <translation>&amp;B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="420"/>
        <source>&amp;Directory</source>
        <translation>O&amp;soitteisto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="433"/>
        <source>On &amp;site</source>
        <translation>&amp;Paikan päällä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="447"/>
        <source>F&amp;ollow-ups</source>
        <translation>&amp;Jatkotoimet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="457"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="458"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Asetukset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="459"/>
        <source>&amp;Help</source>
        <translation>O&amp;hje</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="469"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="481"/>
        <source>Takes effect when PIMAP Desktop starts again</source>
        <translation>Tulee voimaan, kun PIMAP Desktop käynnistetään uudelleen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="489"/>
        <source>The interface is in %1.</source>
        <translation>Käyttöliittymän kieli: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="493"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="495"/>
        <source>%1: takes effect when PIMAP Desktop starts again.</source>
        <translation>%1: tulee voimaan, kun PIMAP Desktop käynnistetään uudelleen.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="574"/>
        <source>%1 imported: %2. Undo with Ctrl+Z.</source>
        <translation>%1 tuotu: %2. Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="612"/>
        <source>Daily backup made: %1</source>
        <translation>Päivittäinen varmuuskopio tehty: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="616"/>
        <source>make the daily backup</source>
        <translation>päivittäisen varmuuskopion teko</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="624"/>
        <source>Backing up…</source>
        <translation>Varmuuskopioidaan…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="628"/>
        <source>Backup written and verified: %1</source>
        <translation>Varmuuskopio kirjoitettu ja tarkistettu: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="630"/>
        <source>Backups are up to the server.</source>
        <translation>Varmuuskopioinnista huolehtii palvelin.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="635"/>
        <source>back up the database</source>
        <translation>tietokannan varmuuskopiointi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="669"/>
        <source>Open a PIMAP database</source>
        <translation>Avaa PIMAP-tietokanta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="670"/>
        <source>PIMAP databases (*.sqlite *.db);;All files (*)</source>
        <translation>PIMAP-tietokannat (*.sqlite *.db);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="692"/>
        <source>open %1</source>
        <translation>tiedoston %1 avaaminen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="781"/>
        <source>Save a copy as SQLite</source>
        <translation>Tallenna kopio SQLite-muodossa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="783"/>
        <source>PIMAP database (*.sqlite)</source>
        <translation>PIMAP-tietokanta (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="790"/>
        <source>That is the database itself: choose another file.</source>
        <translation>Se on itse tietokanta: valitse toinen tiedosto.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="793"/>
        <source>Saving a copy…</source>
        <translation>Tallennetaan kopiota…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="798"/>
        <source>save a copy as SQLite</source>
        <translation>kopion tallennus SQLite-muodossa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="800"/>
        <source>Copy saved: %1</source>
        <translation>Kopio tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="806"/>
        <source>Checking the database…</source>
        <translation>Tarkistetaan tietokantaa…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="812"/>
        <source>The database is damaged</source>
        <translation>Tietokanta on vioittunut</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="815"/>
        <source>The integrity check found problems:

%1

Restore the latest backup from the backups folder beside it.</source>
        <translation>Eheystarkistus löysi ongelmia:

%1

Palauta uusin varmuuskopio tietokannan vieressä olevasta varmuuskopiokansiosta.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="822"/>
        <source>The database is in good order.</source>
        <translation>Tietokanta on kunnossa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="826"/>
        <source>check the database</source>
        <translation>tietokannan tarkistus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="839"/>
        <source>Branding saved: the next documents carry it.</source>
        <translation>Ilme tallennettu: se näkyy seuraavissa asiakirjoissa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="848"/>
        <source>About PIMAP Desktop</source>
        <translation>Tietoja PIMAP Desktopista</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="851"/>
        <source>&lt;b&gt;PIMAP Desktop&lt;/b&gt; %1&lt;br&gt;Missions, delegations, B2B meetings and follow-up for technology clusters.&lt;br&gt;&lt;br&gt;Database: %2&lt;br&gt;%3&lt;br&gt;Log file: %4</source>
        <translation>&lt;b&gt;PIMAP Desktop&lt;/b&gt; %1&lt;br&gt;Yritysmatkat, valtuuskunnat, B2B-tapaamiset ja jatkotoimet teknologiaklustereille.&lt;br&gt;&lt;br&gt;Tietokanta: %2&lt;br&gt;%3&lt;br&gt;Lokitiedosto: %4</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="413"/>
        <source>Match the columns</source>
        <translation>Kohdista sarakkeet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="416"/>
        <source>What each column of the file holds. PIMAP recognised what it could; correct it where needed. An e-mail and a last (or full) name are required.</source>
        <translation>Mitä kukin tiedoston sarake sisältää. PIMAP tunnisti minkä pystyi; korjaa tarvittaessa. Sähköposti ja sukunimi (tai koko nimi) ovat pakollisia.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="422"/>
        <source>Column in the file</source>
        <translation>Tiedoston sarake</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="422"/>
        <source>Examples</source>
        <translation>Esimerkkejä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="422"/>
        <source>Means</source>
        <translation>Merkitys</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="439"/>
        <source>The first %1 rows, as they will be read:</source>
        <translation>Ensimmäiset %1 riviä sellaisina kuin ne luetaan:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="452"/>
        <source>(column %1)</source>
        <translation>(sarake %1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="459"/>
        <source>(not imported)</source>
        <translation>(ei tuoda)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="481"/>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="499"/>
        <source>Two columns mean the same: %1.</source>
        <translation>Kahdella sarakkeella on sama merkitys: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="504"/>
        <source>Choose the column that holds the e-mail: it is how PIMAP recognises a person.</source>
        <translation>Valitse sarake, jossa on sähköpostiosoite: sen perusteella PIMAP tunnistaa henkilön.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="507"/>
        <source>Choose the column with the last name (or the full name).</source>
        <translation>Valitse sarake, jossa on sukunimi (tai koko nimi).</translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="25"/>
        <source>not yet</source>
        <translation>ei vielä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="71"/>
        <source>Matches appear here as you type a name, an organisation or an e-mail.</source>
        <translation>Osumat näkyvät tässä, kun kirjoitat nimen, organisaation tai sähköpostiosoitteen.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="73"/>
        <source>A code: Enter reads it.</source>
        <translation>Koodi: Enter lukee sen.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="75"/>
        <source>Nobody matches “%1”. Walk-in… registers someone new.</source>
        <translation>Kukaan ei vastaa hakua ”%1”. Uuden henkilön voi ilmoittaa painikkeella Paikalla ilmoittautuva…</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="85"/>
        <source>Scheduled</source>
        <translation>Aikataulutettu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="86"/>
        <source>Held</source>
        <translation>Pidetty</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="87"/>
        <source>No-show</source>
        <translation>Ei saapunut</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="88"/>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
</context>
<context>
    <name>MeetingSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="33"/>
        <source>&amp;Lock</source>
        <translation>Lu&amp;kitse</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="36"/>
        <source>U&amp;nlock</source>
        <translation>Avaa l&amp;ukitus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="39"/>
        <source>Re&amp;move meeting</source>
        <translation>&amp;Poista tapaaminen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="43"/>
        <source>&amp;Fit this request in</source>
        <translation>&amp;Sijoita tämä pyyntö</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="45"/>
        <source>Place the selected request at the first free slot</source>
        <translation>Sijoita valittu pyyntö ensimmäiseen vapaaseen aikaväliin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="60"/>
        <source>no session is shown</source>
        <translation>mitään tapaamisjaksoa ei näytetä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="69"/>
        <source>Cannot go there: %1</source>
        <translation>Ei voi siirtää tähän: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="87"/>
        <source>move the meeting</source>
        <translation>tapaamisen siirto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="108"/>
        <source>Meeting %1 moved and locked. Undo with Ctrl+Z.</source>
        <translation>Tapaaminen %1 siirretty ja lukittu. Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="149"/>
        <source>Remove a meeting</source>
        <translation>Tapaamisen poisto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="151"/>
        <source>Meeting %1 removed. Undo with Ctrl+Z.</source>
        <translation>Tapaaminen %1 poistettu. Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="159"/>
        <source>Fit a request in</source>
        <translation>Pyynnön sijoitus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="162"/>
        <source>%1 and %2 now meet (locked).</source>
        <translation>%1 ja %2 tapaavat nyt (lukittu).</translation>
    </message>
</context>
<context>
    <name>MeetingsOfDayView</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="118"/>
        <source>locked</source>
        <translation>lukittu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="127"/>
        <source>Not checked in yet</source>
        <translation>Ei vielä saapunut</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="226"/>
        <source>Only meetings with someone &amp;late</source>
        <translation>Vain tapaamiset, joista joku on &amp;myöhässä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="252"/>
        <source>Notes for the follow-up (optional), then pick the outcome</source>
        <translation>Jatkotoimen muistiinpanot (valinnainen), valitse sitten tulos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="268"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Jatkotoimi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="270"/>
        <source>The outcome of the selected meeting, in one click (marks it held)</source>
        <translation>Valitun tapaamisen tulos yhdellä napsautuksella (merkitsee sen pidetyksi)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="277"/>
        <source>&amp;Day:</source>
        <translation>&amp;Päivä:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="311"/>
        <source>&amp;Held</source>
        <translation>P&amp;idetty</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="314"/>
        <source>Mark held</source>
        <translation>Merkitse pidetyksi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="317"/>
        <source>&amp;No-show</source>
        <translation>&amp;Ei saapunut</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="320"/>
        <source>Mark no-show</source>
        <translation>Merkitse: ei saapunut</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="323"/>
        <source>&amp;Cancelled</source>
        <translation>Pe&amp;ruttu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="326"/>
        <source>Mark cancelled</source>
        <translation>Merkitse perutuksi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="329"/>
        <source>&amp;Scheduled</source>
        <translation>&amp;Aikataulutettu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="332"/>
        <source>Back to scheduled</source>
        <translation>Takaisin aikataulutetuksi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="335"/>
        <source>&amp;Move…</source>
        <translation>&amp;Siirrä…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="338"/>
        <source>Move the meeting to a free slot or table</source>
        <translation>Siirrä tapaaminen vapaaseen aikaväliin tai pöytään</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="340"/>
        <source>Follow-&amp;up</source>
        <translation>Jatko&amp;toimi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="388"/>
        <source>Times in %1 (%2)</source>
        <translation>Ajat aikavyöhykkeellä %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="439"/>
        <source>No meetings this day.</source>
        <translation>Ei tapaamisia tänä päivänä.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="448"/>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="503"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n tapaaminen</numerusform>
            <numerusform>%n tapaamista</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="450"/>
        <source>%1, %2 to come</source>
        <translation>%1, tulossa %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="454"/>
        <source>%1 late</source>
        <translation>%1 myöhässä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="496"/>
        <source>change the meeting&apos;s status</source>
        <translation>tapaamisen tilan muutos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="506"/>
        <source>%1: %2. Undo with Ctrl+Z.</source>
        <translation>%1: %2. Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="523"/>
        <source>move the meeting</source>
        <translation>tapaamisen siirto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="555"/>
        <source>Meeting %1 moved and locked. Undo with Ctrl+Z.</source>
        <translation>Tapaaminen %1 siirretty ja lukittu. Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="577"/>
        <source>record the follow-up</source>
        <translation>jatkotoimen kirjaus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="589"/>
        <source>Follow-up “%1” recorded for %2 (meeting marked held). Undo with Ctrl+Z.</source>
        <translation>Jatkotoimi ”%1” kirjattu: %2 (tapaaminen merkitty pidetyksi). Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="591"/>
        <source>Follow-up “%1” recorded for %2. Undo with Ctrl+Z.</source>
        <translation>Jatkotoimi ”%1” kirjattu: %2. Ctrl+Z kumoaa.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="399"/>
        <source>Which record do you keep?</source>
        <translation>Kumman tietueen säilytät?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="405"/>
        <source>Keep %1</source>
        <translation>Säilytä %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="432"/>
        <source>Merge</source>
        <translation>Yhdistä</translation>
    </message>
</context>
<context>
    <name>MissionChooser</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/chooser.py" line="30"/>
        <source>&amp;Mission:</source>
        <translation>&amp;Matka:</translation>
    </message>
</context>
<context>
    <name>MissionDeletionText</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="398"/>
        <source>%n programme item(s)</source>
        <translation>
            <numerusform>%n ohjelmakohta</numerusform>
            <numerusform>%n ohjelmakohtaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="399"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n ilmoittautuminen</numerusform>
            <numerusform>%n ilmoittautumista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="400"/>
        <source>%n B2B session(s)</source>
        <translation>
            <numerusform>%n B2B-tapaamisjakso</numerusform>
            <numerusform>%n B2B-tapaamisjaksoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="401"/>
        <source>%n meeting request(s)</source>
        <translation>
            <numerusform>%n tapaamispyyntö</numerusform>
            <numerusform>%n tapaamispyyntöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="402"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n tapaaminen</numerusform>
            <numerusform>%n tapaamista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="403"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n seuranta</numerusform>
            <numerusform>%n seurantaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="404"/>
        <source>%n KPI target(s)</source>
        <translation>
            <numerusform>%n KPI-tavoite</numerusform>
            <numerusform>%n KPI-tavoitetta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="418"/>
        <source>Mission %1 has nothing else attached to it.</source>
        <translation>Matkaan %1 ei liity mitään muuta.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="421"/>
        <source>Deleting mission %1 also deletes %2.</source>
        <translation>Matkan %1 poistaminen poistaa myös: %2.</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="99"/>
        <source>New mission</source>
        <translation>Uusi matka</translation>
    </message>
</context>
<context>
    <name>MissionForm</name>
    <message>
        <location filename="../../ui/mission_form.ui" line="10"/>
        <source>&amp;Code</source>
        <translation>&amp;Koodi</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="11"/>
        <source>e.g. PW2027</source>
        <translation>esim. PW2027</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="12"/>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="13"/>
        <source>e.g. Photonics West 2027 business mission</source>
        <translation>esim. Photonics West 2027 -yritysmatka</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="14"/>
        <source>&amp;Kind</source>
        <translation>T&amp;yyppi</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="16"/>
        <source>&amp;Host event</source>
        <translation>&amp;Isäntätapahtuma</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="17"/>
        <source>optional, e.g. SPIE Photonics West</source>
        <translation>valinnainen, esim. SPIE Photonics West</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="18"/>
        <source>C&amp;ity</source>
        <translation>Ka&amp;upunki</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="20"/>
        <source>Co&amp;untry</source>
        <translation>&amp;Maa</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="21"/>
        <source>Type the name in English, French, Portuguese, Finnish or Swedish, or the code (DE)</source>
        <translation>Kirjoita nimi englanniksi, ranskaksi, portugaliksi, suomeksi tai ruotsiksi tai maakoodi (DE)</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="22"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Aikavyöhyke</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="25"/>
        <source>Type a city (Berlin, São Paulo, Munich) or part of a zone&apos;s name</source>
        <translation>Kirjoita kaupunki (Berlin, São Paulo, Munich) tai osa aikavyöhykkeen nimestä</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="26"/>
        <source>The zone&apos;s offset from UTC today (it changes with daylight saving time)</source>
        <translation>Aikavyöhykkeen ero UTC-aikaan tänään (muuttuu kesäajan mukaan)</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="29"/>
        <source>&amp;First day</source>
        <translation>&amp;Ensimmäinen päivä</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="31"/>
        <source>&amp;Last day</source>
        <translation>&amp;Viimeinen päivä</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="33"/>
        <source>&amp;Status</source>
        <translation>&amp;Tila</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="35"/>
        <source>Organised &amp;by</source>
        <translation>&amp;Järjestäjät</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="37"/>
        <source>&amp;Objectives</source>
        <translation>Tav&amp;oitteet</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="39"/>
        <source>&amp;Practical information</source>
        <translation>Käytännön tie&amp;dot</translation>
    </message>
</context>
<context>
    <name>MissionKind</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="39"/>
        <source>Business mission</source>
        <translation>Yritysmatka</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="40"/>
        <source>Workshop</source>
        <translation>Työpaja</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="41"/>
        <source>Fair participation</source>
        <translation>Messuosallistuminen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="42"/>
        <source>Matchmaking event</source>
        <translation>Matchmaking-tapahtuma</translation>
    </message>
</context>
<context>
    <name>MissionPicker</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="481"/>
        <source>Take mission offline</source>
        <translation>Vie matka offline-tilaan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="493"/>
        <source>&amp;Mission to take to the fair:</source>
        <translation>&amp;Messuille vietävä matka:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="499"/>
        <source>&amp;Next…</source>
        <translation>&amp;Seuraava…</translation>
    </message>
</context>
<context>
    <name>MissionStatus</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="44"/>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="45"/>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="46"/>
        <source>Running</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="47"/>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
</context>
<context>
    <name>MissionSwitcher</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/current.py" line="125"/>
        <source>Switch mission</source>
        <translation>Vaihda matkaa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/current.py" line="144"/>
        <source>Type a code, name, city or year…</source>
        <translation>Kirjoita koodi, nimi, kaupunki tai vuosi…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/current.py" line="148"/>
        <source>No mission matches.</source>
        <translation>Ei vastaavia matkoja.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/current.py" line="156"/>
        <source>Switch</source>
        <translation>Vaihda</translation>
    </message>
</context>
<context>
    <name>MissionsPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="68"/>
        <source>%1 to %2, %3</source>
        <translation>%1–%2, %3</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="101"/>
        <source>Search missions: code, name, city, kind…</source>
        <translation>Hae matkoja: koodi, nimi, kaupunki, tyyppi…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="105"/>
        <source>All statuses</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="124"/>
        <source>&amp;New mission…</source>
        <translation>&amp;Uusi matka…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="127"/>
        <source>&amp;Edit mission…</source>
        <translation>&amp;Muokkaa matkaa…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="130"/>
        <source>D&amp;uplicate mission…</source>
        <translation>Mo&amp;nista matka…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="133"/>
        <source>&amp;Delete mission…</source>
        <translation>&amp;Poista matka…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="135"/>
        <source>Open &amp;programme</source>
        <translation>Avaa &amp;ohjelma</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="155"/>
        <source>Status:</source>
        <translation>Tila:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="159"/>
        <source>Missions and workshops</source>
        <translation>Matkat ja työpajat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="185"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n matka</numerusform>
            <numerusform>%n matkaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="187"/>
        <source>%1 of %n mission(s) shown</source>
        <translation>
            <numerusform>%1 / %n matka näkyvissä</numerusform>
            <numerusform>%1 / %n matkaa näkyvissä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="248"/>
        <source>New mission</source>
        <translation>Uusi matka</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="254"/>
        <source>Mission %1 created.</source>
        <translation>Matka %1 luotu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="269"/>
        <source>open the mission</source>
        <translation>matkan avaaminen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="282"/>
        <source>Edit mission %1</source>
        <translation>Muokkaa matkaa %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="288"/>
        <source>Mission %1 saved.</source>
        <translation>Matka %1 tallennettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="312"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopio)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="320"/>
        <source>Mission %1 duplicated.</source>
        <translation>Matka %1 monistettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="332"/>
        <source>delete the mission</source>
        <translation>matkan poisto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="337"/>
        <source>Delete mission %1?</source>
        <translation>Poistetaanko matka %1?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="340"/>
        <source>%1

A backup of the database is taken first, in the backups folder beside it.</source>
        <translation>%1

Tietokannasta otetaan ensin varmuuskopio sen vieressä olevaan varmuuskopiokansioon.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="349"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="370"/>
        <source>Mission %1 deleted (a backup was taken first).</source>
        <translation>Matka %1 poistettu (varmuuskopio otettiin ensin).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="372"/>
        <source>Backing up, then deleting mission %1…</source>
        <translation>Varmuuskopioidaan ja poistetaan sitten matka %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="374"/>
        <source>delete mission %1</source>
        <translation>matkan %1 poisto</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="190"/>
        <source>Move the meeting</source>
        <translation>Siirrä tapaaminen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="195"/>
        <source>%1&lt;br&gt;Free places (no table taken, nobody busy or away):</source>
        <translation>%1&lt;br&gt;Vapaat paikat (pöytä vapaana, kukaan ei ole varattu eikä poissa):</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="199"/>
        <source>%1&lt;br&gt;&lt;b&gt;No free place:&lt;/b&gt; every other slot and table is taken, or a participant is busy, away or in a programme item then.</source>
        <translation>%1&lt;br&gt;&lt;b&gt;Ei vapaata paikkaa:&lt;/b&gt; kaikki muut aikavälit ja pöydät ovat varattuja, tai joku osallistujista on silloin varattu, poissa tai ohjelmakohdassa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="208"/>
        <source>Filter: a day, a time, a table…</source>
        <translation>Suodata: päivä, kellonaika, pöytä…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="224"/>
        <source>&amp;Move</source>
        <translation>&amp;Siirrä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="251"/>
        <source>Choose a free place in the list.</source>
        <translation>Valitse vapaa paikka luettelosta.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="87"/>
        <source>New practical note</source>
        <translation>Uusi käytännön tieto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="92"/>
        <source>e.g. Entry to the US</source>
        <translation>esim. Maahantulo Yhdysvaltoihin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="95"/>
        <source>What they need to know</source>
        <translation>Mitä heidän on tiedettävä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="97"/>
        <source>&amp;Everyone</source>
        <translation>&amp;Kaikki</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="98"/>
        <source>One &amp;delegation:</source>
        <translation>Yksi &amp;valtuuskunta:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="102"/>
        <source>Some &amp;roles:</source>
        <translation>Tietyt &amp;roolit:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="112"/>
        <source>The mission has no delegations yet</source>
        <translation>Matkalla ei ole vielä valtuuskuntia</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="131"/>
        <source>&amp;Title</source>
        <translation>&amp;Otsikko</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="133"/>
        <source>Te&amp;xt</source>
        <translation>&amp;Teksti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="137"/>
        <source>For</source>
        <translation>Kenelle</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="171"/>
        <source>(a removed delegation)</source>
        <translation>(poistettu valtuuskunta)</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="229"/>
        <source>Practical notes — %1</source>
        <translation>Käytännön tiedot — %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="233"/>
        <source>&lt;b&gt;Practical notes of %1 — %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Käytännön tiedot: %1 — %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="241"/>
        <source>Notes go into the packs of those they are for. The mission&apos;s own practical information is for everyone. Changes are saved at once (no undo).</source>
        <translation>Tiedot tulevat niiden osallistujapaketteihin, joille ne on tarkoitettu. Matkan omat käytännön tiedot ovat kaikille. Muutokset tallennetaan heti (ei kumoamista).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="249"/>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="249"/>
        <source>For</source>
        <translation>Kenelle</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="260"/>
        <source>&amp;Add…</source>
        <translation>&amp;Lisää…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="262"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="264"/>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="359"/>
        <source>Edit practical note</source>
        <translation>Muokkaa käytännön tietoa</translation>
    </message>
</context>
<context>
    <name>OfflineCopies</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="40"/>
        <source>PIMAP database (*.sqlite)</source>
        <translation>PIMAP-tietokanta (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="43"/>
        <source>Take mission offline</source>
        <translation>Vie matka offline-tilaan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="44"/>
        <source>Bring back an offline copy</source>
        <translation>Tuo offline-kopio takaisin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="139"/>
        <source>&amp;Take mission offline…</source>
        <translation>Vie matka &amp;offline-tilaan…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="141"/>
        <source>Write the mission and all it needs into a file for the laptop at the fair</source>
        <translation>Kirjoita matka ja kaikki sen tarvitsema tiedostoon messuilla käytettävää kannettavaa varten</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="144"/>
        <source>Brin&amp;g back an offline copy…</source>
        <translation>Tuo offline-kopio takai&amp;sin…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="146"/>
        <source>Merge what changed at the fair into this database, choosing per conflict</source>
        <translation>Yhdistä messuilla tehdyt muutokset tähän tietokantaan ja valitse ristiriidoissa kohta kohdalta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="160"/>
        <source>There is no mission to take offline.</source>
        <translation>Offline-tilaan vietävää matkaa ei ole.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="186"/>
        <source>Take %1 offline</source>
        <translation>Vie %1 offline-tilaan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="196"/>
        <source>Cancelled: no copy was written.</source>
        <translation>Peruttu: kopiota ei kirjoitettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="208"/>
        <source>take %1 offline</source>
        <translation>matkan %1 vienti offline-tilaan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="211"/>
        <source>Writing %1 into %2…</source>
        <translation>Kirjoitetaan %1 tiedostoon %2…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="223"/>
        <source>%1 taken offline: %2</source>
        <translation>%1 viety offline-tilaan: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="225"/>
        <source>Mission taken offline</source>
        <translation>Matka viety offline-tilaan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="242"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Peruttu; mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="252"/>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="293"/>
        <source>bring back the copy</source>
        <translation>kopion tuonti takaisin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="255"/>
        <source>Comparing %1 with this database…</source>
        <translation>Verrataan tiedostoa %1 tähän tietokantaan…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="295"/>
        <source>Bringing the copy back (a backup is taken first)…</source>
        <translation>Tuodaan kopiota takaisin (ensin otetaan varmuuskopio)…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="309"/>
        <source>Offline copy brought back</source>
        <translation>Offline-kopio tuotu takaisin</translation>
    </message>
</context>
<context>
    <name>OfflinePreviewText</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="66"/>
        <source>No conflicts.</source>
        <translation>Ei ristiriitoja.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="67"/>
        <source>Keep here</source>
        <translation>Pidä tämä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="68"/>
        <source>Take the laptop&apos;s</source>
        <translation>Ota kannettavan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="73"/>
        <source>person</source>
        <translation>henkilö</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="74"/>
        <source>registration</source>
        <translation>ilmoittautuminen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="75"/>
        <source>organisation</source>
        <translation>organisaatio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="76"/>
        <source>follow-up</source>
        <translation>jatkotoimi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="77"/>
        <source>meeting</source>
        <translation>tapaaminen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="78"/>
        <source>meeting request</source>
        <translation>tapaamispyyntö</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="79"/>
        <source>availability</source>
        <translation>tavoitettavuus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="80"/>
        <source>programme item</source>
        <translation>ohjelmakohta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="81"/>
        <source>B2B session</source>
        <translation>B2B-tapaamisjakso</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="82"/>
        <source>B2B table</source>
        <translation>B2B-pöytä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="83"/>
        <source>practical note</source>
        <translation>käytännön tieto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="84"/>
        <source>delegation</source>
        <translation>valtuuskunta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="85"/>
        <source>mission</source>
        <translation>matka</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="86"/>
        <source>cluster</source>
        <translation>klusteri</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="87"/>
        <source>venue</source>
        <translation>tapahtumapaikka</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="91"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n henkilö</numerusform>
            <numerusform>%n henkilöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="92"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n ilmoittautuminen</numerusform>
            <numerusform>%n ilmoittautumista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="93"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisaatio</numerusform>
            <numerusform>%n organisaatiota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="94"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n jatkotoimi</numerusform>
            <numerusform>%n jatkotoimea</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="95"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n tapaaminen</numerusform>
            <numerusform>%n tapaamista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="96"/>
        <source>%n meeting request(s)</source>
        <translation>
            <numerusform>%n tapaamispyyntö</numerusform>
            <numerusform>%n tapaamispyyntöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="97"/>
        <source>%n availability window(s)</source>
        <translation>
            <numerusform>%n aikaikkuna</numerusform>
            <numerusform>%n aikaikkunaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="98"/>
        <source>%n programme item(s)</source>
        <translation>
            <numerusform>%n ohjelmakohta</numerusform>
            <numerusform>%n ohjelmakohtaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="99"/>
        <source>%n B2B session(s)</source>
        <translation>
            <numerusform>%n B2B-tapaamisjakso</numerusform>
            <numerusform>%n B2B-tapaamisjaksoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="100"/>
        <source>%n B2B table(s)</source>
        <translation>
            <numerusform>%n B2B-pöytä</numerusform>
            <numerusform>%n B2B-pöytää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="101"/>
        <source>%n practical note(s)</source>
        <translation>
            <numerusform>%n käytännön tieto</numerusform>
            <numerusform>%n käytännön tietoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="102"/>
        <source>%n delegation(s)</source>
        <translation>
            <numerusform>%n valtuuskunta</numerusform>
            <numerusform>%n valtuuskuntaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="103"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n matka</numerusform>
            <numerusform>%n matkaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="104"/>
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n klusteri</numerusform>
            <numerusform>%n klusteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="105"/>
        <source>%n venue(s)</source>
        <translation>
            <numerusform>%n tapahtumapaikka</numerusform>
            <numerusform>%n tapahtumapaikkaa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="119"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="119"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="132"/>
        <source>the whole record</source>
        <translation>koko tietue</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="174"/>
        <source>Coming back (conflicts aside): %1 added, %2 updated, %3 deleted.</source>
        <translation>Palaa (ristiriitoja lukuun ottamatta): %1 lisätty, %2 päivitetty, %3 poistettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="176"/>
        <source>Coming back: %1 added, %2 updated, %3 deleted.</source>
        <translation>Palaa: %1 lisätty, %2 päivitetty, %3 poistettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="180"/>
        <source>Copy of %1, taken %2 from %3.</source>
        <translation>Matkan %1 kopio, otettu %2 tietokannasta %3.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="188"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="190"/>
        <source>Added</source>
        <translation>Lisätty</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="191"/>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="192"/>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
</context>
<context>
    <name>OfflineText</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="75"/>
        <source>%1 — %2 was written to %3: %4, %5, %6.

Open it on the laptop with File ▸ Open database file…, or pimap-desktop --db &quot;%3&quot;.</source>
        <translation>%1 — %2 kirjoitettiin tiedostoon %3: %4, %5, %6.

Avaa se kannettavalla valitsemalla Tiedosto ▸ Avaa tietokantatiedosto… tai komennolla pimap-desktop --db &quot;%3&quot;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="81"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n ilmoittautuminen</numerusform>
            <numerusform>%n ilmoittautumista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="82"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n tapaaminen</numerusform>
            <numerusform>%n tapaamista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="83"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n jatkotoimi</numerusform>
            <numerusform>%n jatkotoimea</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="94"/>
        <source>The copy of %1 is back: %2 added, %3 updated, %4 deleted.</source>
        <translation>Matkan %1 kopio on palautettu: %2 lisätty, %3 päivitetty, %4 poistettu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="107"/>
        <source>%n conflict(s): the laptop&apos;s value taken for %1, this database&apos;s kept for %2.</source>
        <translation>
            <numerusform>%n ristiriita: kannettavan arvo otettu %1 tapauksessa, tämän tietokannan arvo säilytetty %2 tapauksessa.</numerusform>
            <numerusform>%n ristiriitaa: kannettavan arvo otettu %1 tapauksessa, tämän tietokannan arvo säilytetty %2 tapauksessa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="117"/>
        <source>The conflicts are listed in %1.</source>
        <translation>Ristiriidat on lueteltu tiedostossa %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="122"/>
        <source>The list of conflicts could not be written: %1</source>
        <translation>Ristiriitaluetteloa ei voitu kirjoittaa: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="127"/>
        <source>No conflicts.</source>
        <translation>Ei ristiriitoja.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="129"/>
        <source>Backup taken first: %1</source>
        <translation>Ensin otettu varmuuskopio: %1</translation>
    </message>
</context>
<context>
    <name>OnSitePage</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="124"/>
        <source>Check-&amp;in</source>
        <translation>Sisään&amp;kirjaus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="125"/>
        <source>Meetings of the &amp;day</source>
        <translation>Päi&amp;vän tapaamiset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="145"/>
        <source>On site</source>
        <translation>Paikan päällä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="161"/>
        <source>Reprint &amp;badge</source>
        <translation>Uusi &amp;nimikyltti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="164"/>
        <source>Print the badge of the person shown again (a lost badge)</source>
        <translation>Tulosta näytetyn henkilön nimikyltti uudelleen (kadonnut nimikyltti)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="167"/>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Paikalla ilmoittautuva…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="170"/>
        <source>Register someone who is not on the list, and check them in</source>
        <translation>Ilmoita henkilö, joka ei ole luettelossa, ja kirjaa hänet saapuneeksi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="172"/>
        <source>Let in and &amp;confirm (Enter)</source>
        <translation>Päästä &amp;sisään ja vahvista (Enter)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="173"/>
        <source>Confirm their registration and check them in</source>
        <translation>Vahvista ilmoittautuminen ja kirjaa henkilö saapuneeksi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="177"/>
        <source>Not now (Esc)</source>
        <translation>Ei nyt (Esc)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="178"/>
        <source>Leave their registration as it is</source>
        <translation>Jätä ilmoittautuminen ennalleen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="220"/>
        <source>Ready · %1</source>
        <translation>Valmis · %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="220"/>
        <source>No mission</source>
        <translation>Ei matkaa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="221"/>
        <source>Scan a badge</source>
        <translation>Lue nimikyltti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="222"/>
        <source>or type a name or an e-mail</source>
        <translation>tai kirjoita nimi tai sähköpostiosoite</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="343"/>
        <source>Reprinting the badge of %1…</source>
        <translation>Tulostetaan uudelleen henkilön %1 nimikyltti…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="370"/>
        <source>Registered, not checked in</source>
        <translation>Ilmoittautunut, ei kirjattu saapuneeksi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="379"/>
        <source>Walk-in %1 registered. Undo with Ctrl+Z.</source>
        <translation>%1 ilmoitettu paikan päällä. Ctrl+Z kumoaa.</translation>
    </message>
</context>
<context>
    <name>OnSiteSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="140"/>
        <source>Check in %1</source>
        <translation>Sisäänkirjaus: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="176"/>
        <source>Walk-in %1</source>
        <translation>Ilmoittautuminen paikan päällä: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="208"/>
        <source>Mark a meeting %1</source>
        <translation>Tapaamisen merkintä: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="210"/>
        <source>Mark %n meetings %1</source>
        <translation>
            <numerusform>Tapaamisen merkintä: %1 (%n)</numerusform>
            <numerusform>%n tapaamisen merkintä: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="247"/>
        <source>Move the meeting %1</source>
        <translation>Tapaamisen siirto: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="269"/>
        <source>Follow-up “%1” for %2</source>
        <translation>Jatkotoimi ”%1”: %2</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="141"/>
        <source>Options</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="151"/>
        <source>The layout&apos;s own paper</source>
        <translation>Asettelun oma paperi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="155"/>
        <source>Crop marks for cutting</source>
        <translation>Leikkausmerkit</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="157"/>
        <source>One PDF for everyone</source>
        <translation>Yksi PDF kaikille</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="158"/>
        <source>One PDF per person, in a folder</source>
        <translation>Oma PDF kullekin henkilölle kansioon</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="161"/>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="162"/>
        <source>First sector</source>
        <translation>Ensimmäinen toimiala</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="169"/>
        <source>The document&apos;s language. A person&apos;s own agenda, pack or badge is in their preferred language when one is recorded.</source>
        <translation>Asiakirjan kieli. Henkilön oma agenda, osallistujapaketti tai nimikyltti tehdään hänen ensisijaisella kielellään, jos se on kirjattu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="188"/>
        <source>Paper:</source>
        <translation>Paperi:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="189"/>
        <source>Badge layout:</source>
        <translation>Nimikyltin asettelu:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="190"/>
        <source>Sheet:</source>
        <translation>Arkki:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="192"/>
        <source>Files:</source>
        <translation>Tiedostot:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="193"/>
        <source>B2B session:</source>
        <translation>B2B-tapaamisjakso:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="194"/>
        <source>Group by:</source>
        <translation>Ryhmittely:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="195"/>
        <source>Language:</source>
        <translation>Kieli:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="217"/>
        <source>All sessions</source>
        <translation>Kaikki tapaamisjaksot</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="288"/>
        <source>New organisation</source>
        <translation>Uusi organisaatio</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../ui/organisation_form.ui" line="10"/>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="11"/>
        <source>e.g. LaserTech Aquitaine</source>
        <translation>esim. LaserTech Aquitaine</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="12"/>
        <source>&amp;Kind</source>
        <translation>T&amp;yyppi</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="16"/>
        <source>&amp;Size</source>
        <translation>&amp;Koko</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="21"/>
        <source>C&amp;ity</source>
        <translation>Ka&amp;upunki</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="25"/>
        <source>Co&amp;untry</source>
        <translation>&amp;Maa</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="26"/>
        <source>Type the name in English, French, Portuguese, Finnish or Swedish, or the code (DE)</source>
        <translation>Kirjoita nimi englanniksi, ranskaksi, portugaliksi, suomeksi tai ruotsiksi tai maakoodi (DE)</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="29"/>
        <source>&amp;Website</source>
        <translation>Ve&amp;rkkosivusto</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="30"/>
        <source>e.g. https://www.example.fr</source>
        <translation>esim. https://www.example.fr</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="31"/>
        <source>Cl&amp;uster</source>
        <translation>K&amp;lusteri</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="33"/>
        <source>S&amp;ectors</source>
        <translation>&amp;Toimialat</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="34"/>
        <source>separated by commas, e.g. Photonics, Aerospace</source>
        <translation>pilkuin eroteltuina, esim. fotoniikka, ilmailu ja avaruus</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="35"/>
        <source>&amp;Technologies</source>
        <translation>Teknolo&amp;giat</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="36"/>
        <location filename="../../ui/organisation_form.ui" line="38"/>
        <source>separated by commas</source>
        <translation>pilkuin eroteltuina</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="37"/>
        <source>&amp;Application areas</source>
        <translation>&amp;Sovellusalueet</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="39"/>
        <source>&amp;Value chain</source>
        <translation>&amp;Arvoketju</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="40"/>
        <source>position, e.g. component supplier, integrator</source>
        <translation>asema, esim. komponenttitoimittaja, integraattori</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="41"/>
        <source>E&amp;xport readiness</source>
        <translation>V&amp;ientivalmius</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="43"/>
        <source>&amp;Offers</source>
        <translation>Tar&amp;joaa</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="45"/>
        <source>See&amp;ks</source>
        <translation>&amp;Etsii</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="47"/>
        <source>&amp;Description</source>
        <translation>Ku&amp;vaus</translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="20"/>
        <source>SME</source>
        <translation>Pk-yritys</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="21"/>
        <source>Large company</source>
        <translation>Suuryritys</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="22"/>
        <source>Cluster</source>
        <translation>Klusteri</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="23"/>
        <source>Research centre</source>
        <translation>Tutkimuskeskus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="24"/>
        <source>Integrator</source>
        <translation>Integraattori</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="25"/>
        <source>Investor</source>
        <translation>Sijoittaja</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="26"/>
        <source>Public body</source>
        <translation>Julkinen toimija</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="27"/>
        <source>Other</source>
        <translation>Muu</translation>
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
        <translation>Pieni</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="31"/>
        <source>Medium</source>
        <translation>Keskisuuri</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="32"/>
        <source>Large</source>
        <translation>Suuri</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="50"/>
        <source>No look-alikes: every organisation is either known exactly or new.</source>
        <translation>Ei samankaltaisia: jokainen organisaatio on joko täsmälleen tunnettu tai uusi.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="521"/>
        <source>Organisations that look alike</source>
        <translation>Samankaltaiset organisaatiot</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="524"/>
        <source>These organisation names of the file are close to organisations already in the directory. Choose whether each is one of them or a new one.</source>
        <translation>Nämä tiedoston organisaationimet muistuttavat osoitteistossa jo olevia organisaatioita. Valitse, onko kukin jokin niistä vai uusi.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="540"/>
        <source>Looking for organisations that look alike…</source>
        <translation>Etsitään samankaltaisia organisaatioita…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="547"/>
        <source>A new organisation</source>
        <translation>Uusi organisaatio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="549"/>
        <source>The same as “%1”</source>
        <translation>Sama kuin ”%1”</translation>
    </message>
</context>
<context>
    <name>PeopleGridModel</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="362"/>
        <source>Not available (outside their availability windows)</source>
        <translation>Ei tavoitettavissa (aikaikkunoiden ulkopuolella)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="144"/>
        <source>New person</source>
        <translation>Uusi henkilö</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="156"/>
        <source>the language of each export</source>
        <translation>kunkin viennin kieli</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="171"/>
        <source>none; type to search the directory&apos;s organisations</source>
        <translation>ei mitään; hae osoitteiston organisaatioita kirjoittamalla</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="215"/>
        <source>Several organisations are called &apos;%1&apos;: pick one from the list.</source>
        <translation>Useamman organisaation nimi on ”%1”: valitse yksi luettelosta.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="222"/>
        <source>No organisation called &apos;%1&apos; is in the directory: pick one from the list, or create it first on the Organisations tab.</source>
        <translation>Osoitteistossa ei ole organisaatiota nimeltä ”%1”: valitse se luettelosta tai luo se ensin Organisaatiot-välilehdellä.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/person_form.ui" line="10"/>
        <source>&amp;First name</source>
        <translation>&amp;Etunimi</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="12"/>
        <source>&amp;Last name</source>
        <translation>&amp;Sukunimi</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="14"/>
        <source>&amp;E-mail</source>
        <translation>Sä&amp;hköposti</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="15"/>
        <source>the same e-mail is the same person</source>
        <translation>sama sähköpostiosoite = sama henkilö</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="16"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisaatio</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="18"/>
        <source>&amp;Job title</source>
        <translation>&amp;Tehtävänimike</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="19"/>
        <source>e.g. Business development manager</source>
        <translation>esim. liiketoiminnan kehityspäällikkö</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="20"/>
        <source>&amp;Phone</source>
        <translation>&amp;Puhelin</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="21"/>
        <source>with the country code, e.g. +33 5 56 00 00 01</source>
        <translation>maatunnuksen kanssa, esim. +33 5 56 00 00 01</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="22"/>
        <source>&amp;Badge name</source>
        <translation>Nimi ni&amp;mikyltissä</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="23"/>
        <source>optional; the full name is printed when empty</source>
        <translation>valinnainen; tyhjänä tulostetaan koko nimi</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="24"/>
        <source>L&amp;anguages</source>
        <translation>&amp;Kielet</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="25"/>
        <source>separated by commas, e.g. French, English</source>
        <translation>pilkuin eroteltuina, esim. ranska, englanti</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="26"/>
        <source>Documents &amp;in</source>
        <translation>Asiakirjojen kie&amp;li</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="27"/>
        <source>The language of their own agenda, badge and pack</source>
        <translation>Henkilön oman agendan, nimikyltin ja osallistujapaketin kieli</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="28"/>
        <source>&amp;Diet</source>
        <translation>&amp;Ruokavalio</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="29"/>
        <source>e.g. vegetarian, no nuts</source>
        <translation>esim. kasvisruoka, ei pähkinöitä</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="30"/>
        <source>A&amp;ccessibility</source>
        <translation>Esteettömy&amp;ys</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="31"/>
        <source>needs to plan for, if any</source>
        <translation>huomioitavat tarpeet, jos on</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="32"/>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="35"/>
        <source>May be &amp;listed in attendee packs</source>
        <translation>Saa &amp;näkyä osallistujapaketeissa</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="36"/>
        <source>May be c&amp;ontacted after the mission</source>
        <translation>Yhteydenotot s&amp;allittu matkan jälkeen</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="39"/>
        <source>Consent &amp;given on</source>
        <translation>Suostumuksen päi&amp;väys</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="40"/>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="41"/>
        <source>&amp;Notes</source>
        <translation>Muist&amp;iinpanot</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="75"/>
        <source>type part of a name or organisation</source>
        <translation>kirjoita osa nimestä tai organisaatiosta</translation>
    </message>
</context>
<context>
    <name>PreviewCaption</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="59"/>
        <source>First page, made for the first person of %1 (the saved document has everyone).</source>
        <translation>Ensimmäinen sivu, tehty ensimmäiselle %1 henkilöstä (tallennetussa asiakirjassa ovat kaikki).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="63"/>
        <source>First page, made for the first %1 people of %2 (the saved document has everyone).</source>
        <translation>Ensimmäinen sivu, tehty ensimmäisille %1 henkilölle %2 henkilöstä (tallennetussa asiakirjassa ovat kaikki).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="66"/>
        <source>First page of %1.</source>
        <translation>Sivu 1/%1.</translation>
    </message>
</context>
<context>
    <name>PreviewRunner</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="134"/>
        <source>Making the preview…</source>
        <translation>Luodaan esikatselua…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="136"/>
        <source>make the preview</source>
        <translation>esikatselun luonti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="166"/>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="170"/>
        <source>No preview</source>
        <translation>Ei esikatselua</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="169"/>
        <source>The preview could not be made; the details are in the log file.</source>
        <translation>Esikatselua ei voitu luoda; tiedot ovat lokitiedostossa.</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="71"/>
        <source>New programme item</source>
        <translation>Uusi ohjelmakohta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="93"/>
        <source>pick or type a new venue</source>
        <translation>valitse tai kirjoita uusi tapahtumapaikka</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="95"/>
        <source>Everyone</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="97"/>
        <source>Delegation: %1</source>
        <translation>Valtuuskunta: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="98"/>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="199"/>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="121"/>
        <source>Make this item the alternative to another: whoever attends that one does not get this one (a free afternoon instead of a site visit)</source>
        <translation>Tee tästä kohdasta vaihtoehto toiselle: joka osallistuu siihen, ei saa tätä (vapaa iltapäivä tehdasvierailun sijaan)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="125"/>
        <source>None</source>
        <translation>Ei mitään</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="128"/>
        <source>&amp;Instead of</source>
        <translation>&amp;Vaihtoehto kohdalle</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="183"/>
        <source>%1 — ends the next day</source>
        <translation>%1 — päättyy seuraavana päivänä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="199"/>
        <source>Roles: %1</source>
        <translation>Roolit: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="209"/>
        <source>Another item of the programme</source>
        <translation>Toinen ohjelmakohta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="227"/>
        <source>Named people (%1)</source>
        <translation>Nimetyt henkilöt (%1)</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemForm</name>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="10"/>
        <source>&amp;Title</source>
        <translation>&amp;Otsikko</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="11"/>
        <source>e.g. Delegation briefing</source>
        <translation>esim. valtuuskunnan tiedotustilaisuus</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="12"/>
        <source>&amp;Kind</source>
        <translation>T&amp;yyppi</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="14"/>
        <source>&amp;Day</source>
        <translation>&amp;Päivä</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="16"/>
        <source>&amp;From / to</source>
        <translation>&amp;Alku / loppu</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="26"/>
        <source>&amp;Venue</source>
        <translation>&amp;Tapahtumapaikka</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="28"/>
        <source>&amp;Room</source>
        <translation>&amp;Sali</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="29"/>
        <source>optional, e.g. Room 2014</source>
        <translation>valinnainen, esim. sali 2014</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="30"/>
        <source>&amp;Who attends</source>
        <translation>&amp;Ketkä osallistuvat</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="32"/>
        <source>D&amp;escription</source>
        <translation>K&amp;uvaus</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemKind</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="49"/>
        <source>Briefing</source>
        <translation>Tiedotustilaisuus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="50"/>
        <source>Fair visit</source>
        <translation>Messuvierailu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="51"/>
        <source>Site visit</source>
        <translation>Yritysvierailu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="52"/>
        <source>Reception</source>
        <translation>Vastaanotto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="53"/>
        <source>Workshop session</source>
        <translation>Työpajaistunto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="54"/>
        <source>B2B session</source>
        <translation>B2B-tapaamisjakso</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="55"/>
        <source>Meal</source>
        <translation>Ateria</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="56"/>
        <source>Travel</source>
        <translation>Siirtymä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="57"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="59"/>
        <source>Calendars (*.ics *.ical *.icalendar);;All files (*)</source>
        <translation>Kalenterit (*.ics *.ical *.icalendar);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="132"/>
        <source>Show every day of the mission side by side, or one day</source>
        <translation>Näytä matkan kaikki päivät rinnakkain tai yksi päivä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="139"/>
        <source>Show:</source>
        <translation>Näytä:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="146"/>
        <source>&amp;List</source>
        <translation>&amp;Luettelo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="147"/>
        <source>T&amp;imeline</source>
        <translation>Aika&amp;jana</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="149"/>
        <source>&amp;Add item…</source>
        <translation>Lisää &amp;kohta…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="152"/>
        <source>&amp;Edit item…</source>
        <translation>&amp;Muokkaa kohtaa…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="155"/>
        <source>D&amp;uplicate item</source>
        <translation>M&amp;onista kohta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="158"/>
        <source>&amp;Delete item</source>
        <translation>&amp;Poista kohta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="161"/>
        <source>&amp;Import agenda (.ics)…</source>
        <translation>&amp;Tuo agenda (.ics)…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="164"/>
        <source>Add a partner&apos;s agenda (an .ics calendar file) to the programme, or bring it up to date</source>
        <translation>Lisää kumppanin agenda (.ics-kalenteritiedosto) ohjelmaan tai päivitä se</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="169"/>
        <source>Practical &amp;notes…</source>
        <translation>Käytännön tie&amp;dot…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="172"/>
        <source>Practical information for everyone, one delegation or some roles (visas, hotel rates, shuttles)</source>
        <translation>Käytännön tiedot kaikille, yhdelle valtuuskunnalle tai tietyille rooleille (viisumit, hotellihinnat, kuljetukset)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="197"/>
        <source>Programme</source>
        <translation>Ohjelma</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="246"/>
        <source>Times in %1 (%2)</source>
        <translation>Ajat aikavyöhykkeellä %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="248"/>
        <source>Times in %1</source>
        <translation>Ajat aikavyöhykkeellä %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="254"/>
        <source>⚠ %1 items overlap with another item in the same room: %2</source>
        <translation>⚠ %1 kohtaa on päällekkäin toisen kohdan kanssa samassa salissa: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="274"/>
        <source>All days</source>
        <translation>Kaikki päivät</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="366"/>
        <source>Added “%1”, %2.</source>
        <translation>Lisätty ”%1”, %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="448"/>
        <source>Saved “%1”, %2.</source>
        <translation>Tallennettu ”%1”, %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="455"/>
        <source>Edit programme item</source>
        <translation>Muokkaa ohjelmakohtaa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="481"/>
        <source>duplicate the item</source>
        <translation>kohdan monistus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="485"/>
        <source>Duplicated “%1”, %2.</source>
        <translation>Monistettu ”%1”, %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="495"/>
        <source>delete the item</source>
        <translation>kohdan poisto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="502"/>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>Poistettu ”%1”. Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="517"/>
        <source>Import a partner&apos;s agenda</source>
        <translation>Tuo kumppanin agenda</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="525"/>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="541"/>
        <source>import %1</source>
        <translation>tiedoston %1 tuonti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="528"/>
        <source>Nothing new</source>
        <translation>Ei mitään uutta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="529"/>
        <source>Nothing new in %1.</source>
        <translation>Tiedostossa %1 ei ole mitään uutta.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="553"/>
        <source>%1 imported: %2. Undo with Ctrl+Z.</source>
        <translation>%1 tuotu: %2. Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="566"/>
        <source>%1 ⚠ Same room at the same time as %2.</source>
        <translation>%1 ⚠ Sama sali samaan aikaan kuin: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="574"/>
        <source>Nothing new in %1: its %n item(s) are already on the programme, unchanged.</source>
        <translation>
            <numerusform>Tiedostossa %1 ei ole mitään uutta: sen %n kohta on jo ohjelmassa muuttumattomana.</numerusform>
            <numerusform>Tiedostossa %1 ei ole mitään uutta: sen %n kohtaa ovat jo ohjelmassa muuttumattomina.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="581"/>
        <source>Nothing to import from %1.</source>
        <translation>Tiedostosta %1 ei ole tuotavaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="586"/>
        <source>… and %1 more</source>
        <translation>… ja %1 muuta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="587"/>
        <source>%n event(s) skipped:
%1</source>
        <translation>
            <numerusform>%n tapahtuma ohitettiin:
%1</numerusform>
            <numerusform>%n tapahtumaa ohitettiin:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeTimeline</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline.py" line="170"/>
        <source>Times in the mission&apos;s local time</source>
        <translation>Ajat matkan paikallista aikaa</translation>
    </message>
</context>
<context>
    <name>ProgrammeTreeModel</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="30"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="31"/>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="32"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="33"/>
        <source>Venue</source>
        <translation>Tapahtumapaikka</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="34"/>
        <source>Room</source>
        <translation>Sali</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="35"/>
        <source>Who</source>
        <translation>Ketkä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="36"/>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="46"/>
        <source> (+%1d)</source>
        <translation> (+%1 pv)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="115"/>
        <source>Time (%1)</source>
        <translation>Aika (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="134"/>
        <source>⚠ same room as %1</source>
        <translation>⚠ sama sali kuin: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="143"/>
        <source>Overlaps in the same room with: %1</source>
        <translation>Päällekkäin samassa salissa: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="154"/>
        <source>no items</source>
        <translation>ei kohtia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="154"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n kohta</numerusform>
            <numerusform>%n kohtaa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="157"/>
        <source>⚠ %1 overlapping</source>
        <translation>⚠ %1 päällekkäin</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="63"/>
        <source>Registration of %1</source>
        <translation>Ilmoittautuminen: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="70"/>
        <source>Arrival and departure are local times of the mission (%1).</source>
        <translation>Saapuminen ja lähtö ovat matkan paikallista aikaa (%1).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="85"/>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <location filename="../../ui/registration_form.ui" line="11"/>
        <source>&amp;Role</source>
        <translation>&amp;Rooli</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="13"/>
        <source>&amp;Status</source>
        <translation>&amp;Tila</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="15"/>
        <source>&amp;Delegation</source>
        <translation>&amp;Valtuuskunta</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="17"/>
        <source>&amp;Arrival</source>
        <translation>&amp;Saapuminen</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="19"/>
        <source>D&amp;eparture</source>
        <translation>&amp;Lähtö</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="21"/>
        <source>&amp;Hotel</source>
        <translation>&amp;Hotelli</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="23"/>
        <source>&amp;Badge name</source>
        <translation>Nimi ni&amp;mikyltissä</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="24"/>
        <source>as printed on the badge, if not the full name</source>
        <translation>nimikylttiin tulostettava nimi, jos ei koko nimi</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="25"/>
        <source>D&amp;iet</source>
        <translation>Ruo&amp;kavalio</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="26"/>
        <source>e.g. vegetarian, halal, gluten-free</source>
        <translation>esim. kasvisruoka, halal, gluteeniton</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="27"/>
        <source>&amp;Notes</source>
        <translation>Muist&amp;iinpanot</translation>
    </message>
</context>
<context>
    <name>RegistrationRole</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="67"/>
        <source>Delegate</source>
        <translation>Valtuuskunnan jäsen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="68"/>
        <source>Local participant</source>
        <translation>Paikallinen osallistuja</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="69"/>
        <source>Local host</source>
        <translation>Paikallinen isäntä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="70"/>
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="71"/>
        <source>Speaker</source>
        <translation>Puhuja</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="72"/>
        <source>Visitor</source>
        <translation>Vierailija</translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="74"/>
        <source>Invited</source>
        <translation>Kutsuttu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="75"/>
        <source>Registered</source>
        <translation>Ilmoittautunut</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="76"/>
        <source>Confirmed</source>
        <translation>Vahvistettu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="77"/>
        <source>Waitlisted</source>
        <translation>Jonossa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="78"/>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="79"/>
        <source>No-show</source>
        <translation>Ei saapunut</translation>
    </message>
</context>
<context>
    <name>RegistrationSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="91"/>
        <source>&amp;Add people…</source>
        <translation>&amp;Lisää henkilöitä…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="92"/>
        <source>&amp;Edit registration…</source>
        <translation>&amp;Muokkaa ilmoittautumista…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="93"/>
        <source>&amp;Remove from mission</source>
        <translation>&amp;Poista matkalta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="94"/>
        <source>&amp;Import people…</source>
        <translation>&amp;Tuo henkilöt…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="95"/>
        <source>E&amp;xport people…</source>
        <translation>&amp;Vie henkilöt…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="97"/>
        <source>Reprint &amp;badge…</source>
        <translation>Uusi &amp;nimikyltti…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="101"/>
        <source>Print the selected person&apos;s badge on a printer</source>
        <translation>Tulosta valitun henkilön nimikyltti tulostimella</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="103"/>
        <source>Save badge P&amp;DF…</source>
        <translation>Tallenna nimikyltti PD&amp;F:nä…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="105"/>
        <source>The selected person&apos;s badge as a PDF file</source>
        <translation>Valitun henkilön nimikyltti PDF-tiedostona</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="106"/>
        <source>Set &amp;status</source>
        <translation>Aseta t&amp;ila</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="113"/>
        <source>Set status</source>
        <translation>Aseta tila</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="160"/>
        <source>%1 added to the mission.</source>
        <translation>%1 lisätty matkalle.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="206"/>
        <source>Registration of %1 saved.</source>
        <translation>Ilmoittautuminen tallennettu: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="230"/>
        <source>change the status</source>
        <translation>tilan muutos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="238"/>
        <source>%1 set to %2. Undo with Ctrl+Z.</source>
        <translation>Tila %2 asetettu (%1). Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="254"/>
        <source>remove from the mission</source>
        <translation>matkalta poisto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="263"/>
        <source>%1 removed from the mission. Undo with Ctrl+Z.</source>
        <translation>%1 poistettu matkalta. Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="276"/>
        <source>form the delegations</source>
        <translation>valtuuskuntien muodostus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="282"/>
        <source>Delegations formed %1: %2 people placed. Undo with Ctrl+Z.</source>
        <translation>Valtuuskunnat muodostettu %1: %2 henkilöä sijoitettu. Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="307"/>
        <source>Export the mission&apos;s people</source>
        <translation>Vie matkan henkilöt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="319"/>
        <source>export the people</source>
        <translation>henkilöiden vienti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="321"/>
        <source>%1 registrations written to %2.</source>
        <translation>%1 ilmoittautumista kirjoitettiin tiedostoon %2.</translation>
    </message>
</context>
<context>
    <name>RegistrationTable</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="168"/>
        <source>Right-click to choose the columns</source>
        <translation>Valitse sarakkeet napsauttamalla hiiren oikeaa painiketta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="239"/>
        <source>Default columns</source>
        <translation>Oletussarakkeet</translation>
    </message>
</context>
<context>
    <name>RegistrationUndoSteps</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="37"/>
        <source>Add %n person(s)</source>
        <translation>
            <numerusform>Henkilön lisäys (%n)</numerusform>
            <numerusform>%n henkilön lisäys</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="53"/>
        <source>Remove %1 from the mission</source>
        <translation>Matkalta poisto: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="85"/>
        <source>Edit the registration of %1</source>
        <translation>Ilmoittautumisen muokkaus: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="103"/>
        <source>Set %1 to %2</source>
        <translation>Tilan asetus: %2 (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="119"/>
        <source>Form delegations by country</source>
        <translation>Valtuuskuntien muodostus maan mukaan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="121"/>
        <source>Form delegations by cluster</source>
        <translation>Valtuuskuntien muodostus klusterin mukaan</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="124"/>
        <source>read the registrations</source>
        <translation>ilmoittautumisten luku</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="140"/>
        <source>Search: name, organisation, country, cluster, role, status…</source>
        <translation>Hae: nimi, organisaatio, maa, klusteri, rooli, tila…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="145"/>
        <source>All statuses</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="193"/>
        <source>Status:</source>
        <translation>Tila:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="197"/>
        <source>The delegations beside the list; or drag the bar between them to the edge</source>
        <translation>Valtuuskunnat luettelon vieressä; tai vedä niiden välinen palkki reunaan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="223"/>
        <source>Registrations and delegations</source>
        <translation>Ilmoittautumiset ja valtuuskunnat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="267"/>
        <source>Hide delegations ▸</source>
        <translation>Piilota valtuuskunnat ▸</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="267"/>
        <source>◂ Show delegations</source>
        <translation>◂ Näytä valtuuskunnat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="358"/>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="374"/>
        <source>%1 registered</source>
        <translation>%1 ilmoittautunutta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="376"/>
        <source>%1 of %2 shown</source>
        <translation>%1 / %2 näkyvissä</translation>
    </message>
</context>
<context>
    <name>RemovalDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="356"/>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="381"/>
        <source>Delete the session</source>
        <translation>Poista tapaamisjakso</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="356"/>
        <source>Change the session</source>
        <translation>Muuta tapaamisjaksoa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="373"/>
        <source>You can undo this with Edit ▸ Undo (Ctrl+Z).</source>
        <translation>Tämän voi kumota valitsemalla Muokkaa ▸ Kumoa (Ctrl+Z).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="379"/>
        <source>Delete the session and %n meeting(s)</source>
        <translation>
            <numerusform>Poista tapaamisjakso ja %n tapaaminen</numerusform>
            <numerusform>Poista tapaamisjakso ja %n tapaamista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="384"/>
        <source>Change the session and remove %n meeting(s)</source>
        <translation>
            <numerusform>Muuta tapaamisjaksoa ja poista %n tapaaminen</numerusform>
            <numerusform>Muuta tapaamisjaksoa ja poista %n tapaamista</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="26"/>
        <source>PDF document (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF-asiakirja (*.pdf);;Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="70"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Vie raportti…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="72"/>
        <source>Save these figures as a PDF (with the charts) or a workbook</source>
        <translation>Tallenna nämä luvut PDF-tiedostona (kaavioineen) tai työkirjana</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="74"/>
        <source>&amp;Export KPI report…</source>
        <translation>Vie KPI-&amp;raportti…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="89"/>
        <source>Save the KPI report</source>
        <translation>Tallenna KPI-raportti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="106"/>
        <source>The KPI report was not written.</source>
        <translation>KPI-raporttia ei kirjoitettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="107"/>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="111"/>
        <source>write the KPI report</source>
        <translation>KPI-raportin kirjoitus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="109"/>
        <source>Writing the KPI report to %1…</source>
        <translation>Kirjoitetaan KPI-raporttia tiedostoon %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="123"/>
        <source>KPI report written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>KPI-raportti kirjoitettu tiedostoon %1 (%n sivu).</numerusform>
            <numerusform>KPI-raportti kirjoitettu tiedostoon %1 (%n sivua).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="126"/>
        <source>KPI report written to %1.</source>
        <translation>KPI-raportti kirjoitettu tiedostoon %1.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="129"/>
        <source>Add a meeting request</source>
        <translation>Tapaamispyynnön lisäys</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="137"/>
        <source>1 — must meet</source>
        <translation>1 — pakko tavata</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="138"/>
        <source>2 — would like to</source>
        <translation>2 — haluaisi tavata</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="139"/>
        <source>3 — if time</source>
        <translation>3 — jos aikaa jää</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="144"/>
        <source>&amp;Who asks:</source>
        <translation>&amp;Kuka pyytää:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="145"/>
        <source>&amp;Wants to meet:</source>
        <translation>&amp;Haluaa tavata:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="146"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioriteetti:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="147"/>
        <source>If the request exists already, its priority is changed.</source>
        <translation>Jos pyyntö on jo olemassa, sen prioriteetti muutetaan.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="173"/>
        <source>Pick who asks for the meeting from the list.</source>
        <translation>Valitse luettelosta, kuka pyytää tapaamista.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="176"/>
        <source>Pick whom they want to meet from the list.</source>
        <translation>Valitse luettelosta, kenet hän haluaa tavata.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="179"/>
        <source>Nobody can ask to meet themselves.</source>
        <translation>Kukaan ei voi pyytää tapaamista itsensä kanssa.</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="81"/>
        <source>Pending</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="82"/>
        <source>Accepted</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="83"/>
        <source>Declined</source>
        <translation>Hylätty</translation>
    </message>
</context>
<context>
    <name>RequestSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="40"/>
        <source>&amp;Accept</source>
        <translation>&amp;Hyväksy</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="43"/>
        <source>&amp;Decline</source>
        <translation>H&amp;ylkää</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="47"/>
        <source>Add re&amp;quest…</source>
        <translation>Lisää pyynt&amp;ö…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="50"/>
        <source>Who wants to meet whom, and how much (priority 1 = must meet)</source>
        <translation>Kuka haluaa tavata kenet ja kuinka paljon (prioriteetti 1 = pakko tavata)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="54"/>
        <source>Remove re&amp;quest</source>
        <translation>Poista pyy&amp;ntö</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="56"/>
        <source>Remove the selected requests (a meeting already placed stays)</source>
        <translation>Poista valitut pyynnöt (jo sijoitettu tapaaminen säilyy)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="58"/>
        <source>&amp;Priority</source>
        <translation>P&amp;rioriteetti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="61"/>
        <source>1 — must meet</source>
        <translation>1 — pakko tavata</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="62"/>
        <source>2 — would like to</source>
        <translation>2 — haluaisi tavata</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="63"/>
        <source>3 — if time</source>
        <translation>3 — jos aikaa jää</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="70"/>
        <source>Change the priority of the selected requests</source>
        <translation>Muuta valittujen pyyntöjen prioriteettia</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="74"/>
        <source>Re&amp;quest it</source>
        <translation>&amp;Pyydä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="76"/>
        <source>Turn the selected suggestions into requests of priority 3 (double-click)</source>
        <translation>Muuta valitut ehdotukset prioriteetin 3 pyynnöiksi (kaksoisnapsautus)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="140"/>
        <source>Request added.</source>
        <translation>Pyyntö lisätty.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="154"/>
        <source>The request existed: its priority is now %1.</source>
        <translation>Pyyntö oli jo olemassa: sen prioriteetti on nyt %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="156"/>
        <source>%1 Undo with Ctrl+Z.</source>
        <translation>%1 Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="167"/>
        <source>remove the request</source>
        <translation>pyynnön poisto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="173"/>
        <source>%n request(s) removed. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n pyyntö poistettu. Ctrl+Z kumoaa.</numerusform>
            <numerusform>%n pyyntöä poistettu. Ctrl+Z kumoaa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="189"/>
        <source>set the priority</source>
        <translation>prioriteetin asetus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="198"/>
        <source>Priority %1 set on %n request(s).</source>
        <translation>
            <numerusform>Prioriteetti %1 asetettu %n pyynnölle.</numerusform>
            <numerusform>Prioriteetti %1 asetettu %n pyynnölle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="214"/>
        <source>answer the request</source>
        <translation>pyyntöön vastaaminen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="237"/>
        <source>Request a suggested meeting</source>
        <translation>Ehdotetun tapaamisen pyyntö</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="239"/>
        <source>Request suggested meetings</source>
        <translation>Ehdotettujen tapaamisten pyyntö</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="249"/>
        <source>request the suggested meeting</source>
        <translation>ehdotetun tapaamisen pyytäminen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="260"/>
        <source>Request %1 – %2</source>
        <translation>Pyyntö %1 – %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="270"/>
        <source>%n suggested meeting(s) requested with priority 3. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n ehdotettu tapaaminen pyydetty prioriteetilla 3. Ctrl+Z kumoaa.</numerusform>
            <numerusform>%n ehdotettua tapaamista pyydetty prioriteetilla 3. Ctrl+Z kumoaa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPane</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="54"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="154"/>
        <source>Show the requests of:</source>
        <translation>Näytä pyynnöt:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="162"/>
        <source>Suggested</source>
        <translation>Ehdotetut</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="186"/>
        <source>everyone</source>
        <translation>kaikki</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="231"/>
        <source>%n pair(s) who have not asked each other for %1, best first, from what their organisations offer and seek. Double-click or Request it: a request of priority 3.</source>
        <translation>
            <numerusform>Henkilölle %1: %n pari, joka ei ole pyytänyt tapaamista keskenään, parhaat ensin, organisaatioiden tarjonnan ja tarpeiden perusteella. Kaksoisnapsautus tai Pyydä: pyyntö prioriteetilla 3.</numerusform>
            <numerusform>Henkilölle %1: %n paria, jotka eivät ole pyytäneet tapaamista keskenään, parhaat ensin, organisaatioiden tarjonnan ja tarpeiden perusteella. Kaksoisnapsautus tai Pyydä: pyyntö prioriteetilla 3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="241"/>
        <source>%n pair(s) who have not asked each other, best first, from what their organisations offer and seek. Double-click or Request it: a request of priority 3.</source>
        <translation>
            <numerusform>%n pari, joka ei ole pyytänyt tapaamista keskenään, parhaat ensin, organisaatioiden tarjonnan ja tarpeiden perusteella. Kaksoisnapsautus tai Pyydä: pyyntö prioriteetilla 3.</numerusform>
            <numerusform>%n paria, jotka eivät ole pyytäneet tapaamista keskenään, parhaat ensin, organisaatioiden tarjonnan ja tarpeiden perusteella. Kaksoisnapsautus tai Pyydä: pyyntö prioriteetilla 3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="250"/>
        <source>No suggestion for %1: the profiles have nothing to match, or everyone who should meet has asked already.</source>
        <translation>Ei ehdotuksia henkilölle %1: profiileissa ei ole mitään yhteensopivaa, tai kaikki, joiden pitäisi tavata, ovat jo pyytäneet tapaamista.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="257"/>
        <source>No suggestion: the profiles have nothing to match, or everyone who should meet has asked already.</source>
        <translation>Ei ehdotuksia: profiileissa ei ole mitään yhteensopivaa, tai kaikki, joiden pitäisi tavata, ovat jo pyytäneet tapaamista.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="114"/>
        <source>Restore from backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="119"/>
        <source>Verified backups of this database, newest first. Restoring one replaces what the database holds now; a backup of the current state is taken first, so a restore can itself be undone.</source>
        <translation>Tämän tietokannan tarkistetut varmuuskopiot, uusin ensin. Palautus korvaa tietokannan nykyisen sisällön; nykyisestä tilasta otetaan ensin varmuuskopio, joten palautuksenkin voi perua.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="137"/>
        <source>Looking for backups…</source>
        <translation>Etsitään varmuuskopioita…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="141"/>
        <source>Backups folder: %1</source>
        <translation>Varmuuskopiokansio: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="147"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Palauta…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="149"/>
        <source>Restore the selected backup</source>
        <translation>Palauta valittu varmuuskopio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="168"/>
        <source>Backups of this database are made by its server.</source>
        <translation>Tämän tietokannan varmuuskopiot tekee sen palvelin.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="173"/>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="195"/>
        <source>list the backups</source>
        <translation>varmuuskopioiden luettelointi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="188"/>
        <source>%n verified backup(s). Choose one and press Restore…</source>
        <translation>
            <numerusform>%n tarkistettu varmuuskopio. Valitse yksi ja paina Palauta…</numerusform>
            <numerusform>%n tarkistettua varmuuskopiota. Valitse yksi ja paina Palauta…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="194"/>
        <source>The backups could not be listed.</source>
        <translation>Varmuuskopioita ei voitu luetella.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="215"/>
        <source>Restore this backup?</source>
        <translation>Palautetaanko tämä varmuuskopio?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="218"/>
        <source>Restore the backup taken %1 (%2: %3 missions, %4 people)?

What the database holds now is replaced. A backup of the current state is taken first, so you can go back to it.</source>
        <translation>Palautetaanko varmuuskopio ajalta %1 (%2: %3 matkaa, %4 henkilöä)?

Tietokannan nykyinen sisältö korvataan. Nykyisestä tilasta otetaan ensin varmuuskopio, joten voit palata siihen.</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="460"/>
        <source>Ready</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="461"/>
        <source>Scan a badge</source>
        <translation>Lue nimikyltti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="462"/>
        <source>or type a name or an e-mail</source>
        <translation>tai kirjoita nimi tai sähköpostiosoite</translation>
    </message>
</context>
<context>
    <name>SavePanel</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="77"/>
        <source>Save…</source>
        <translation>Tallenna…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="88"/>
        <source>Open folder</source>
        <translation>Avaa kansio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="90"/>
        <source>Open file</source>
        <translation>Avaa tiedosto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="140"/>
        <source>write the %1</source>
        <translation>asiakirjan kirjoitus (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="142"/>
        <source>Writing %1…</source>
        <translation>Kirjoitetaan %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="143"/>
        <source>Print and export</source>
        <translation>Tulostus ja vienti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="156"/>
        <source>Choose where to put the %1</source>
        <translation>Valitse sijainti: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="163"/>
        <source>Save %1</source>
        <translation>Tallenna %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="165"/>
        <source>Calendar (*.ics)</source>
        <translation>Kalenteri (*.ics)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="165"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-asiakirja (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SavedText</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="46"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n tapahtuma</numerusform>
            <numerusform>%n tapahtumaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="48"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sivu</numerusform>
            <numerusform>%n sivua</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="50"/>
        <source>Wrote %1 files (%2) to %3</source>
        <translation>Kirjoitettiin %1 tiedostoa (%2) kansioon %3</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="52"/>
        <source>Wrote %1 to %2</source>
        <translation>Kirjoitettiin %1 tiedostoon %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="54"/>
        <source>%1. Left out: %2</source>
        <translation>%1. Jätetty pois: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="56"/>
        <source>%1 and %2 more</source>
        <translation>%1 ja %2 muuta</translation>
    </message>
</context>
<context>
    <name>SchedulerRun</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="28"/>
        <source>&amp;Run the scheduler…</source>
        <translation>&amp;Aja aikatauluttaja…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="31"/>
        <source>Schedule the requests; locked meetings stay, the others are replaced</source>
        <translation>Aikatauluta pyynnöt; lukitut tapaamiset säilyvät, muut korvataan</translation>
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
        <translation>Kuinka kauan aikatauluttaja saa etsiä parempaa aikataulua</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="67"/>
        <source>Run the scheduler</source>
        <translation>Aja aikatauluttaja</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="73"/>
        <source>Schedule ready: %1. Undo with Ctrl+Z.</source>
        <translation>Aikataulu valmis: %1. Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="77"/>
        <source>schedule the meetings</source>
        <translation>tapaamisten aikataulutus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="79"/>
        <source>Scheduling the requested meetings…</source>
        <translation>Aikataulutetaan pyydettyjä tapaamisia…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="79"/>
        <source>B2B meetings</source>
        <translation>B2B-tapaamiset</translation>
    </message>
</context>
<context>
    <name>ServiceWords</name>
    <message>
        <location filename="../../pimap_desktop/domain/enums.py" line="30"/>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>”%1” ei ole mikään näistä: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="274"/>
        <source>no e-mail address given</source>
        <translation>sähköpostiosoitetta ei annettu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="284"/>
        <source>&apos;%1&apos; is not a valid e-mail address: %2</source>
        <translation>”%1” ei ole kelvollinen sähköpostiosoite: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="299"/>
        <source>An e-mail address must have an @-sign.</source>
        <translation>Sähköpostiosoitteessa pitää olla @-merkki.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="300"/>
        <source>There must be something before the @-sign.</source>
        <translation>Ennen @-merkkiä pitää olla jotain.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="301"/>
        <source>There must be something after the @-sign.</source>
        <translation>@-merkin jälkeen pitää olla jotain.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="302"/>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>@-merkin jälkeinen osa ei kelpaa. Siinä pitäisi olla piste.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="303"/>
        <source>An e-mail address cannot have two periods in a row.</source>
        <translation>Sähköpostiosoitteessa ei voi olla kahta pistettä peräkkäin.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="304"/>
        <source>An e-mail address cannot start with a period.</source>
        <translation>Sähköpostiosoite ei voi alkaa pisteellä.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="305"/>
        <source>An e-mail address cannot have a period immediately before the @-sign.</source>
        <translation>Sähköpostiosoitteessa ei voi olla pistettä juuri ennen @-merkkiä.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="307"/>
        <source>The part after the @-sign is not valid. It is not within a valid top-level domain.</source>
        <translation>@-merkin jälkeinen osa ei kelpaa. Se ei ole kelvollisen ylätason verkkotunnuksen alla.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="315"/>
        <source>The e-mail address contains invalid characters before the @-sign: %1.</source>
        <translation>Sähköpostiosoitteessa on kelvottomia merkkejä ennen @-merkkiä: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="320"/>
        <source>The part after the @-sign contains invalid characters: %1.</source>
        <translation>@-merkin jälkeisessä osassa on kelvottomia merkkejä: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="355"/>
        <source>&apos;%1&apos; is not a language PIMAP makes documents in (English, French, Swedish, Portuguese or Finnish)</source>
        <translation>”%1” ei ole kieli, jolla PIMAP tekee asiakirjoja (englanti, ranska, ruotsi, portugali tai suomi)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="327"/>
        <source>registered in %1</source>
        <translation>ilmoittautunut matkaan %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="702"/>
        <source>no e-mail address</source>
        <translation>ei sähköpostiosoitetta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="720"/>
        <source>the same e-mail as row %1; only that row is imported</source>
        <translation>sama sähköpostiosoite kuin rivillä %1; vain se rivi tuodaan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="729"/>
        <source>no last name</source>
        <translation>ei sukunimeä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="731"/>
        <source>no first name</source>
        <translation>ei etunimeä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="807"/>
        <source>first name</source>
        <translation>etunimi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="808"/>
        <source>last name</source>
        <translation>sukunimi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="809"/>
        <source>job title</source>
        <translation>tehtävänimike</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="810"/>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="811"/>
        <source>badge name</source>
        <translation>nimi nimikyltissä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="812"/>
        <source>diet</source>
        <translation>ruokavalio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="813"/>
        <source>accessibility</source>
        <translation>esteettömyys</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="814"/>
        <source>languages</source>
        <translation>kielet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="815"/>
        <source>preferred language</source>
        <translation>toivottu kieli</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="816"/>
        <source>consent to be listed</source>
        <translation>suostumus listalle</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="817"/>
        <source>consent to be contacted</source>
        <translation>suostumus yhteydenottoihin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="818"/>
        <source>consent date</source>
        <translation>suostumuksen päivämäärä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="819"/>
        <source>notes</source>
        <translation>muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="820"/>
        <source>organisation</source>
        <translation>organisaatio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="821"/>
        <source>role</source>
        <translation>rooli</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="822"/>
        <source>status</source>
        <translation>tila</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="823"/>
        <source>arrival</source>
        <translation>saapuminen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="824"/>
        <source>departure</source>
        <translation>lähtö</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="825"/>
        <source>hotel</source>
        <translation>hotelli</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="827"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="827"/>
        <source>no</source>
        <translation>ei</translation>
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
        <translation>”%1” ei ole päivämäärä, jonka PIMAP voi sijoittaa aikavyöhykkeelle %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1008"/>
        <source>the arrival (%1) is after the departure</source>
        <translation>saapuminen (%1) on lähdön jälkeen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1036"/>
        <source>&apos;%1&apos; is not a country PIMAP knows; use a name or a two-letter code</source>
        <translation>PIMAP ei tunne maata ”%1”; käytä nimeä tai kaksikirjaimista koodia</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1134"/>
        <source>arrives %1</source>
        <translation>saapuu %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1136"/>
        <source>leaves %1</source>
        <translation>lähtee %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1141"/>
        <source>registered in %1 (%2)</source>
        <translation>ilmoittautunut matkaan %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1143"/>
        <source>registered in %1 (%2, %3)</source>
        <translation>ilmoittautunut matkaan %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="106"/>
        <source>&apos;%1&apos; is not a date: there is no month %2</source>
        <translation>”%1” ei ole päivämäärä: kuukautta %2 ei ole</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="111"/>
        <source>&apos;%1&apos; is not a date: there is no day %2 in that month</source>
        <translation>”%1” ei ole päivämäärä: siinä kuussa ei ole päivää %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="120"/>
        <source>&apos;%1&apos; is not a date: the year should have four digits</source>
        <translation>”%1” ei ole päivämäärä: vuodessa pitää olla neljä numeroa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="128"/>
        <location filename="../../pimap_desktop/services/importing/values.py" line="152"/>
        <source>&apos;%1&apos; is not a date: use day/month/year or YYYY-MM-DD</source>
        <translation>”%1” ei ole päivämäärä: kirjoita päivä/kuukausi/vuosi tai VVVV-KK-PP</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="148"/>
        <source>&apos;%1&apos; is not a date: &apos;%2&apos; is not a month</source>
        <translation>”%1” ei ole päivämäärä: ”%2” ei ole kuukausi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="159"/>
        <source>&apos;%1&apos; is not a date: give the day, the month and a four-digit year</source>
        <translation>”%1” ei ole päivämäärä: anna päivä, kuukausi ja nelinumeroinen vuosi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="182"/>
        <source>&apos;%1&apos; has a time zone; give the local time of the mission without one</source>
        <translation>”%1” sisältää aikavyöhykkeen; anna matkan paikallinen aika ilman vyöhykettä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="193"/>
        <source>&apos;%1&apos; is not a time: %2 %3 does not exist</source>
        <translation>”%1” ei ole kellonaika: %2 %3 ei ole olemassa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="198"/>
        <source>&apos;%1&apos; is not a time of day</source>
        <translation>”%1” ei ole vuorokaudenaika</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="210"/>
        <source>no date given</source>
        <translation>päivämäärää ei annettu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="269"/>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>”%1” ei ole kyllä eikä ei</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="71"/>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="72"/>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="73"/>
        <source>Full name</source>
        <translation>Koko nimi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="74"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="75"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="76"/>
        <source>Job title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="77"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="78"/>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="79"/>
        <source>City</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="80"/>
        <source>Website</source>
        <translation>Verkkosivusto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="81"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="82"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="83"/>
        <source>Arrival</source>
        <translation>Saapuminen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="84"/>
        <source>Departure</source>
        <translation>Lähtö</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="85"/>
        <source>Hotel</source>
        <translation>Hotelli</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="86"/>
        <source>Badge name</source>
        <translation>Nimi nimikyltissä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="87"/>
        <source>Diet</source>
        <translation>Ruokavalio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="88"/>
        <source>Accessibility</source>
        <translation>Esteettömyys</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="89"/>
        <source>Preferred language</source>
        <translation>Toivottu kieli</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="90"/>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="91"/>
        <source>Consent to be listed</source>
        <translation>Suostumus listalle</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="92"/>
        <source>Consent to be contacted</source>
        <translation>Suostumus yhteydenottoihin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="93"/>
        <source>Consent date</source>
        <translation>Suostumuksen päivämäärä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="94"/>
        <source>Sectors</source>
        <translation>Toimialat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="95"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="119"/>
        <source>The session ends (%1) before it starts (%2).</source>
        <translation>Tapaamisjakso päättyy (%1) ennen kuin se alkaa (%2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="123"/>
        <source>A slot lasts between 5 and 240 minutes.</source>
        <translation>Aikaväli kestää 5–240 minuuttia.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="127"/>
        <source>A break lasts between 0 and 120 minutes.</source>
        <translation>Tauko kestää 0–120 minuuttia.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="131"/>
        <source>A session has between 1 and 1,000 tables.</source>
        <translation>Tapaamisjaksossa on 1–1 000 pöytää.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="137"/>
        <source>No %1-minute slot fits between %2 and %3.</source>
        <translation>%1 minuutin aikaväli ei mahdu välille %2–%3.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="239"/>
        <source>The mission has no B2B session &apos;%1&apos;.</source>
        <translation>Matkalla ei ole B2B-tapaamisjaksoa ”%1”.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="346"/>
        <source>A priority is 1 (highest), 2 or 3.</source>
        <translation>Prioriteetti on 1 (korkein), 2 tai 3.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="362"/>
        <source>Nobody can ask to meet themselves.</source>
        <translation>Kukaan ei voi pyytää tapaamista itsensä kanssa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="374"/>
        <source>Both people must be registered in the mission.</source>
        <translation>Molempien henkilöiden pitää olla ilmoittautuneina matkalle.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="411"/>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="463"/>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="975"/>
        <source>That meeting request no longer exists.</source>
        <translation>Tapaamispyyntöä ei enää ole.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="507"/>
        <source>An availability window must end after it starts.</source>
        <translation>Saatavuusjakson pitää päättyä alkunsa jälkeen.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="647"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1579"/>
        <source>That meeting no longer exists.</source>
        <translation>Tapaamista ei enää ole.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="730"/>
        <source>%1 at %2 was just taken by another meeting (a colleague&apos;s change); nothing was changed.</source>
        <translation>%1 klo %2 varattiin juuri toiselle tapaamiselle (kollegan muutos); mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="739"/>
        <source>A table and slot was just taken by another meeting (a colleague&apos;s change); nothing was changed.</source>
        <translation>Pöytä ja aikaväli varattiin juuri toiselle tapaamiselle (kollegan muutos); mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="757"/>
        <source>that slot is not in the session</source>
        <translation>aikaväli ei kuulu tapaamisjaksoon</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="761"/>
        <source>that table is not in the session</source>
        <translation>pöytä ei kuulu tapaamisjaksoon</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="779"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1535"/>
        <source>%1 is taken by %2</source>
        <translation>%1 on varattu: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="784"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1541"/>
        <source>%1 is already meeting %2 at that time</source>
        <translation>%1 tapaa jo henkilön %2 samaan aikaan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="790"/>
        <source>%1 is not available at that time</source>
        <translation>%1 ei ole tavoitettavissa silloin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="797"/>
        <source>another meeting</source>
        <translation>toinen tapaaminen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="832"/>
        <source>That meeting has no place in a B2B session.</source>
        <translation>Tapaamisella ei ole paikkaa B2B-tapaamisjaksossa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="837"/>
        <source>That meeting no longer matches a slot of its session.</source>
        <translation>Tapaaminen ei enää vastaa tapaamisjaksonsa aikaväliä.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="846"/>
        <source>that meeting no longer exists</source>
        <translation>tapaamista ei ole enää</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="849"/>
        <source>that B2B session no longer exists</source>
        <translation>B2B-tapaamisjaksoa ei ole enää</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="880"/>
        <source>The meeting cannot move there: %1.</source>
        <translation>Tapaamista ei voi siirtää sinne: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="934"/>
        <source>That B2B session no longer exists.</source>
        <translation>B2B-tapaamisjaksoa ei enää ole.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="944"/>
        <source>The meeting cannot go there: %1.</source>
        <translation>Tapaamista ei voi sijoittaa sinne: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="997"/>
        <source>There is no slot and table where both are free and available; free one by hand (move or cancel a meeting) and try again.</source>
        <translation>Ei ole aikaväliä ja pöytää, jossa molemmat ovat vapaina ja tavoitettavissa; vapauta sellainen käsin (siirrä tai peru tapaaminen) ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="772"/>
        <source>That registration is not in this mission.</source>
        <translation>Ilmoittautuminen ei kuulu tähän matkaan.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1022"/>
        <source>Give the first name.</source>
        <translation>Anna etunimi.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1024"/>
        <source>Give the last name.</source>
        <translation>Anna sukunimi.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1042"/>
        <source>Give the organisation&apos;s country (a code such as FR).</source>
        <translation>Anna organisaation maa (koodi, kuten FR).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1109"/>
        <source>%1 is already registered: check them in from the list instead.</source>
        <translation>%1 on jo ilmoittautunut: kirjaa hänet saapuneeksi listasta.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1173"/>
        <source>That delegation is not in this mission.</source>
        <translation>Valtuuskunta ei kuulu tähän matkaan.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1273"/>
        <source>This walk-in has meetings or meeting requests since: remove the registration from the mission&apos;s list instead.</source>
        <translation>Paikan päällä ilmoittautuneella on sittemmin tapaamisia tai tapaamispyyntöjä: poista ilmoittautuminen sen sijaan matkan listalta.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1552"/>
        <source>nobody</source>
        <translation>ei ketään</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1564"/>
        <source>Some of those meetings no longer exist.</source>
        <translation>Osa tapaamisista ei ole enää olemassa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/text.py" line="103"/>
        <source>%1 and %2</source>
        <translation>%1 ja %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/text.py" line="108"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="180"/>
        <source>That person is no longer in the directory.</source>
        <translation>Henkilöä ei enää ole osoitteistossa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="189"/>
        <source>Nobody in the directory has the e-mail &apos;%1&apos;.</source>
        <translation>Kenelläkään osoitteistossa ei ole sähköpostiosoitetta ”%1”.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="199"/>
        <source>A person needs a last name.</source>
        <translation>Henkilöllä pitää olla sukunimi.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="201"/>
        <source>A person needs a first name.</source>
        <translation>Henkilöllä pitää olla etunimi.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="210"/>
        <source>Give the date on which the consent was given.</source>
        <translation>Anna päivämäärä, jona suostumus annettiin.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="215"/>
        <source>&apos;%1&apos; is not a language PIMAP makes documents in.</source>
        <translation>”%1” ei ole kieli, jolla PIMAP tekee asiakirjoja.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="240"/>
        <source>%1 is already the e-mail of %2: the same e-mail is the same person (merge the two if they are one).</source>
        <translation>%1 on jo henkilön %2 sähköpostiosoite: sama sähköpostiosoite on sama henkilö (yhdistä kaksi, jos he ovat yksi).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="402"/>
        <source>That organisation is no longer in the directory.</source>
        <translation>Organisaatiota ei enää ole osoitteistossa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="409"/>
        <source>An organisation needs a name.</source>
        <translation>Organisaatiolla pitää olla nimi.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="414"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1036"/>
        <source>The country &apos;%1&apos; should be a two-letter code such as FR.</source>
        <translation>Maan ”%1” pitää olla kaksikirjaiminen koodi, kuten FR.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="531"/>
        <source>Choose two different people to merge.</source>
        <translation>Valitse kaksi eri henkilöä yhdistettäväksi.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="638"/>
        <source>Choose two different organisations to merge.</source>
        <translation>Valitse kaksi eri organisaatiota yhdistettäväksi.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="378"/>
        <source>That follow-up no longer exists; it may have been deleted.</source>
        <translation>Seurantaa ei enää ole; se on ehkä poistettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="386"/>
        <source>That organisation no longer exists; choose another.</source>
        <translation>Organisaatiota ei enää ole; valitse toinen.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="387"/>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="388"/>
        <source>That person no longer exists; choose another.</source>
        <translation>Henkilöä ei enää ole; valitse toinen.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="407"/>
        <source>Choose an outcome.</source>
        <translation>Valitse tulos.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="412"/>
        <source>The next action is at most %1 characters; put the rest in the notes.</source>
        <translation>Seuraava toimenpide on enintään %1 merkkiä; kirjoita loput muistiinpanoihin.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="426"/>
        <source>A follow-up without a meeting needs an organisation or a contact.</source>
        <translation>Seurannalla ilman tapaamista pitää olla organisaatio tai yhteyshenkilö.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="442"/>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="557"/>
        <source>That meeting no longer exists; choose another.</source>
        <translation>Tapaamista ei enää ole; valitse toinen.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="446"/>
        <source>That meeting belongs to another mission.</source>
        <translation>Tapaaminen kuuluu toiseen matkaan.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="478"/>
        <source>That organisation was not in that meeting: choose one of its participants&apos; organisations, or leave it empty for the meeting&apos;s counterpart.</source>
        <translation>Organisaatio ei ollut tapaamisessa: valitse jonkin osallistujan organisaatio tai jätä tyhjäksi, niin käytetään tapaamisen vastapuolta.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="488"/>
        <source>That person was not in that meeting and works for none of its organisations: choose one of its participants, or leave it empty for the meeting&apos;s counterpart.</source>
        <translation>Henkilö ei ollut tapaamisessa eikä työskentele sen organisaatioissa: valitse joku osallistujista tai jätä tyhjäksi, niin käytetään tapaamisen vastapuolta.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="562"/>
        <source>That meeting was cancelled; record the follow-up for the contact instead.</source>
        <translation>Tapaaminen peruttiin; kirjaa seuranta sen sijaan yhteyshenkilölle.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="131"/>
        <source>A mission needs a code, such as PW2027.</source>
        <translation>Matkalla pitää olla koodi, kuten PW2027.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="135"/>
        <source>The code &apos;%1&apos; may only hold letters, digits, &apos;-&apos; and &apos;_&apos; (2 to 20 characters).</source>
        <translation>Koodissa ”%1” saa olla vain kirjaimia, numeroita, ”-” ja ”_” (2–20 merkkiä).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="142"/>
        <source>A mission needs a name.</source>
        <translation>Matkalla pitää olla nimi.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="144"/>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="219"/>
        <source>name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="145"/>
        <source>city</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="146"/>
        <source>host event</source>
        <translation>Isäntätapahtuma</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="151"/>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="961"/>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="93"/>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="218"/>
        <source>The %1 is too long (%2 characters; at most %3).</source>
        <translation>%1: liian pitkä (%2 merkkiä; enintään %3).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="159"/>
        <source>The mission ends (%1) before it starts (%2).</source>
        <translation>Matka päättyy (%1) ennen kuin se alkaa (%2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="169"/>
        <source>The country &apos;%1&apos; should be a two-letter code such as US or FI.</source>
        <translation>Maan ”%1” pitää olla kaksikirjaiminen koodi, kuten US tai FI.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="598"/>
        <source>There is no cluster called &apos;%1&apos;.</source>
        <translation>Klusteria nimeltä ”%1” ei ole.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="605"/>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="693"/>
        <source>That cluster no longer exists; it may have been deleted.</source>
        <translation>Klusteria ei enää ole; se on ehkä poistettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="676"/>
        <source>A target is for a mission or for a year, not both: a mission&apos;s year is that of its dates.</source>
        <translation>Tavoite on matkalle tai vuodelle, ei molemmille: matkan vuosi on sen päivämäärien vuosi.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="683"/>
        <source>Choose a mission or a year to set targets for.</source>
        <translation>Valitse matka tai vuosi, jolle tavoitteet asetetaan.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="686"/>
        <source>%1 is not a year like 2027.</source>
        <translation>%1 ei ole vuosi, kuten 2027.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="689"/>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="1574"/>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="234"/>
        <source>That mission no longer exists; it may have been deleted.</source>
        <translation>Matkaa ei enää ole; se on ehkä poistettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="703"/>
        <source>The target for %1 cannot be negative; leave it empty for no target.</source>
        <translation>Tavoite (%1) ei voi olla negatiivinen; jätä se tyhjäksi, jos tavoitetta ei ole.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="710"/>
        <source>The target for %1 is too large (at most %2).</source>
        <translation>Tavoite (%1) on liian suuri (enintään %2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="243"/>
        <source>There is no mission with the code &apos;%1&apos;.</source>
        <translation>Koodilla ”%1” ei ole matkaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="274"/>
        <source>The code %1 is already used by another mission.</source>
        <translation>Koodi %1 on jo toisen matkan käytössä.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="286"/>
        <source>One of the chosen clusters no longer exists.</source>
        <translation>Yksi valituista klustereista ei ole enää olemassa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="395"/>
        <source>No free code could be found for the copy.</source>
        <translation>Kopiolle ei löytynyt vapaata koodia.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="574"/>
        <source>A programme item needs a title.</source>
        <translation>Ohjelmakohdalla pitää olla otsikko.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="580"/>
        <source>The item ends (%1) before it starts (%2).</source>
        <translation>Kohta päättyy (%1) ennen kuin se alkaa (%2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="583"/>
        <source>A programme item lasts at most 24 hours.</source>
        <translation>Ohjelmakohta kestää enintään 24 tuntia.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="108"/>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="588"/>
        <source>%1 is outside the mission %2 (%3 to %4).</source>
        <translation>%1 on matkan %2 ulkopuolella (%3–%4).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="598"/>
        <source>Choose the delegation this item is for.</source>
        <translation>Valitse valtuuskunta, jolle kohta on tarkoitettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="602"/>
        <source>Choose the roles this item is for.</source>
        <translation>Valitse roolit, joille kohta on tarkoitettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="623"/>
        <source>An item cannot be the alternative to itself, even through other items.</source>
        <translation>Kohta ei voi olla oma vaihtoehtonsa, ei muidenkaan kohtien kautta.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="631"/>
        <source>The item this one is the alternative to is not on this mission&apos;s programme.</source>
        <translation>Kohta, jonka vaihtoehto tämä on, ei ole tämän matkan ohjelmassa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="700"/>
        <source>That programme item no longer exists.</source>
        <translation>Ohjelmakohtaa ei enää ole.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="956"/>
        <source>A practical note needs a title, such as “Entry to the US”.</source>
        <translation>Käytännön tiedolla pitää olla otsikko, kuten ”Maahantulo Yhdysvaltoihin”.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="962"/>
        <source>title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="970"/>
        <source>A practical note is for everyone, a delegation or some roles.</source>
        <translation>Käytännön tieto on kaikille, yhdelle valtuuskunnalle tai joillekin rooleille.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="976"/>
        <source>Choose one of %1&apos;s delegations for this note.</source>
        <translation>Valitse jokin matkan %1 valtuuskunnista tälle tiedolle.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="981"/>
        <source>Choose the roles this note is for.</source>
        <translation>Valitse roolit, joille tieto on tarkoitettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="1047"/>
        <source>That practical note no longer exists.</source>
        <translation>Käytännön tietoa ei enää ole.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="511"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="698"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="986"/>
        <location filename="../../pimap_desktop/services/registrations/registrations.py" line="176"/>
        <source>That registration no longer exists.</source>
        <translation>Ilmoittautumista ei enää ole.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/registrations/registrations.py" line="207"/>
        <source>The arrival (%1) is after the departure (%2).</source>
        <translation>Saapuminen (%1) on lähdön (%2) jälkeen.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/exporting.py" line="309"/>
        <source>%1 is a folder; give a file name to write to.</source>
        <translation>%1 on kansio; anna tiedostonimi, johon kirjoitetaan.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/exporting.py" line="322"/>
        <location filename="../../pimap_desktop/services/exporting.py" line="337"/>
        <source>%1 cannot be written: %2.</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/exporting.py" line="340"/>
        <source>The folder %1 does not exist.</source>
        <translation>Kansiota %1 ei ole.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="94"/>
        <source>funding statement</source>
        <translation>Rahoitusmaininta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="151"/>
        <source>%1 is too large for an emblem (%2 MB; at most %3 MB).</source>
        <translation>%1 on liian suuri tunnukseksi (%2 Mt; enintään %3 Mt).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="161"/>
        <source>%1 cannot be read: %2.</source>
        <translation>Tiedostoa %1 ei voi lukea: %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="175"/>
        <source>%1 is not a picture PIMAP can print: choose a PNG or JPEG file (an SVG must be saved as PNG first).</source>
        <translation>%1 ei ole kuva, jonka PIMAP voi tulostaa: valitse PNG- tai JPEG-tiedosto (SVG pitää ensin tallentaa PNG-muotoon).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="212"/>
        <source>Name the emblem, such as the partnership&apos;s or the funder&apos;s name.</source>
        <translation>Anna tunnukselle nimi, esimerkiksi kumppanuuden tai rahoittajan nimi.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="249"/>
        <source>That emblem was already removed.</source>
        <translation>Tunnus on jo poistettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="257"/>
        <source>That emblem no longer exists.</source>
        <translation>Tunnusta ei enää ole.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/agenda.py" line="255"/>
        <source>Choose at least one person to print a personal agenda for.</source>
        <translation>Valitse vähintään yksi henkilö, jolle tulostetaan henkilökohtainen ohjelma.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/catalogue.py" line="201"/>
        <source>No organisation to list in the catalogue of %1: nobody taking part (invited, registered or confirmed) belongs to an organisation.</source>
        <translation>Matkan %1 luetteloon ei ole listattavia organisaatioita: yksikään osallistuja (kutsuttu, ilmoittautunut tai vahvistettu) ei kuulu organisaatioon.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/catalogue.py" line="217"/>
        <source>No organisation to list in the catalogue of %1: the organisation taking part has no participant who agreed to be listed.</source>
        <translation>Matkan %1 luetteloon ei ole listattavia organisaatioita: osallistuvalla organisaatiolla ei ole osallistujaa, joka olisi suostunut listalle.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/catalogue.py" line="223"/>
        <source>No organisation to list in the catalogue of %1: none of the %2 organisations taking part has a participant who agreed to be listed.</source>
        <translation>Matkan %1 luetteloon ei ole listattavia organisaatioita: yhdelläkään %2 osallistuvasta organisaatiosta ei ole osallistujaa, joka olisi suostunut listalle.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/packs.py" line="195"/>
        <source>Choose at least one person to print a pack for.</source>
        <translation>Valitse vähintään yksi henkilö, jolle tulostetaan osallistujapaketti.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/packs.py" line="198"/>
        <source>Nobody is registered on %1 with a status that travels: there is no pack to print.</source>
        <translation>Kukaan ei ole ilmoittautunut matkalle %1 matkustavalla tilalla: tulostettavaa pakettia ei ole.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/tableplan.py" line="226"/>
        <source>No meeting is scheduled in the B2B session %1 yet, so there is no table plan to print. Run the scheduler first (B2B meetings ▸ Run the scheduler, or pimap schedule --mission %2).</source>
        <translation>B2B-tapaamisjaksoon %1 ei ole vielä aikataulutettu tapaamisia, joten tulostettavaa pöytäsuunnitelmaa ei ole. Aja ensin aikatauluttaja (B2B-tapaamiset ▸ Aja aikatauluttaja, tai pimap schedule --mission %2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/tableplan.py" line="233"/>
        <source>No meeting is scheduled in any of %1&apos;s %2 B2B sessions yet, so there is no table plan to print. Run the scheduler first (B2B meetings ▸ Run the scheduler, or pimap schedule --mission %1).</source>
        <translation>Matkan %1 yhteenkään %2 B2B-tapaamisjaksosta ei ole vielä aikataulutettu tapaamisia, joten tulostettavaa pöytäsuunnitelmaa ei ole. Aja ensin aikatauluttaja (B2B-tapaamiset ▸ Aja aikatauluttaja, tai pimap schedule --mission %1).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/tableplan.py" line="259"/>
        <source>%1 has no B2B session; add one on the B2B page first.</source>
        <translation>Matkalla %1 ei ole B2B-tapaamisjaksoa; lisää ensin sellainen B2B-sivulla.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/tableplan.py" line="267"/>
        <source>That B2B session is not one of %1&apos;s; it may have been deleted.</source>
        <translation>B2B-tapaamisjakso ei kuulu matkaan %1; se on ehkä poistettu.</translation>
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
        <translation>valinnainen: Sali A; Sali B; … (pöytäjärjestyksessä)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="92"/>
        <source>Names of the tables or rooms, in order, separated by ; or commas. Tables without a name are called Table 1, Table 2, …</source>
        <translation>Pöytien tai salien nimet järjestyksessä, eroteltuina puolipisteillä tai pilkuilla. Nimettömien pöytien nimet ovat Table 1, Table 2, …</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="98"/>
        <source>B2B meetings</source>
        <translation>B2B-tapaamiset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="108"/>
        <source>&amp;Day:</source>
        <translation>&amp;Päivä:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="109"/>
        <source>&amp;From:</source>
        <translation>&amp;Alkaa:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="110"/>
        <source>&amp;To:</source>
        <translation>&amp;Loppuu:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="112"/>
        <source>&amp;Slot length:</source>
        <translation>Aikavälin pi&amp;tuus:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="113"/>
        <source>&amp;Break between slots:</source>
        <translation>Ta&amp;uko aikavälien välissä:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="114"/>
        <source>T&amp;ables:</source>
        <translation>Pö&amp;ydät:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="115"/>
        <source>Table &amp;names:</source>
        <translation>Pöytien &amp;nimet:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="116"/>
        <source>&amp;Name:</source>
        <translation>Ni&amp;mi:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="120"/>
        <source>Times in the mission&apos;s zone (%1). Meetings that no longer fit are listed before anything changes; they go back to the requests.</source>
        <translation>Ajat matkan aikavyöhykkeellä (%1). Tapaamiset, jotka eivät enää mahdu, luetellaan ennen kuin mitään muutetaan; ne palaavat pyyntöihin.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="127"/>
        <source>Times in the mission&apos;s zone (%1). The session is added to the programme.</source>
        <translation>Ajat matkan aikavyöhykkeellä (%1). Tapaamisjakso lisätään ohjelmaan.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="170"/>
        <source>No %1-minute slot fits between %2 and %3.</source>
        <translation>Yksikään %1 minuutin aikaväli ei mahdu välille %2–%3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="176"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n pöytä</numerusform>
            <numerusform>%n pöytää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="179"/>
        <source>%n slot(s) of %1 min with %2-min breaks, %3–%4, %5 = %6 meetings at most</source>
        <translation>
            <numerusform>%n %1 minuutin aikaväli %2 minuutin tauoin, %3–%4, %5 = enintään %6 tapaamista</numerusform>
            <numerusform>%n %1 minuutin aikaväliä %2 minuutin tauoin, %3–%4, %5 = enintään %6 tapaamista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="185"/>
        <source>%n slot(s) of %1 min, %3–%4, %5 = %6 meetings at most</source>
        <translation>
            <numerusform>%n %1 minuutin aikaväli, %3–%4, %5 = enintään %6 tapaamista</numerusform>
            <numerusform>%n %1 minuutin aikaväliä, %3–%4, %5 = enintään %6 tapaamista</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="197"/>
        <source>%1 (the last slot ends at %2)</source>
        <translation>%1 (viimeinen aikaväli päättyy klo %2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="209"/>
        <source>Local time in %1 (%2)</source>
        <translation>Paikallinen aika: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SessionRemovalText</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="278"/>
        <source>removed (it was cancelled)</source>
        <translation>poistetaan (se oli peruttu)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="280"/>
        <source>removed (placed by hand, no request)</source>
        <translation>poistetaan (sijoitettu käsin, ei pyyntöä)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="281"/>
        <source>back to the requests</source>
        <translation>takaisin pyyntöihin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="285"/>
        <source>slot gone</source>
        <translation>aikaväli poistuu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="286"/>
        <source>table removed</source>
        <translation>pöytä poistetaan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="287"/>
        <source>deleted</source>
        <translation>poistetaan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="326"/>
        <source>Delete “%1”, its tables and its place in the programme? It has no meetings.</source>
        <translation>Poistetaanko ”%1”, sen pöydät ja sen paikka ohjelmassa? Sillä ei ole tapaamisia.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="332"/>
        <source>Delete “%1”, its tables and its place in the programme? These %n meetings are removed with it</source>
        <translation>
            <numerusform>Poistetaanko ”%1”, sen pöydät ja sen paikka ohjelmassa? Tämä tapaaminen (%n) poistuu sen mukana</numerusform>
            <numerusform>Poistetaanko ”%1”, sen pöydät ja sen paikka ohjelmassa? Nämä %n tapaamista poistuvat sen mukana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="341"/>
        <source>These %n meetings no longer fit “%1”</source>
        <translation>
            <numerusform>%n tapaaminen ei enää mahdu jaksoon ”%1”</numerusform>
            <numerusform>Nämä %n tapaamista eivät enää mahdu jaksoon ”%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="344"/>
        <source>%1 and go back to the requests:</source>
        <translation>
            <numerusform>%1 ja palaa pyyntöihin:</numerusform>
            <numerusform>%1 ja palaavat pyyntöihin:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="346"/>
        <source>%1; none has a request to go back to:</source>
        <translation>%1; millään niistä ei ole pyyntöä, johon palata:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="347"/>
        <source>%1; %n of them go back to the requests:</source>
        <translation>
            <numerusform>%1; niistä %n palaa pyyntöihin:</numerusform>
            <numerusform>%1; niistä %n palaa pyyntöihin:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="32"/>
        <source>&amp;Edit session…</source>
        <translation>&amp;Muokkaa tapaamisjaksoa…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="34"/>
        <source>Change the day, times, slots, tables or name of the session shown</source>
        <translation>Muuta näytetyn tapaamisjakson päivää, aikoja, aikavälejä, pöytiä tai nimeä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="38"/>
        <source>De&amp;lete session…</source>
        <translation>P&amp;oista tapaamisjakso…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="40"/>
        <source>Delete the session shown; its meetings go back to the requests</source>
        <translation>Poista näytetty tapaamisjakso; sen tapaamiset palaavat pyyntöihin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="44"/>
        <source>A&amp;dd session…</source>
        <translation>Lisää tapaamis&amp;jakso…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="46"/>
        <source>A B2B session: a day&apos;s window cut into meeting slots, with its tables</source>
        <translation>B2B-tapaamisjakso: päivän aikaikkuna jaettuna tapaamisten aikaväleihin, pöytineen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="68"/>
        <source>edit the session</source>
        <translation>tapaamisjakson muokkaus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="95"/>
        <source>Edit the B2B session</source>
        <translation>Muokkaa B2B-tapaamisjaksoa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="99"/>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="123"/>
        <source>%1 Undo with Ctrl+Z.</source>
        <translation>%1 Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="118"/>
        <source>delete the session</source>
        <translation>tapaamisjakson poisto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="152"/>
        <source>Add a B2B session</source>
        <translation>B2B-tapaamisjakson lisäys</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="167"/>
        <source>Session “%1” added. Undo with Ctrl+Z.</source>
        <translation>Tapaamisjakso ”%1” lisätty. Ctrl+Z kumoaa.</translation>
    </message>
</context>
<context>
    <name>TargetSpinBox</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="120"/>
        <source>A whole number; clear the box (or go below 0) for no target</source>
        <translation>Kokonaisluku; tyhjennä kenttä (tai mene alle 0:n), jos tavoitetta ei ole</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="157"/>
        <source>KPI targets</source>
        <translation>KPI-tavoitteet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="161"/>
        <source>&lt;b&gt;Targets of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tavoitteet: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="166"/>
        <source>Target</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="168"/>
        <source>Actual</source>
        <translation>Toteuma</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="173"/>
        <source>Target for %1</source>
        <translation>Tavoite: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="187"/>
        <source>%1&lt;br&gt;%2 means no target: clear the box for none.</source>
        <translation>%1&lt;br&gt;%2 tarkoittaa, ettei tavoitetta ole: tyhjennä kenttä, jos tavoitetta ei tarvita.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="203"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
</context>
<context>
    <name>TimeZoneCombo</name>
    <message>
        <location filename="../../pimap_desktop/gui/widgets.py" line="106"/>
        <source>type a city, e.g. Helsinki or San Francisco</source>
        <translation>kirjoita kaupunki, esim. Helsinki tai San Francisco</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_canvas.py" line="40"/>
        <source>Programme timeline</source>
        <translation>Ohjelman aikajana</translation>
    </message>
</context>
<context>
    <name>UnscheduledPane</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="72"/>
        <source>Requester</source>
        <translation>Pyytäjä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="72"/>
        <source>Target</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="72"/>
        <source>Why no meeting</source>
        <translation>Miksi ei tapaamista</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="96"/>
        <source>No meeting has been requested yet.</source>
        <translation>Tapaamisia ei ole vielä pyydetty.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="100"/>
        <source>All %1 requested meetings are scheduled.</source>
        <translation>Kaikki %1 pyydettyä tapaamista on aikataulutettu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="102"/>
        <source>The one requested meeting is scheduled.</source>
        <translation>Ainoa pyydetty tapaaminen on aikataulutettu.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="73"/>
        <source>Walk-in registration</source>
        <translation>Ilmoittautuminen paikan päällä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="79"/>
        <source>optional; finds them if they are in the directory</source>
        <translation>valinnainen; löytää henkilön, jos hän on osoitteistossa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="81"/>
        <source>optional</source>
        <translation>valinnainen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="84"/>
        <source>e.g. FR</source>
        <translation>esim. FR</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="90"/>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="93"/>
        <source>Check in now</source>
        <translation>Kirjaa saapuneeksi nyt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="96"/>
        <source>&amp;First name</source>
        <translation>&amp;Etunimi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="97"/>
        <source>&amp;Last name</source>
        <translation>&amp;Sukunimi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="98"/>
        <source>&amp;E-mail</source>
        <translation>Sä&amp;hköposti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="99"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisaatio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="100"/>
        <source>&amp;Country</source>
        <translation>&amp;Maa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="101"/>
        <source>&amp;Role</source>
        <translation>&amp;Rooli</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="102"/>
        <source>&amp;Delegation</source>
        <translation>&amp;Valtuuskunta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="108"/>
        <source>&amp;Register</source>
        <translation>&amp;Ilmoita</translation>
    </message>
</context>
<context>
    <name>WhoBox</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="32"/>
        <source>Everyone on the mission</source>
        <translation>Kaikki matkalla olevat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="33"/>
        <source>People selected on the Registrations page</source>
        <translation>Ilmoittautumiset-sivulla valitut henkilöt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="34"/>
        <source>One person</source>
        <translation>Yksi henkilö</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="51"/>
        <source>Who</source>
        <translation>Ketkä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="66"/>
        <source>type a name or an organisation</source>
        <translation>kirjoita nimi tai organisaatio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="71"/>
        <source>For:</source>
        <translation>Kenelle:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="72"/>
        <source>Person:</source>
        <translation>Henkilö:</translation>
    </message>
</context>
<context>
    <name>WishesImportDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="63"/>
        <source>Import wish forms</source>
        <translation>Tuo toivelomakkeet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="74"/>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="147"/>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="93"/>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="115"/>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="94"/>
        <source>Participant</source>
        <translation>Osallistuja</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="95"/>
        <source>New</source>
        <translation>Uudet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="96"/>
        <source>Changed</source>
        <translation>Muuttuneet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="97"/>
        <source>Unchanged</source>
        <translation>Ennallaan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="98"/>
        <source>Availability</source>
        <translation>Tavoitettavuus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="109"/>
        <source>refused</source>
        <translation>hylätty</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="115"/>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="115"/>
        <source>Column</source>
        <translation>Sarake</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="115"/>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="119"/>
        <source>whole file</source>
        <translation>koko tiedosto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="126"/>
        <source>Files</source>
        <translation>Tiedostot</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="134"/>
        <source>No problems</source>
        <translation>Ei ongelmia</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="130"/>
        <source>&lt;b&gt;Problems (%1)&lt;/b&gt; — these rows are left out; the rest is imported</source>
        <translation>&lt;b&gt;Ongelmat (%1)&lt;/b&gt; — nämä rivit jätetään pois; muut tuodaan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="140"/>
        <source>Nothing is written until you import; one Undo takes the import back.</source>
        <translation>Mitään ei tallenneta ennen tuontia; yksi kumoaminen peruu koko tuonnin.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="147"/>
        <source>Nothing to import</source>
        <translation>Ei tuotavaa</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../pimap_desktop/gui/app.py" line="96"/>
        <source>PIMAP Desktop was started again on this database: this is it.</source>
        <translation>PIMAP Desktop käynnistettiin uudelleen tällä tietokannalla: tämä on se.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/app.py" line="152"/>
        <source>Give the database as a file or with --db, not both.</source>
        <translation>Anna tietokanta joko tiedostona tai valitsimella --db, ei molempia.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/app.py" line="158"/>
        <source>%1 is not a PIMAP database: PIMAP Desktop opens .pimap and .sqlite files.</source>
        <translation>%1 ei ole PIMAP-tietokanta: PIMAP Desktop avaa .pimap- ja .sqlite-tiedostoja.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/app.py" line="167"/>
        <source>There is no PIMAP database at %1.</source>
        <translation>Sijainnissa %1 ei ole PIMAP-tietokantaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/app.py" line="179"/>
        <source>PIMAP Desktop cannot open the database</source>
        <translation>PIMAP Desktop ei voi avata tietokantaa</translation>
    </message>
</context>
<context>
    <name>b2b.grid</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="42"/>
        <source>Scheduled</source>
        <translation>Aikataulutettu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="43"/>
        <source>Held</source>
        <translation>Pidetty</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="44"/>
        <source>No-show</source>
        <translation>Ei saapunut</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="45"/>
        <source>Locked (the scheduler leaves it)</source>
        <translation>Lukittu (aikatauluttaja ei siirrä sitä)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="46"/>
        <source>Not available</source>
        <translation>Ei tavoitettavissa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="108"/>
        <source>locked (the scheduler leaves it here)</source>
        <translation>lukittu (aikatauluttaja jättää sen tähän)</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="56"/>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="81"/>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="86"/>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="100"/>
        <source>Job title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="102"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="120"/>
        <source>Sectors</source>
        <translation>Toimialat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="108"/>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="57"/>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="30"/>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="133"/>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="49"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="109"/>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="58"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="111"/>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="60"/>
        <source>City</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="64"/>
        <source>Dates</source>
        <translation>Päivämäärät</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="74"/>
        <source>Time zone</source>
        <translation>Aikavyöhyke</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="75"/>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="114"/>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="64"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="77"/>
        <source>Registrations</source>
        <translation>Ilmoittautumiset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="35"/>
        <source>Requester</source>
        <translation>Pyytäjä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="39"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="90"/>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="31"/>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="137"/>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="55"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="41"/>
        <source>Wants to meet</source>
        <translation>Haluaa tavata</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="45"/>
        <source>Their organisation</source>
        <translation>Kohteen organisaatio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="47"/>
        <source>Priority</source>
        <translation>Prioriteetti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="53"/>
        <source>Mutual</source>
        <translation>Vastavuoroinen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="56"/>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="61"/>
        <source>Score</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="67"/>
        <source>Should ask</source>
        <translation>Pitäisi pyytää</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="72"/>
        <source>To meet</source>
        <translation>Tavattava</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="77"/>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="304"/>
        <source>Why</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="293"/>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="174"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="298"/>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="175"/>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="107"/>
        <source>Table</source>
        <translation>Pöytä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="302"/>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="69"/>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="312"/>
        <source>Afterwards</source>
        <translation>Jälkeenpäin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="37"/>
        <source>Conf.</source>
        <translation>Vahv.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="38"/>
        <source>Reg.</source>
        <translation>Ilm.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="39"/>
        <source>Inv.</source>
        <translation>Kuts.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="40"/>
        <source>Wait.</source>
        <translation>Jono</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="41"/>
        <source>Canc.</source>
        <translation>Per.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="42"/>
        <source>No-show</source>
        <translation>Ei saapunut</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="65"/>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="67"/>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="93"/>
        <source>The delegation (or cluster, or country)</source>
        <translation>Valtuuskunta (tai klusteri tai maa)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="94"/>
        <source>All registrations</source>
        <translation>Kaikki ilmoittautumiset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="91"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="110"/>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="39"/>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="138"/>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="59"/>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="81"/>
        <source>Taken</source>
        <translation>Otettu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="82"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="84"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="94"/>
        <source>Missions</source>
        <translation>Matkat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="89"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="113"/>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="43"/>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="92"/>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="112"/>
        <source>Organisations</source>
        <translation>Organisaatiot</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="101"/>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="44"/>
        <source>SMEs</source>
        <translation>Pk-yritykset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="97"/>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="45"/>
        <source>Meetings</source>
        <translation>Tapaamiset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="46"/>
        <source>Follow-ups</source>
        <translation>Jatkotoimet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="47"/>
        <source>Agreements</source>
        <translation>Sopimukset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="48"/>
        <source>MoUs</source>
        <translation>Aiesopimukset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="51"/>
        <source>The organisation&apos;s country</source>
        <translation>Organisaation maa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="52"/>
        <source>Participants: distinct people with a confirmed or checked-in registration</source>
        <translation>Osallistujat: eri henkilöt, joilla on vahvistettu tai saapuneeksi kirjattu ilmoittautuminen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="55"/>
        <source>Distinct SMEs engaged</source>
        <translation>Osallistuneet eri pk-yritykset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="56"/>
        <source>Meetings held with someone from this country</source>
        <translation>Pidetyt tapaamiset tämän maan edustajan kanssa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="57"/>
        <source>Follow-ups involving an organisation from this country</source>
        <translation>Jatkotoimet, joissa on mukana organisaatio tästä maasta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="58"/>
        <source>Agreements or contracts signed</source>
        <translation>Allekirjoitetut sopimukset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="59"/>
        <source>MoUs signed</source>
        <translation>Allekirjoitetut aiesopimukset</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="92"/>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="139"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="118"/>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="61"/>
        <source>Cluster</source>
        <translation>Klusteri</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="63"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="56"/>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="32"/>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="66"/>
        <source>Delegation</source>
        <translation>Valtuuskunta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="57"/>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="33"/>
        <source>Checked in</source>
        <translation>Saapuneet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="58"/>
        <source>Expected</source>
        <translation>Odotetut</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="59"/>
        <source>To come</source>
        <translation>Tulossa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="71"/>
        <source>Arrival</source>
        <translation>Saapuminen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="76"/>
        <source>Departure</source>
        <translation>Lähtö</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="80"/>
        <source>Hotel</source>
        <translation>Hotelli</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="81"/>
        <source>Diet</source>
        <translation>Ruokavalio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="83"/>
        <source>Badges</source>
        <translation>Nimikyltit</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="60"/>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="62"/>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="67"/>
        <source>Mission</source>
        <translation>Matka</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="75"/>
        <source>Our organisation</source>
        <translation>Oma organisaatio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="80"/>
        <source>Counterpart</source>
        <translation>Vastapuoli</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="83"/>
        <source>Contact</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="85"/>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="90"/>
        <source>Next action</source>
        <translation>Seuraava toimi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="94"/>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="96"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="105"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="111"/>
        <source>Participants (✓ checked in)</source>
        <translation>Osallistujat (✓ saapunut)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="125"/>
        <source>Late</source>
        <translation>Myöhässä</translation>
    </message>
</context>
<context>
    <name>connect.dialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="85"/>
        <source>Connect without encryption?</source>
        <translation>Yhdistetäänkö ilman salausta?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="87"/>
        <source>The password and the data would cross the network unencrypted: anyone on the way to %1 (a hotel or a fair&apos;s Wi-Fi, for one) could read them.</source>
        <translation>Salasana ja tiedot kulkisivat verkon yli salaamattomina: kuka tahansa matkalla palvelimeen %1 (esimerkiksi hotellin tai messujen Wi-Fi-verkossa) voisi lukea ne.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="98"/>
        <source>Turn it off only when the server&apos;s administrator says that the server cannot encrypt. PIMAP still encrypts whenever the server offers it.</source>
        <translation>Poista salaus käytöstä vain, jos palvelimen ylläpitäjä kertoo, ettei palvelin pysty salaamaan. PIMAP salaa silti aina, kun palvelin tarjoaa salausta.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="105"/>
        <source>Turn encryption off</source>
        <translation>Poista salaus käytöstä</translation>
    </message>
</context>
<context>
    <name>connect.recent</name>
    <message>
        <location filename="../../pimap_desktop/gui/connect/recent.py" line="29"/>
        <source>No recent databases</source>
        <translation>Ei viimeaikaisia tietokantoja</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/recent.py" line="30"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Tyhjennä luettelo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/recent.py" line="108"/>
        <source>%1 — as %2</source>
        <translation>%1 — käyttäjänä %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/recent.py" line="148"/>
        <source>Open &amp;recent</source>
        <translation>Avaa viim&amp;eaikainen</translation>
    </message>
</context>
<context>
    <name>directory.dialogs</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="45"/>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../pimap_desktop/gui/errors.py" line="26"/>
        <source>Could not %1</source>
        <translation>Toiminto epäonnistui: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/errors.py" line="44"/>
        <source>Something unexpected went wrong; nothing was saved by the failed action.

The details are in the log file:
%1</source>
        <translation>Tapahtui odottamaton virhe; epäonnistunut toiminto ei tallentanut mitään.

Tiedot ovat lokitiedostossa:
%1</translation>
    </message>
</context>
<context>
    <name>exports.desktop</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/desktop.py" line="25"/>
        <source>Print the badge</source>
        <translation>Tulosta nimikyltti</translation>
    </message>
</context>
<context>
    <name>importing.commands</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/commands.py" line="38"/>
        <source>Import %1</source>
        <translation>Tuonti: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/commands.py" line="49"/>
        <source>%1 created, %2 updated, %3 unchanged</source>
        <translation>%1 luotu, %2 päivitetty, %3 ennallaan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/commands.py" line="56"/>
        <source>, %1 skipped</source>
        <translation>, %1 ohitettu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/commands.py" line="60"/>
        <source>; %1 newly registered in the mission</source>
        <translation>; %1 uutta ilmoittautumista matkalle</translation>
    </message>
</context>
<context>
    <name>kpi.country_table</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="27"/>
        <source>No country</source>
        <translation>Ei maata</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="105"/>
        <source>By country</source>
        <translation>Maittain</translation>
    </message>
</context>
<context>
    <name>missions.commands</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/commands.py" line="47"/>
        <source>Add “%1”</source>
        <translation>Kohdan ”%1” lisäys</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/commands.py" line="79"/>
        <source>Edit “%1”</source>
        <translation>Kohdan ”%1” muokkaus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/commands.py" line="96"/>
        <source>Delete “%1”</source>
        <translation>Kohdan ”%1” poisto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/commands.py" line="129"/>
        <source>Import %1</source>
        <translation>Tuonti: %1</translation>
    </message>
</context>
<context>
    <name>missions.mission_dialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="79"/>
        <source>%1 now (%2)</source>
        <translation>%1 nyt (%2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="81"/>
        <source>%1 now</source>
        <translation>%1 nyt</translation>
    </message>
</context>
<context>
    <name>missions.notes_dialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="56"/>
        <source>Delete practical note</source>
        <translation>Poista käytännön tieto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="58"/>
        <source>Delete the practical note “%1”?

This cannot be undone.</source>
        <translation>Poistetaanko käytännön tieto ”%1”?

Tätä ei voi kumota.</translation>
    </message>
</context>
<context>
    <name>missions.timeline</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_geometry.py" line="30"/>
        <source>No programme items yet. Use Add item to plan the first one.</source>
        <translation>Ei vielä ohjelmakohtia. Suunnittele ensimmäinen valitsemalla Lisää kohta.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_geometry.py" line="207"/>
        <source>Nothing planned on %1.</source>
        <translation>Päivälle %1 ei ole suunniteltu mitään.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_geometry.py" line="211"/>
        <source>No programme items on these days.</source>
        <translation>Näille päiville ei ole ohjelmakohtia.</translation>
    </message>
</context>
<context>
    <name>missions.timeline_text</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="21"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="22"/>
        <source>Tue</source>
        <translation>ti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="23"/>
        <source>Wed</source>
        <translation>ke</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="24"/>
        <source>Thu</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="25"/>
        <source>Fri</source>
        <translation>pe</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="26"/>
        <source>Sat</source>
        <translation>la</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="27"/>
        <source>Sun</source>
        <translation>su</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="30"/>
        <source>Jan</source>
        <translation>tammik.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="31"/>
        <source>Feb</source>
        <translation>helmik.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="32"/>
        <source>Mar</source>
        <translation>maalisk.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="33"/>
        <source>Apr</source>
        <translation>huhtik.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="34"/>
        <source>May</source>
        <translation>toukok.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="35"/>
        <source>Jun</source>
        <translation>kesäk.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="36"/>
        <source>Jul</source>
        <translation>heinäk.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="37"/>
        <source>Aug</source>
        <translation>elok.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="38"/>
        <source>Sep</source>
        <translation>syysk.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="39"/>
        <source>Oct</source>
        <translation>lokak.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="40"/>
        <source>Nov</source>
        <translation>marrask.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="41"/>
        <source>Dec</source>
        <translation>jouluk.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="48"/>
        <source>%1 %2 %3</source>
        <comment>day label: weekday, day, month</comment>
        <translation>%1 %2. %3</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="80"/>
        <source>Times in the mission&apos;s local time (%1)</source>
        <translation>Ajat matkan paikallista aikaa (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="85"/>
        <source>Times in the mission&apos;s local time</source>
        <translation>Ajat matkan paikallista aikaa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="90"/>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="128"/>
        <source>Times in %1 (%2)</source>
        <translation>Ajat aikavyöhykkeellä %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="94"/>
        <source>Times in %1</source>
        <translation>Ajat aikavyöhykkeellä %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="107"/>
        <source>Times in %1 (%2, %3)</source>
        <translation>Ajat aikavyöhykkeellä %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="114"/>
        <source>%1 until %2</source>
        <translation>%1 %2 asti</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="121"/>
        <source>then %1 from %2</source>
        <translation>sitten %1 %2 alkaen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="158"/>
        <source>Venue: %1</source>
        <translation>Tapahtumapaikka: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="165"/>
        <source>Room: %1</source>
        <translation>Sali: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="172"/>
        <source>Audience: %1</source>
        <translation>Yleisö: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="181"/>
        <source>⚠ Same room as: %1</source>
        <translation>⚠ Sama sali kuin: %1</translation>
    </message>
</context>
<context>
    <name>onsite.checkin_desk</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="235"/>
        <source>Checked in %1. Undo with Ctrl+Z.</source>
        <translation>%1 kirjattu saapuneeksi. Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="240"/>
        <source>%1 Enter: let in and confirm; Esc: not now.</source>
        <translation>%1 Enter: päästä sisään ja vahvista; Esc: ei nyt.</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../pimap_desktop/gui/operations.py" line="258"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/operations.py" line="284"/>
        <source>Cancelling…</source>
        <translation>Peruutetaan…</translation>
    </message>
</context>
<context>
    <name>registrations.registration_table</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="41"/>
        <source>%1, last %2</source>
        <translation>%1, viimeksi %2</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../pimap_desktop/gui/undo.py" line="42"/>
        <source>This step can no longer be undone or redone: the records it concerns were changed or deleted since. Nothing was changed now.</source>
        <translation>Tätä vaihetta ei voi enää kumota eikä tehdä uudelleen: sen koskemia tietueita on sittemmin muutettu tai poistettu. Mitään ei muutettu nyt.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/undo.py" line="82"/>
        <source>redo “%1”</source>
        <translation>vaiheen ”%1” tekeminen uudelleen</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/undo.py" line="85"/>
        <source>undo “%1”</source>
        <translation>vaiheen ”%1” kumoaminen</translation>
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
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/widgets.py" line="225"/>
        <source>CSV, semicolons (*.csv)</source>
        <translation>CSV, puolipisteet (*.csv)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/widgets.py" line="226"/>
        <source>CSV, commas (*.csv)</source>
        <translation>CSV, pilkut (*.csv)</translation>
    </message>
</context>
</TS>
