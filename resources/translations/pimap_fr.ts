<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AddPeopleDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="153"/>
        <source>Add people to the mission</source>
        <translation>Ajouter des personnes à la mission</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="159"/>
        <source>Search the directory: name, organisation, country, e-mail…</source>
        <translation>Rechercher dans l&apos;annuaire&#xa0;: nom, organisation, pays, e-mail…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="180"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="181"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="188"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="206"/>
        <source>Select one or more people (Ctrl or Shift to select several).</source>
        <translation>Sélectionnez une ou plusieurs personnes (Ctrl ou Shift pour en sélectionner plusieurs).</translation>
    </message>
</context>
<context>
    <name>AgendaImportDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="613"/>
        <source>Import agenda</source>
        <translation>Importer un agenda</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="616"/>
        <source>&lt;b&gt;Import %1 into %2 — %3?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Importer %1 dans %2 — %3&#xa0;?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="629"/>
        <source>Times are read in the event&apos;s own zone and shown in %1.</source>
        <translation>Les heures sont lues dans le fuseau propre à chaque événement et affichées dans le fuseau %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="633"/>
        <source>Items keep the kind, room and audience you set in PIMAP; the file sets titles, times, descriptions and places.</source>
        <translation>Les éléments gardent le type, la salle et le public définis dans PIMAP&#xa0;; le fichier fixe les titres, horaires, descriptions et lieux.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="640"/>
        <source>Removed: items from this file whose event is now cancelled or no longer in it.</source>
        <translation>Supprimés&#xa0;: les éléments de ce fichier dont l&apos;événement est désormais annulé ou n&apos;y figure plus.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="643"/>
        <source>Edit ▸ Undo takes the whole import back.</source>
        <translation>Édition ▸ Annuler défait toute l&apos;importation.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="648"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="674"/>
        <source>%1; %n event(s) skipped:</source>
        <translation>
            <numerusform>%1&#xa0;; %n événement ignoré&#xa0;:</numerusform>
            <numerusform>%1&#xa0;; %n événements ignorés&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="59"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="60"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="61"/>
        <source>Named</source>
        <translation>Nominatif</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="62"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>AvailabilityDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="102"/>
        <source>Availability — %1</source>
        <translation>Disponibilités — %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="111"/>
        <source>Times in %1 (the mission&apos;s local time). With no window, %2 can meet during every session.</source>
        <translation>Heures du fuseau %1 (heure locale de la mission). Sans plage horaire, %2 peut avoir des rendez-vous pendant toutes les sessions.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="126"/>
        <source>Available in these &amp;sessions</source>
        <translation>Disponible pendant ces &amp;sessions</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="148"/>
        <source>&amp;Add window</source>
        <translation>&amp;Ajouter une plage</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="150"/>
        <source>&amp;Change</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="152"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="155"/>
        <source>Day:</source>
        <translation>Jour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="157"/>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="159"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="164"/>
        <source>&amp;Windows in which they can meet</source>
        <translation>&amp;Plages où la personne peut avoir des rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="196"/>
        <source>(outside every B2B session)</source>
        <translation>(en dehors de toute session B2B)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="219"/>
        <source>Not available in any session.</source>
        <translation>Indisponible pendant toutes les sessions.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="221"/>
        <source>No window: available during every session.</source>
        <translation>Aucune plage&#xa0;: disponible pendant toutes les sessions.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="268"/>
        <source>A window must end after it starts.</source>
        <translation>Une plage doit finir après son début.</translation>
    </message>
</context>
<context>
    <name>AvailabilitySteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="25"/>
        <source>A&amp;vailability…</source>
        <translation>&amp;Disponibilités…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="27"/>
        <source>When the chosen person can meet (double-click a person&apos;s row)</source>
        <translation>Quand la personne choisie peut avoir des rendez-vous (double-cliquez sur la ligne d&apos;une personne)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="31"/>
        <source>&amp;Not available this session</source>
        <translation>Indisponible pendant &amp;cette session</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="33"/>
        <source>The chosen person cannot meet during the session of the chosen slot</source>
        <translation>La personne choisie ne peut pas avoir de rendez-vous pendant la session du créneau choisi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="59"/>
        <source>change the availability</source>
        <translation>modification des disponibilités</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="67"/>
        <source>%1 Undo with Ctrl+Z.</source>
        <translation>%1 Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="88"/>
        <source>Availability of %1 changed.</source>
        <translation>Disponibilités de %1 modifiées.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="103"/>
        <source>%1 is available in “%2”.</source>
        <translation>%1 est disponible pendant «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="105"/>
        <source>%1 is not available in “%2”.</source>
        <translation>%1 n&apos;est pas disponible pendant «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>B2BImportDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="102"/>
        <source>Import %1 — %2</source>
        <translation>Importer %1 — %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="111"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="117"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="117"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="117"/>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="131"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="147"/>
        <source>Nothing is written until you import; one Undo takes the import back.</source>
        <translation>Rien n&apos;est écrit avant l&apos;importation&#xa0;; une seule annulation la défait entièrement.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="171"/>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="187"/>
        <source>Columns: %1</source>
        <translation>Colonnes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="223"/>
        <source>%1 new, %2 to update, %3 unchanged, %4 skipped</source>
        <translation>%1 nouveaux, %2 à mettre à jour, %3 inchangés, %4 ignorés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="230"/>
        <source>(their problems are listed; the other rows are imported)</source>
        <translation>(leurs problèmes sont indiqués&#xa0;; les autres lignes sont importées)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="237"/>
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Importer %n ligne</numerusform>
            <numerusform>Importer %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="237"/>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
</context>
<context>
    <name>B2BImportText</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="47"/>
        <source>comma-separated</source>
        <translation>séparateur virgule</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="48"/>
        <source>semicolon-separated</source>
        <translation>séparateur point-virgule</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="49"/>
        <source>tab-separated</source>
        <translation>séparateur tabulation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="60"/>
        <source>meeting requests</source>
        <translation>demandes de rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="61"/>
        <source>availability</source>
        <translation>disponibilités</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="67"/>
        <source>sheet “%1”</source>
        <translation>feuille «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="70"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="80"/>
        <source>%1-separated</source>
        <translation>séparateur %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="82"/>
        <source>%1: %2, %n row(s) of data</source>
        <translation>
            <numerusform>%1&#xa0;: %2, %n ligne de données</numerusform>
            <numerusform>%1&#xa0;: %2, %n lignes de données</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>B2BPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="115"/>
        <source>read the meetings</source>
        <translation>lecture des rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="230"/>
        <source>&amp;Tables × slots</source>
        <translation>&amp;Tables × créneaux</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="231"/>
        <source>&amp;People × slots</source>
        <translation>&amp;Personnes × créneaux</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="232"/>
        <source>&amp;Requests</source>
        <translation>&amp;Demandes</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="233"/>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="387"/>
        <source>&amp;Unscheduled</source>
        <translation>&amp;Non planifiés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="261"/>
        <source>Session:</source>
        <translation>Session&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="263"/>
        <source>Time limit:</source>
        <translation>Temps limite&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="266"/>
        <source>B2B meetings</source>
        <translation>Rendez-vous B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="363"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="387"/>
        <source>&amp;Unscheduled (%1)</source>
        <translation>&amp;Non planifiés (%1)</translation>
    </message>
</context>
<context>
    <name>B2BSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="53"/>
        <source>Add a B2B session</source>
        <translation>Ajouter une session B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="80"/>
        <source>Change the B2B session “%1”</source>
        <translation>Modifier la session B2B «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="82"/>
        <source>Delete the B2B session “%1”</source>
        <translation>Supprimer la session B2B «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="115"/>
        <source>Add a meeting request</source>
        <translation>Ajouter une demande de rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="136"/>
        <source>Remove a meeting request</source>
        <translation>Retirer une demande de rendez-vous</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="138"/>
        <source>Remove %n meeting request(s)</source>
        <translation>
            <numerusform>Retirer %n demande de rendez-vous</numerusform>
            <numerusform>Retirer %n demandes de rendez-vous</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="170"/>
        <source>Change a meeting request</source>
        <translation>Modifier une demande de rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="193"/>
        <source>Set priority %1</source>
        <translation>Définir la priorité %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="212"/>
        <source>Import %1 from %2</source>
        <translation>Importer %1 depuis %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="230"/>
        <source>Change the availability of %1</source>
        <translation>Modifier les disponibilités de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="250"/>
        <source>Import %n wish form(s)</source>
        <translation>
            <numerusform>Importer %n formulaire de souhaits</numerusform>
            <numerusform>Importer %n formulaires de souhaits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="300"/>
        <source>Move a meeting</source>
        <translation>Déplacer un rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="319"/>
        <source>Lock meetings</source>
        <translation>Verrouiller des rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="319"/>
        <source>Unlock meetings</source>
        <translation>Déverrouiller des rendez-vous</translation>
    </message>
</context>
<context>
    <name>B2BSummary</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="54"/>
        <source>%1; %2; %3, %4 locked.</source>
        <translation>%1&#xa0;; %2&#xa0;; %3, dont %4 verrouillés.</translation>
    </message>
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
            <numerusform>%n paire demandée</numerusform>
            <numerusform>%n paires demandées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="57"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="61"/>
        <source>%n requested pair(s) without a meeting.</source>
        <translation>
            <numerusform>%n paire demandée sans rendez-vous.</numerusform>
            <numerusform>%n paires demandées sans rendez-vous.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="63"/>
        <source>Last run: %1.</source>
        <translation>Dernière exécution&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="48"/>
        <source>No backups yet: File ▸ Back up now makes one.</source>
        <translation>Aucune sauvegarde pour l&apos;instant&#xa0;: Fichier ▸ Sauvegarder maintenant en crée une.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="65"/>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="66"/>
        <source>Back up now</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="67"/>
        <source>Before an upgrade</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="68"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="69"/>
        <source>Before the demo data</source>
        <translation>Avant les données de démonstration</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="70"/>
        <source>Before a deletion</source>
        <translation>Avant une suppression</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="247"/>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="277"/>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="248"/>
        <source>Backups of this database are made by its server.</source>
        <translation>Les sauvegardes de cette base de données sont faites par son serveur.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="253"/>
        <source>The backup was restored but the database could not be opened again: %1 Restart PIMAP Desktop.</source>
        <translation>La sauvegarde a été restaurée, mais la base de données n&apos;a pas pu être rouverte&#xa0;: %1 Redémarrez PIMAP Desktop.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="270"/>
        <source>Restored %1.</source>
        <translation>Restauration effectuée&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="271"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="274"/>
        <source>restore the backup</source>
        <translation>restauration de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="276"/>
        <source>Restoring the backup (the current state is backed up first)…</source>
        <translation>Restauration de la sauvegarde (l&apos;état actuel est d&apos;abord sauvegardé)…</translation>
    </message>
</context>
<context>
    <name>BadgePrinter</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="76"/>
        <source>Badge — %1</source>
        <translation>Badge — %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="76"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="82"/>
        <source>Badge not printed.</source>
        <translation>Badge non imprimé.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="87"/>
        <source>Could not print the badge</source>
        <translation>Impossible d&apos;imprimer le badge</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="89"/>
        <source>The printer did not accept the badge. Check that it is on and try again, or save the badge as a PDF.</source>
        <translation>L&apos;imprimante n&apos;a pas accepté le badge. Vérifiez qu&apos;elle est allumée et réessayez, ou enregistrez le badge en PDF.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="97"/>
        <source>print the badge</source>
        <translation>impression du badge</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="104"/>
        <source>Badge of %1 sent to %2.</source>
        <translation>Badge de %1 envoyé vers %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="106"/>
        <source>the printer</source>
        <translation>l&apos;imprimante</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="121"/>
        <source>Save the badge</source>
        <translation>Enregistrer le badge</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="123"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="143"/>
        <source>save the badge</source>
        <translation>enregistrement du badge</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="146"/>
        <source>Badge of %1 saved to %2.</source>
        <translation>Badge de %1 enregistré dans %2.</translation>
    </message>
</context>
<context>
    <name>BrandingDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="48"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="54"/>
        <source>Printed documents carry the logos of each mission&apos;s organising clusters. Add the partnership&apos;s and the funders&apos; emblems to print beside them on every document. PIMAP&apos;s own logo appears only when none of them is set.</source>
        <translation>Les documents imprimés portent les logos des clusters qui organisent chaque mission. Ajoutez les emblèmes du partenariat et des financeurs pour qu&apos;ils soient imprimés à côté, sur chaque document. Le logo de PIMAP n&apos;apparaît que si aucun d&apos;eux n&apos;est défini.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="60"/>
        <source>Printed at the foot of every page of the KPI report and the follow-up log, and on the cover of each attendee pack.</source>
        <translation>Imprimée en bas de chaque page du rapport KPI et du journal des suivis, et sur la couverture de chaque dossier participant.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="86"/>
        <source>Branding</source>
        <translation>Identité visuelle</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="95"/>
        <source>No emblem yet: documents show the clusters&apos; logos only.</source>
        <translation>Aucun emblème pour l&apos;instant&#xa0;: les documents ne portent que les logos des clusters.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="97"/>
        <source>Add partnership emblem…</source>
        <translation>Ajouter l&apos;emblème du partenariat…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="98"/>
        <source>Add funder emblem…</source>
        <translation>Ajouter un emblème de financeur…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="99"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="109"/>
        <source>&amp;Funding statement</source>
        <translation>&amp;Mention de financement</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="114"/>
        <source>For example: Co-funded by … under grant agreement No … . Views and opinions expressed are those of the partners only.</source>
        <translation>Par exemple&#xa0;: Cofinancé par … au titre de la convention de subvention n° … . Les points de vue et avis exprimés n&apos;engagent que les partenaires.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="137"/>
        <source>&lt;b&gt;Emblems&lt;/b&gt; (partnership first, then funders)</source>
        <translation>&lt;b&gt;Emblèmes&lt;/b&gt; (le partenariat d&apos;abord, puis les financeurs)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="174"/>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="174"/>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="176"/>
        <source>Partnership emblem: %1</source>
        <translation>Emblème du partenariat&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="176"/>
        <source>Funder emblem: %1</source>
        <translation>Emblème de financeur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="190"/>
        <source>Choose the partnership emblem</source>
        <translation>Choisir l&apos;emblème du partenariat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="192"/>
        <source>Choose the funder emblem</source>
        <translation>Choisir l&apos;emblème du financeur</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="200"/>
        <source>Name of the emblem</source>
        <translation>Nom de l&apos;emblème</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="201"/>
        <source>Whose emblem is it? (the partnership&apos;s name)</source>
        <translation>À qui est cet emblème&#xa0;? (nom du partenariat)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="203"/>
        <source>Whose emblem is it? (the funder&apos;s name)</source>
        <translation>À qui est cet emblème&#xa0;? (nom du financeur)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="222"/>
        <source>Name the emblem, such as the partnership&apos;s or the funder&apos;s name.</source>
        <translation>Nommez l&apos;emblème, par exemple du nom du partenariat ou du financeur.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="248"/>
        <source>The funding statement is too long (%1 characters; at most %2).</source>
        <translation>La mention de financement est trop longue (%1 caractères&#xa0;; %2 au maximum).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="270"/>
        <source>save the branding</source>
        <translation>enregistrement de l&apos;identité visuelle</translation>
    </message>
</context>
<context>
    <name>BringBackPreview</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="373"/>
        <source>Bring back an offline copy</source>
        <translation>Réintégrer une copie hors ligne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="405"/>
        <source>%n conflict(s): the same thing was changed here and on the laptop, or one side deleted what the other changed. This database&apos;s value is kept unless you choose the laptop&apos;s.</source>
        <translation>
            <numerusform>%n conflit&#xa0;: la même donnée a été modifiée ici et sur le portable, ou un côté a supprimé ce que l&apos;autre a modifié. La valeur de cette base est gardée, sauf si vous choisissez celle du portable.</numerusform>
            <numerusform>%n conflits&#xa0;: la même donnée a été modifiée ici et sur le portable, ou un côté a supprimé ce que l&apos;autre a modifié. La valeur de cette base est gardée, sauf si vous choisissez celle du portable.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="415"/>
        <source>&amp;Keep all here</source>
        <translation>&amp;Tout garder ici</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="417"/>
        <source>&amp;Take all the laptop&apos;s</source>
        <translation>Tout &amp;prendre du portable</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="425"/>
        <source>A backup of this database is taken first. The conflicts are listed in a workbook beside the copy.</source>
        <translation>Une sauvegarde de cette base est d&apos;abord effectuée. Les conflits sont listés dans un classeur à côté de la copie.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="429"/>
        <source>A backup of this database is taken first.</source>
        <translation>Une sauvegarde de cette base est d&apos;abord effectuée.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="435"/>
        <source>&amp;Bring back</source>
        <translation>&amp;Réintégrer</translation>
    </message>
</context>
<context>
    <name>CalendarPreview</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="117"/>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="118"/>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="119"/>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="120"/>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="121"/>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="122"/>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="123"/>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="126"/>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="127"/>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="128"/>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="129"/>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="130"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="131"/>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="132"/>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="133"/>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="134"/>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="135"/>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="136"/>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="137"/>
        <source>Dec</source>
        <translation>déc.</translation>
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
            <numerusform>%n événement du fichier de calendrier, heures du fuseau %1 (%2).</numerusform>
            <numerusform>%n événements du fichier de calendrier, heures du fuseau %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="188"/>
        <source>The %n event(s) of the calendar file, times in %1.</source>
        <translation>
            <numerusform>%n événement du fichier de calendrier, heures du fuseau %1.</numerusform>
            <numerusform>%n événements du fichier de calendrier, heures du fuseau %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="234"/>
        <source>All day, until %1</source>
        <translation>Toute la journée, jusqu&apos;au %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="235"/>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="294"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="295"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="296"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="297"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="135"/>
        <source>Not let in</source>
        <translation>Non admis</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="138"/>
        <source>Nothing changed: still %1.</source>
        <translation>Rien n&apos;a changé&#xa0;: toujours %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="140"/>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="144"/>
        <source>%1 not let in; nothing changed.</source>
        <translation>%1 non admis&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="168"/>
        <source>check in</source>
        <translation>enregistrement de l&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="221"/>
        <source>Check-in undone</source>
        <translation>Arrivée annulée</translation>
    </message>
</context>
<context>
    <name>CheckInPanelText</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="176"/>
        <source>Invited, not registered</source>
        <translation>Invité, non inscrit</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="177"/>
        <source>On the waiting list</source>
        <translation>En liste d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="179"/>
        <source>Enter: let them in and confirm · Esc: not now (nothing changes)</source>
        <translation>Enter&#xa0;: admettre et confirmer · Esc&#xa0;: pas maintenant (rien ne change)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="193"/>
        <source>Scan a badge, or type a name or an e-mail.</source>
        <translation>Scannez un badge, ou tapez un nom ou un e-mail.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="196"/>
        <source>This badge is for %1, not %2.</source>
        <translation>Ce badge est pour %1, pas pour %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="199"/>
        <source>This badge of %1 matches nobody on its list.</source>
        <translation>Ce badge de %1 ne correspond à personne sur sa liste.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="202"/>
        <source>This code is not a PIMAP badge.</source>
        <translation>Ce code n&apos;est pas un badge PIMAP.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="205"/>
        <source>This badge code is damaged: its registration number is unreadable.</source>
        <translation>Ce code de badge est abîmé&#xa0;: son numéro d&apos;inscription est illisible.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="208"/>
        <source>This badge code names no mission.</source>
        <translation>Ce code de badge ne nomme aucune mission.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="211"/>
        <source>No registration of %1 has this number.</source>
        <translation>Aucune inscription de %1 n&apos;a ce numéro.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="214"/>
        <source>Nobody in %1 has the e-mail %2.</source>
        <translation>Personne dans %1 n&apos;a l&apos;adresse e-mail %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="217"/>
        <source>That registration is not in %1.</source>
        <translation>Cette inscription n&apos;est pas dans %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="220"/>
        <source>Nobody in %1 matches “%2”.</source>
        <translation>Personne dans %1 ne correspond à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="223"/>
        <source>%1 was invited and has not registered.</source>
        <translation>%1 a été invité(e) et ne s&apos;est pas inscrit(e).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="226"/>
        <source>%1 is on the waiting list.</source>
        <translation>%1 est en liste d&apos;attente.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="233"/>
        <source>Was invited and had not registered: now confirmed.</source>
        <translation>Était invité(e) sans s&apos;être inscrit(e)&#xa0;: désormais confirmé(e).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="236"/>
        <source>Was on the waiting list: now confirmed.</source>
        <translation>Était en liste d&apos;attente&#xa0;: désormais confirmé(e).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="239"/>
        <source>Was marked as a no-show: now confirmed.</source>
        <translation>Était marqué(e) absent(e)&#xa0;: désormais confirmé(e).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="242"/>
        <source>Was cancelled: now confirmed.</source>
        <translation>Était annulé(e)&#xa0;: désormais confirmé(e).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="253"/>
        <source>Already checked in at %1.</source>
        <translation>Arrivée déjà enregistrée à %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="256"/>
        <source>Already checked in on %1 at %2.</source>
        <translation>Arrivée déjà enregistrée le %1 à %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="268"/>
        <source>One person matches “%1”: pick them.</source>
        <translation>Une personne correspond à «&#xa0;%1&#xa0;»&#xa0;: choisissez-la.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="270"/>
        <source>%1 people match “%2”: pick one.</source>
        <translation>%1 personnes correspondent à «&#xa0;%2&#xa0;»&#xa0;: choisissez-en une.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="276"/>
        <source>Welcome, %1!</source>
        <translation>Bienvenue, %1&#xa0;!</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="278"/>
        <source>The registration of %1 is cancelled.</source>
        <translation>L&apos;inscription de %1 est annulée.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="294"/>
        <source>French AZERTY</source>
        <translation>AZERTY français</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="295"/>
        <source>Belgian AZERTY</source>
        <translation>AZERTY belge</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="296"/>
        <source>German QWERTZ</source>
        <translation>QWERTZ allemand</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="297"/>
        <source>Swiss German QWERTZ</source>
        <translation>QWERTZ suisse allemand</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="298"/>
        <source>Swiss French QWERTZ</source>
        <translation>QWERTZ suisse romand</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="299"/>
        <source>Finnish/Swedish</source>
        <translation>finnois/suédois</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="300"/>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="307"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="319"/>
        <source>The scanner types as a US keyboard on this %1 laptop: set the scanner to %1 (a setup barcode in its manual), or switch the laptop&apos;s keyboard to US while scanning.</source>
        <translation>Le lecteur tape comme un clavier US sur cet ordinateur %1&#xa0;: réglez le lecteur sur %1 (un code-barres de configuration dans son manuel), ou passez le clavier de l&apos;ordinateur en US pendant la lecture.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="326"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="329"/>
        <source>The scanner types as a US keyboard on this laptop%1: set the scanner to the laptop&apos;s layout (a setup barcode in its manual), or switch the laptop&apos;s keyboard to US while scanning.</source>
        <translation>Le lecteur tape comme un clavier US sur cet ordinateur%1&#xa0;: réglez le lecteur sur la disposition de l&apos;ordinateur (un code-barres de configuration dans son manuel), ou passez le clavier de l&apos;ordinateur en US pendant la lecture.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="337"/>
        <source>The scanner is set to another keyboard layout than this computer&apos;s (US): set the scanner to US (a setup barcode in its manual), or switch the computer&apos;s keyboard to the scanner&apos;s layout.</source>
        <translation>Le lecteur est réglé sur une autre disposition de clavier que celle de cet ordinateur (US)&#xa0;: réglez le lecteur sur US (un code-barres de configuration dans son manuel), ou passez le clavier de l&apos;ordinateur sur la disposition du lecteur.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="343"/>
        <source>The scanner is set to %1 but this computer types as a US keyboard: set the scanner to US (a setup barcode in its manual), or switch the computer&apos;s keyboard to %1.</source>
        <translation>Le lecteur est réglé sur %1 mais cet ordinateur tape comme un clavier US&#xa0;: réglez le lecteur sur US (un code-barres de configuration dans son manuel), ou passez le clavier de l&apos;ordinateur en %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="357"/>
        <source>Checked in at %1.</source>
        <translation>Arrivée enregistrée à %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="360"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="376"/>
        <source>%1: let in?</source>
        <translation>%1&#xa0;: admettre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="384"/>
        <source>Registration cancelled</source>
        <translation>Inscription annulée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="388"/>
        <source>Not checked in. Walk-in… registers them again if they may come in.</source>
        <translation>Arrivée non enregistrée. Inscription sur place… réinscrit la personne si elle peut entrer.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="394"/>
        <source>Badge of another mission: %1</source>
        <translation>Badge d&apos;une autre mission&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="395"/>
        <source>Not a badge of this mission</source>
        <translation>Ce badge n&apos;est pas de cette mission</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="400"/>
        <source>Scanned: %1</source>
        <translation>Scanné&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="403"/>
        <source>Unknown code</source>
        <translation>Code inconnu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="406"/>
        <source>Type their name or e-mail instead.</source>
        <translation>Tapez plutôt son nom ou son e-mail.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="412"/>
        <source>Pick the person</source>
        <translation>Choisissez la personne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="415"/>
        <source>Only a whole name checks in: ↓ then Enter, or a double-click.</source>
        <translation>Seul un nom complet enregistre l&apos;arrivée&#xa0;: ↓ puis Enter, ou un double-clic.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="420"/>
        <source>Several people match</source>
        <translation>Plusieurs personnes correspondent</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="423"/>
        <source>Pick one in the list: ↓ then Enter, or a double-click.</source>
        <translation>Choisissez-en une dans la liste&#xa0;: ↓ puis Enter, ou un double-clic.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="427"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="430"/>
        <source>Walk-in… registers someone new.</source>
        <translation>Inscription sur place… inscrit une nouvelle personne.</translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_tab.py" line="45"/>
        <source>Scan a badge, or type a name or an e-mail, then Enter</source>
        <translation>Scannez un badge, ou tapez un nom ou un e-mail, puis Enter</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_tab.py" line="82"/>
        <source>Checked in / expected</source>
        <translation>Arrivés / attendus</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="60"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="61"/>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="62"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="63"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="576"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="577"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="578"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="579"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="580"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="581"/>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="587"/>
        <source>Check before importing</source>
        <translation>Vérification avant import</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="607"/>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="623"/>
        <source>%1 new, %2 to update, %3 unchanged, %4 skipped</source>
        <translation>%1 nouveaux, %2 à mettre à jour, %3 inchangés, %4 ignorés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="631"/>
        <source>%1 new, %2 to update, %3 unchanged</source>
        <translation>%1 nouveaux, %2 à mettre à jour, %3 inchangés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="642"/>
        <source>%1 to register (%2).</source>
        <translation>%1 à inscrire (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="648"/>
        <source>%n row(s) with problems will not be imported; fix them in the file and import it again (the others are not duplicated).</source>
        <translation>
            <numerusform>%n ligne avec des problèmes ne sera pas importée&#xa0;; corrigez-la dans le fichier et importez-le à nouveau (les autres ne seront pas dupliquées).</numerusform>
            <numerusform>%n lignes avec des problèmes ne seront pas importées&#xa0;; corrigez-les dans le fichier et importez-le à nouveau (les autres ne seront pas dupliquées).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="657"/>
        <source>Nothing is written until you press Import.</source>
        <translation>Rien n&apos;est écrit avant que vous cliquiez sur Importer.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="663"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="349"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="209"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="210"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="211"/>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="212"/>
        <source>On the laptop</source>
        <translation>Sur le portable</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="213"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="214"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="278"/>
        <source>Which value this database keeps</source>
        <translation>La valeur que garde cette base</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="279"/>
        <source>This database cannot take the laptop&apos;s change: its own is kept</source>
        <translation>Cette base ne peut pas reprendre la modification du portable&#xa0;: la sienne est gardée</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="60"/>
        <source>connect to the team database</source>
        <translation>connexion à la base d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="61"/>
        <source>Remembered in this computer&apos;s keyring</source>
        <translation>Mémorisé dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="62"/>
        <source>The server is on this computer: nothing crosses the network.</source>
        <translation>Le serveur est sur cet ordinateur&#xa0;: rien ne passe par le réseau.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="65"/>
        <source>The password and the data are encrypted on the network (sslmode=require).</source>
        <translation>Le mot de passe et les données sont chiffrés sur le réseau (sslmode=require).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="139"/>
        <source>Connect to a team database</source>
        <translation>Se connecter à une base d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="149"/>
        <source>A PIMAP database on a PostgreSQL server that your team shares. Its administrator gives you these.</source>
        <translation>Une base de données PIMAP sur un serveur PostgreSQL partagé par votre équipe. Son administrateur vous fournit ces informations.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="157"/>
        <source>e.g. pimap.example.org</source>
        <translation>p. ex. pimap.example.org</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="162"/>
        <source>e.g. pimap</source>
        <translation>p. ex. pimap</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="166"/>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation>&amp;Mémoriser le mot de passe dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="175"/>
        <source>Require an &amp;encrypted connection (TLS)</source>
        <translation>Exiger une connexion chi&amp;ffrée (TLS)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="184"/>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="190"/>
        <source>&amp;Host</source>
        <translation>&amp;Hôte</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="191"/>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="192"/>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="193"/>
        <source>Pass&amp;word</source>
        <translation>Mot de pa&amp;sse</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="220"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="291"/>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="347"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <location filename="../../pimap_desktop/gui/widgets.py" line="146"/>
        <source>name or code, e.g. Germany or DE</source>
        <translation>nom ou code, p. ex. Allemagne ou DE</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="92"/>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 checked in</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; arrivés sur %2</translation>
    </message>
</context>
<context>
    <name>DayMeetingsModel</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="158"/>
        <source>Time (%1)</source>
        <translation>Heure (%1)</translation>
    </message>
</context>
<context>
    <name>DelegationsPanel</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="133"/>
        <source>by cluster</source>
        <translation>par cluster</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="134"/>
        <source>by country</source>
        <translation>par pays</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="149"/>
        <source>Form these delegations</source>
        <translation>Former ces délégations</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="152"/>
        <source>Make one delegation per group and put each person in theirs (programme items can then be meant for one delegation)</source>
        <translation>Créer une délégation par groupe et y placer chaque personne (des éléments du programme peuvent alors être destinés à une seule délégation)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="160"/>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
</context>
<context>
    <name>DeskCountText</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="40"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="42"/>
        <source>No delegation</source>
        <translation>Sans délégation</translation>
    </message>
</context>
<context>
    <name>DirectoryDetails</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="61"/>
        <source>no mission yet</source>
        <translation>aucune mission pour l&apos;instant</translation>
    </message>
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
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/details.py" line="72"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="76"/>
        <source>No mission yet.</source>
        <translation>Aucune mission pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="80"/>
        <source>No follow-up recorded.</source>
        <translation>Aucun suivi enregistré.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="84"/>
        <source>Nobody in the directory works here yet.</source>
        <translation>Personne dans l&apos;annuaire ne travaille encore ici.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="120"/>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="285"/>
        <source>and %1 more</source>
        <translation>et %1 autres</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="142"/>
        <source>This person was erased on request: nothing that identifies them is kept; their registrations and meetings stay so that counts remain right.</source>
        <translation>Cette personne a été effacée à sa demande&#xa0;: rien de ce qui l&apos;identifie n&apos;est conservé&#xa0;; ses inscriptions et rendez-vous restent afin que les comptages restent justes.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="156"/>
        <source>No organisation</source>
        <translation>Aucune organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="163"/>
        <source>May be listed in attendee packs and contacted</source>
        <translation>Peut figurer dans les dossiers participants et être contacté</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="165"/>
        <source>May be listed in attendee packs</source>
        <translation>Peut figurer dans les dossiers participants</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="167"/>
        <source>May be contacted</source>
        <translation>Peut être contacté</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="169"/>
        <source>None given</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="171"/>
        <source>%1 (recorded %2)</source>
        <translation>%1 (enregistré le %2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="175"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="176"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="177"/>
        <source>Badge name</source>
        <translation>Nom sur le badge</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="178"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="180"/>
        <source>Documents in</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="183"/>
        <source>Diet</source>
        <translation>Régime</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="184"/>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="185"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="191"/>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="291"/>
        <source>Missions (%1)</source>
        <translation>Missions (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="206"/>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="308"/>
        <source>Follow-ups (%1)</source>
        <translation>Suivis (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="217"/>
        <source>, due %1</source>
        <translation>, échéance %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="218"/>
        <source> — done</source>
        <translation> — fait</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="226"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="244"/>
        <source>member of %1</source>
        <translation>membre de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="250"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="251"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="252"/>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="253"/>
        <source>Technologies</source>
        <translation>Technologies</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="255"/>
        <source>Application areas</source>
        <translation>Domaines d&apos;application</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="258"/>
        <source>Value chain</source>
        <translation>Chaîne de valeur</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="260"/>
        <source>Export readiness</source>
        <translation>Maturité à l&apos;export</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="267"/>
        <source>Offers</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="268"/>
        <source>Seeks</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="269"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="274"/>
        <source>People (%1)</source>
        <translation>Personnes (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="317"/>
        <source> — next: %1</source>
        <translation> — suite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="193"/>
        <source>read the directory</source>
        <translation>lecture de l’annuaire</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="203"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="205"/>
        <source>%1 of %n people shown</source>
        <translation>
            <numerusform>Personnes affichées&#xa0;: %1 sur %n</numerusform>
            <numerusform>Personnes affichées&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="207"/>
        <source>Search people: name, organisation, e-mail, country, sector…</source>
        <translation>Rechercher des personnes&#xa0;: nom, organisation, e-mail, pays, secteur…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="208"/>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="209"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
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
            <numerusform>Organisations affichées&#xa0;: %1 sur %n</numerusform>
            <numerusform>Organisations affichées&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="221"/>
        <source>Search organisations: name, country, city, cluster, sector…</source>
        <translation>Rechercher des organisations&#xa0;: nom, pays, ville, cluster, secteur…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="222"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="223"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="230"/>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="231"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="257"/>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="278"/>
        <source>New &amp;person…</source>
        <translation>Nouvelle &amp;personne…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="281"/>
        <source>New &amp;organisation…</source>
        <translation>Nouvelle &amp;organisation…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="283"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="284"/>
        <source>&amp;Merge two…</source>
        <translation>&amp;Fusionner deux…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="286"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="291"/>
        <source>E&amp;xport this person&apos;s data…</source>
        <translation>E&amp;xporter les données de cette personne…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="293"/>
        <source>Erase this person…</source>
        <translation>Effacer cette personne…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="295"/>
        <source>Select exactly two rows, then merge them into one.</source>
        <translation>Sélectionnez exactement deux lignes, puis fusionnez-les en une seule.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="298"/>
        <source>Write everything held about the selected person to a JSON file.</source>
        <translation>Écrire tout ce qui est conservé sur la personne sélectionnée dans un fichier JSON.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="301"/>
        <source>Remove the selected person&apos;s personal data for good.</source>
        <translation>Supprimer définitivement les données personnelles de la personne sélectionnée.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="304"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="331"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;Modifier la personne…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="331"/>
        <source>&amp;Edit organisation…</source>
        <translation>&amp;Modifier l&apos;organisation…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="335"/>
        <source>&amp;Merge two people…</source>
        <translation>&amp;Fusionner deux personnes…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="335"/>
        <source>&amp;Merge two organisations…</source>
        <translation>&amp;Fusionner deux organisations…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="339"/>
        <source>&amp;Delete person…</source>
        <translation>&amp;Supprimer la personne…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="339"/>
        <source>&amp;Delete organisation…</source>
        <translation>&amp;Supprimer l&apos;organisation…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="388"/>
        <source>No country</source>
        <translation>Sans pays</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="454"/>
        <source>%n people selected</source>
        <translation>
            <numerusform>%n personne sélectionnée</numerusform>
            <numerusform>%n personnes sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="456"/>
        <source>Select a person to see their details, the missions they attended and their follow-ups. Select two to merge them.</source>
        <translation>Sélectionnez une personne pour voir ses coordonnées, les missions auxquelles elle a participé et ses suivis. Sélectionnez-en deux pour les fusionner.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="459"/>
        <source>Two people who are one can be merged: Merge two people…</source>
        <translation>Deux fiches d&apos;une même personne peuvent être fusionnées&#xa0;: Fusionner deux personnes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="474"/>
        <source>%n organisations selected</source>
        <translation>
            <numerusform>%n organisation sélectionnée</numerusform>
            <numerusform>%n organisations sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="476"/>
        <source>Select an organisation to see its profile and its people. Select two to merge them.</source>
        <translation>Sélectionnez une organisation pour voir son profil et ses membres. Sélectionnez-en deux pour les fusionner.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="480"/>
        <source>Two organisations that are one can be merged: Merge two organisations…</source>
        <translation>Deux fiches d&apos;une même organisation peuvent être fusionnées&#xa0;: Fusionner deux organisations…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="558"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="573"/>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="598"/>
        <source>%1 added.</source>
        <translation>Ajouté à l&apos;annuaire&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="622"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="641"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="625"/>
        <source>open the person</source>
        <translation>ouverture de la fiche de la personne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="644"/>
        <source>open the organisation</source>
        <translation>ouverture de la fiche de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="682"/>
        <source>%1 saved.</source>
        <translation>Enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="698"/>
        <source>Merge two people</source>
        <translation>Fusionner deux personnes</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="700"/>
        <source>The other record&apos;s registrations, meetings and follow-ups move to the one you keep, and its details fill the kept record&apos;s empty fields. Then the other record is deleted.</source>
        <translation>Les inscriptions, rendez-vous et suivis de l&apos;autre fiche passent à celle que vous gardez, et ses informations complètent les champs vides de la fiche gardée. L&apos;autre fiche est ensuite supprimée.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="712"/>
        <source>Merge two organisations</source>
        <translation>Fusionner deux organisations</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="714"/>
        <source>The other organisation&apos;s people and follow-ups move to the one you keep, and its profile fills the kept one&apos;s empty fields. Then the other is deleted.</source>
        <translation>Les membres et les suivis de l&apos;autre organisation passent à celle que vous gardez, et son profil complète les champs vides de celle-ci. L&apos;autre est ensuite supprimée.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="765"/>
        <source>delete the person</source>
        <translation>suppression de la personne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="781"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="798"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="828"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="782"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="818"/>
        <source>delete %1</source>
        <translation>suppression de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="783"/>
        <source>Backing up, then deleting %1…</source>
        <translation>Sauvegarde, puis suppression de %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="788"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="822"/>
        <source>%1 deleted from the directory.</source>
        <translation>Supprimé de l&apos;annuaire&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="795"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="825"/>
        <source>Delete %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="797"/>
        <source>This cannot be undone here; a backup of the database is taken first.</source>
        <translation>Cette action ne peut pas être annulée ici&#xa0;; une sauvegarde de la base de données est d&apos;abord effectuée.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="808"/>
        <source>delete the organisation</source>
        <translation>suppression de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="827"/>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="843"/>
        <source>Export the data held about %1</source>
        <translation>Exporter les données conservées sur %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="844"/>
        <source>%1 - personal data.json</source>
        <translation>%1 - données personnelles.json</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="845"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="859"/>
        <source>export the person&apos;s data</source>
        <translation>export des données de la personne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="862"/>
        <source>The data held about %1 was written to %2.</source>
        <translation>Les données conservées sur %1 ont été écrites dans %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="878"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="886"/>
        <source>erase %1</source>
        <translation>effacement de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="885"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="921"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="887"/>
        <source>Erasing %1 from the database and its backups…</source>
        <translation>Effacement de %1 de la base de données et de ses sauvegardes…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="898"/>
        <source>%1&apos;s personal data was %2; their registrations stay, anonymous.</source>
        <translation>Données personnelles de %1&#xa0;: %2&#xa0;; ses inscriptions restent, anonymisées.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="906"/>
        <source>Some backups still hold this person</source>
        <translation>Certaines sauvegardes contiennent encore cette personne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="909"/>
        <source>%1&apos;s personal data was %2. Delete the backups named here, or make them writable and erase again.</source>
        <translation>Données personnelles de %1&#xa0;: %2. Supprimez les sauvegardes nommées ici, ou rendez-les modifiables et effacez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="918"/>
        <source>Erase %1?</source>
        <translation>Effacer %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="919"/>
        <source>Erase %1 for good?</source>
        <translation>Effacer définitivement %1&#xa0;?</translation>
    </message>
</context>
<context>
    <name>DirectoryText</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="98"/>
        <source>Registered in %n mission(s)</source>
        <translation>
            <numerusform>Inscrit à %n mission</numerusform>
            <numerusform>Inscrit à %n missions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="125"/>
        <source>Their name, e-mail, phone, job title, badge name, languages, diet, accessibility needs, consent and notes are removed for good, with the hotel and notes of their registrations. This cannot be undone.

Their registrations, meetings and follow-ups stay, without a name, so that the counts and KPIs of past missions stay right.

They are erased in the database and in every backup in its backups folder; a backup that cannot be rewritten (read-only, damaged, or from another version) is named afterwards.

If they asked for a copy of their data, export it first.</source>
        <translation>Ses nom, e-mail, téléphone, fonction, nom sur le badge, langues, régime alimentaire, besoins d&apos;accessibilité, consentement et notes sont définitivement supprimés, ainsi que l&apos;hôtel et les notes de ses inscriptions. Cette action est irréversible.

Ses inscriptions, rendez-vous et suivis restent, sans nom, afin que les comptages et les KPI des missions passées restent justes.

La personne est effacée dans la base de données et dans chaque sauvegarde de son dossier de sauvegardes&#xa0;; une sauvegarde qui ne peut pas être réécrite (en lecture seule, endommagée ou d&apos;une autre version) est signalée ensuite.

Si la personne a demandé une copie de ses données, exportez-la d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="152"/>
        <source>no e-mail</source>
        <translation>pas d&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="154"/>
        <source>no organisation</source>
        <translation>sans organisation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="155"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n mission</numerusform>
            <numerusform>%n missions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="163"/>
        <source>no cluster</source>
        <translation>sans cluster</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="164"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/document_list.py" line="39"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>DuplicateMissionDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="204"/>
        <source>Duplicate mission</source>
        <translation>Dupliquer la mission</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="210"/>
        <source>The copy gets the venues, organisers and programme (same local times), not the registrations.</source>
        <translation>La copie reprend les lieux, les organisateurs et le programme (mêmes heures locales), mais pas les inscriptions.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="222"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="223"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="224"/>
        <source>&amp;First day</source>
        <translation>&amp;Premier jour</translation>
    </message>
</context>
<context>
    <name>EenRating</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="98"/>
        <source>No further contact</source>
        <translation>Pas d&apos;autre contact</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="99"/>
        <source>Knowledge gained</source>
        <translation>Connaissances acquises</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="100"/>
        <source>Valuable contact</source>
        <translation>Contact utile</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="101"/>
        <source>Negotiation started</source>
        <translation>Négociation engagée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="102"/>
        <source>Agreement reached</source>
        <translation>Accord conclu</translation>
    </message>
</context>
<context>
    <name>EmblemKind</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="64"/>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="65"/>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
</context>
<context>
    <name>ExchangeSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="28"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="46"/>
        <source>E&amp;xport schedule…</source>
        <translation>E&amp;xporter le planning…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="49"/>
        <source>&amp;Import requests…</source>
        <translation>&amp;Importer des demandes…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="52"/>
        <source>Requests from a CSV or XLSX file: requester e-mail, target e-mail, priority</source>
        <translation>Demandes depuis un fichier CSV ou XLSX&#xa0;: e-mail du demandeur, e-mail de la cible, priorité</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="57"/>
        <source>Import a&amp;vailability…</source>
        <translation>Importer des disponi&amp;bilités…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="59"/>
        <source>Availability from a CSV or XLSX file: e-mail, start, end (local time)</source>
        <translation>Disponibilités depuis un fichier CSV ou XLSX&#xa0;: e-mail, début, fin (heure locale)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="63"/>
        <source>&amp;Wish forms…</source>
        <translation>&amp;Formulaires de souhaits…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="66"/>
        <source>One XLSX per participant to tick whom they want to meet and when they can (the person chosen above, or everyone)</source>
        <translation>Un fichier XLSX par participant, pour cocher qui il veut rencontrer et quand il est disponible (la personne choisie ci-dessus, ou tout le monde)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="72"/>
        <source>Import wis&amp;h forms…</source>
        <translation>Importer les formulaires de sou&amp;haits…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="74"/>
        <source>Read the filled wish forms back into requests and availability</source>
        <translation>Relire les formulaires de souhaits remplis en demandes et disponibilités</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="101"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="118"/>
        <source>%1: %2. Undo with Ctrl+Z.</source>
        <translation>%1&#xa0;: %2. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="132"/>
        <source>Folder for the wish form of %1</source>
        <translation>Dossier du formulaire de souhaits de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="134"/>
        <source>Folder for the wish forms</source>
        <translation>Dossier des formulaires de souhaits</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="157"/>
        <source>write the wish forms</source>
        <translation>écriture des formulaires de souhaits</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="158"/>
        <source>Writing the wish forms…</source>
        <translation>Écriture des formulaires de souhaits…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="158"/>
        <source>B2B meetings</source>
        <translation>Rendez-vous B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="170"/>
        <source>Import filled wish forms</source>
        <translation>Importer les formulaires de souhaits remplis</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="171"/>
        <source>Wish forms (*.xlsx);;All files (*)</source>
        <translation>Formulaires de souhaits (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="184"/>
        <source>Wish forms: %1. Undo with Ctrl+Z.</source>
        <translation>Formulaires de souhaits&#xa0;: %1. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="197"/>
        <source>Export the schedule</source>
        <translation>Exporter le planning</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="209"/>
        <source>export the schedule</source>
        <translation>export du planning</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="211"/>
        <source>%n meeting(s) written to %1.</source>
        <translation>
            <numerusform>%n rendez-vous écrit dans %1.</numerusform>
            <numerusform>%n rendez-vous écrits dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="94"/>
        <source>read the mission&apos;s people</source>
        <translation>lecture des participants de la mission</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="151"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="172"/>
        <source>Print and export</source>
        <translation>Impression et export</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="280"/>
        <source>Save %1…</source>
        <translation>Enregistrer %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="300"/>
        <source>Choose a mission first (or create one on the Missions page).</source>
        <translation>Choisissez d&apos;abord une mission (ou créez-en une dans la page Missions).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="302"/>
        <source>Reading the mission&apos;s people…</source>
        <translation>Lecture des participants de la mission…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="308"/>
        <source>Select people on the Registrations page first (this mission&apos;s).</source>
        <translation>Sélectionnez d&apos;abord des personnes dans la page Inscriptions (celles de cette mission).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="312"/>
        <source>Choose the person: type part of a name.</source>
        <translation>Choisissez la personne&#xa0;: tapez une partie d&apos;un nom.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="317"/>
        <source>Nobody is registered on this mission yet.</source>
        <translation>Personne n&apos;est encore inscrit à cette mission.</translation>
    </message>
</context>
<context>
    <name>ExportReadiness</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="34"/>
        <source>Not ready</source>
        <translation>Pas prêt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="35"/>
        <source>Exploring</source>
        <translation>En exploration</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="36"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="37"/>
        <source>Exporting</source>
        <translation>Exporte déjà</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="265"/>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="268"/>
        <source>A CSV file (UTF-8, Windows-1252 or Latin-1; comma, semicolon or tab) or an Excel workbook (.xlsx). Nothing is written until the last step.</source>
        <translation>Un fichier CSV (UTF-8, Windows-1252 ou Latin-1&#xa0;; virgule, point-virgule ou tabulation) ou un classeur Excel (.xlsx). Rien n&apos;est écrit avant la dernière étape.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="274"/>
        <source>the file to import</source>
        <translation>le fichier à importer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="276"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="282"/>
        <source>Directory only (no mission)</source>
        <translation>Annuaire seulement (sans mission)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="288"/>
        <source>Register in %1</source>
        <translation>Inscrire à %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="299"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="303"/>
        <source>&amp;Sheet</source>
        <translation>F&amp;euille</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="304"/>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="318"/>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="354"/>
        <source>Import people</source>
        <translation>Importer des personnes</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="319"/>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx *.xlsm *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="344"/>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="353"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="351"/>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="372"/>
        <source>read %1</source>
        <translation>lecture de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="386"/>
        <source>read as %1, semicolon-separated</source>
        <translation>lu en %1, séparateur point-virgule</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="387"/>
        <source>read as %1, tab-separated</source>
        <translation>lu en %1, séparateur tabulation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="388"/>
        <source>read as %1, comma-separated</source>
        <translation>lu en %1, séparateur virgule</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="390"/>
        <source>sheet “%1”</source>
        <translation>feuille «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="396"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2; header on row %3; %4, %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2&#xa0;; en-tête à la ligne %3&#xa0;; %4, %5.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="400"/>
        <source>%n data row(s)</source>
        <translation>
            <numerusform>%n ligne de données</numerusform>
            <numerusform>%n lignes de données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="401"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="35"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="42"/>
        <source>&amp;Mission:</source>
        <translation>&amp;Mission&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="43"/>
        <source>C&amp;luster:</source>
        <translation>C&amp;luster&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="44"/>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="68"/>
        <source>All missions</source>
        <translation>Toutes les missions</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="71"/>
        <source>All clusters</source>
        <translation>Tous les clusters</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="74"/>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="112"/>
        <source>A single mission&apos;s figures are those of its own dates</source>
        <translation>Les chiffres d&apos;une seule mission sont ceux de ses propres dates</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="202"/>
        <source>Edit the follow-up</source>
        <translation>Modifier le suivi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="204"/>
        <source>New follow-up</source>
        <translation>Nouveau suivi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="216"/>
        <source>What came of the meeting or contact, and what happens next</source>
        <translation>Ce qui est ressorti du rendez-vous ou du contact, et la suite à donner</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="218"/>
        <source>Change what came of it, the next action or who takes it</source>
        <translation>Modifier le résultat, la prochaine action ou son responsable</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="226"/>
        <source>There is no meeting “%1”: choose one from the list, or leave it empty.</source>
        <translation>Il n&apos;y a pas de rendez-vous «&#xa0;%1&#xa0;»&#xa0;: choisissez-en un dans la liste, ou laissez le champ vide.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="231"/>
        <source>There is no organisation “%1”: choose one from the list, or leave it empty.</source>
        <translation>Il n&apos;y a pas d&apos;organisation «&#xa0;%1&#xa0;»&#xa0;: choisissez-en une dans la liste, ou laissez le champ vide.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="236"/>
        <source>There is no person “%1”: choose one from the list, or leave it empty.</source>
        <translation>Il n&apos;y a pas de personne «&#xa0;%1&#xa0;»&#xa0;: choisissez-en une dans la liste, ou laissez le champ vide.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="248"/>
        <source>(no mission)</source>
        <translation>(aucune mission)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="252"/>
        <source>choose what came of it</source>
        <translation>choisissez le résultat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="254"/>
        <source>(nobody yet)</source>
        <translation>(personne pour l&apos;instant)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="310"/>
        <source>the meeting recorded (cancelled since)</source>
        <translation>le rendez-vous enregistré (annulé depuis)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="327"/>
        <source>the meeting&apos;s counterpart</source>
        <translation>l&apos;interlocuteur du rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="328"/>
        <source>the counterpart&apos;s participant</source>
        <translation>le participant de l&apos;interlocuteur</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="331"/>
        <source>For a meeting, the organisation and contact are the counterpart&apos;s unless you choose others.</source>
        <translation>Pour un rendez-vous, l&apos;organisation et le contact sont ceux de l&apos;interlocuteur, sauf si vous en choisissez d&apos;autres.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="336"/>
        <source>type to search the organisations</source>
        <translation>tapez pour rechercher les organisations</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="337"/>
        <source>type to search the people</source>
        <translation>tapez pour rechercher les personnes</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="339"/>
        <source>none: a contact met elsewhere</source>
        <translation>aucun&#xa0;: un contact rencontré ailleurs</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="341"/>
        <source>none: choose a mission to see its meetings</source>
        <translation>aucun&#xa0;: choisissez une mission pour voir ses rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="343"/>
        <source>none: this mission has no meetings</source>
        <translation>aucun&#xa0;: cette mission n&apos;a pas de rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="345"/>
        <source>Without a meeting, choose the organisation or the person met (or both).</source>
        <translation>Sans rendez-vous, choisissez l&apos;organisation ou la personne rencontrée (ou les deux).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="454"/>
        <source>Choose what came of it: the outcome.</source>
        <translation>Choisissez ce qui en est ressorti&#xa0;: le résultat.</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <location filename="../../ui/followup_form.ui" line="11"/>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="13"/>
        <source>M&amp;eeting</source>
        <translation>&amp;Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="14"/>
        <source>The B2B meeting this follow-up is for; none for a contact made elsewhere (a reception, a visit, a call)</source>
        <translation>Le rendez-vous B2B concerné par ce suivi&#xa0;; aucun pour un contact pris ailleurs (réception, visite, appel)</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="15"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="17"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="19"/>
        <source>O&amp;utcome</source>
        <translation>Rés&amp;ultat</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="21"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="22"/>
        <source>what was discussed, what they need, figures, names</source>
        <translation>ce qui a été discuté, leurs besoins, chiffres, noms</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="23"/>
        <source>Ne&amp;xt action</source>
        <translation>Prochaine &amp;action</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="24"/>
        <source>e.g. send the quotation, plan a visit of the plant</source>
        <translation>p. ex. envoyer le devis, organiser une visite de l&apos;usine</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="25"/>
        <source>O&amp;wner</source>
        <translation>Res&amp;ponsable</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="26"/>
        <source>Who takes the next action</source>
        <translation>Qui se charge de la prochaine action</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="27"/>
        <source>&amp;Due</source>
        <translation>Éc&amp;héance</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="34"/>
        <source>No d&amp;ue date</source>
        <translation>&amp;Sans échéance</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="39"/>
        <source>Do&amp;ne: the next action was taken</source>
        <translation>&amp;Fait&#xa0;: la prochaine action a été réalisée</translation>
    </message>
</context>
<context>
    <name>FollowUpLogText</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="25"/>
        <source>no meeting</source>
        <translation>sans rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="48"/>
        <source>%1 · overdue</source>
        <translation>%1 · en retard</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="54"/>
        <source>Done on %1</source>
        <translation>Fait le %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="56"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="56"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="87"/>
        <source>EEN rating: %1</source>
        <translation>Évaluation EEN&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="172"/>
        <source>%1 overdue</source>
        <translation>%1 en retard</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="178"/>
        <source>%n follow-up(s) · %1 open · %2</source>
        <translation>
            <numerusform>%n suivi · ouverts&#xa0;: %1 · %2</numerusform>
            <numerusform>%n suivis · ouverts&#xa0;: %1 · %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="181"/>
        <source>%1 shown of %2</source>
        <translation>Affichés&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="183"/>
        <source> — choose who you are in “I am” to see your open actions</source>
        <translation> — choisissez qui vous êtes dans «&#xa0;Je suis&#xa0;» pour voir vos actions ouvertes</translation>
    </message>
</context>
<context>
    <name>FollowUpOutcome</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="90"/>
        <source>No interest</source>
        <translation>Pas d&apos;intérêt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="91"/>
        <source>Information exchanged</source>
        <translation>Informations échangées</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="92"/>
        <source>Follow-up meeting planned</source>
        <translation>Nouveau rendez-vous prévu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="93"/>
        <source>Quotation or proposal sent</source>
        <translation>Devis ou proposition envoyés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="94"/>
        <source>Agreement under negotiation</source>
        <translation>Accord en négociation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="95"/>
        <source>Agreement or contract signed</source>
        <translation>Accord ou contrat signé</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="96"/>
        <source>MoU signed</source>
        <translation>Protocole d&apos;accord signé</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_page.py" line="124"/>
        <source>Search: organisation, contact, next action, notes, owner, outcome…</source>
        <translation>Rechercher&#xa0;: organisation, contact, prochaine action, notes, responsable, résultat…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_page.py" line="151"/>
        <source>Follow-up log</source>
        <translation>Journal des suivis</translation>
    </message>
</context>
<context>
    <name>FollowUpSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="83"/>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Nouveau suivi…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="86"/>
        <source>Record what came of a meeting or a contact (Ctrl+Shift+N)</source>
        <translation>Enregistrer le résultat d&apos;un rendez-vous ou d&apos;un contact (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="88"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="90"/>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="103"/>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;fait</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="93"/>
        <source>Mark the selected follow-ups done, or open again if all are done (Ctrl+Enter)</source>
        <translation>Marquer les suivis sélectionnés comme faits, ou les rouvrir s&apos;ils le sont tous (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="95"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="103"/>
        <source>Re&amp;open</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="168"/>
        <source>Follow-up with %1 recorded. Undo with Ctrl+Z.</source>
        <translation>Suivi avec %1 ajouté. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="170"/>
        <source>Follow-up recorded. Undo with Ctrl+Z.</source>
        <translation>Suivi ajouté. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="218"/>
        <source>Follow-up with %1 saved. Undo with Ctrl+Z.</source>
        <translation>Suivi avec %1 enregistré. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="220"/>
        <source>Follow-up saved. Undo with Ctrl+Z.</source>
        <translation>Suivi enregistré. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="254"/>
        <source>mark the follow-ups done</source>
        <translation>marquage des suivis comme faits</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="254"/>
        <source>reopen them</source>
        <translation>réouverture des suivis</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="263"/>
        <source>%n follow-up(s) marked done. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n suivi marqué comme fait. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n suivis marqués comme faits. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="265"/>
        <source>%n follow-up(s) open again. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n suivi rouvert. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n suivis rouverts. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="278"/>
        <source>delete the follow-up</source>
        <translation>suppression du suivi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="286"/>
        <source>Follow-up with %1 deleted. Undo with Ctrl+Z.</source>
        <translation>Suivi avec %1 supprimé. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="288"/>
        <source>Follow-up deleted. Undo with Ctrl+Z.</source>
        <translation>Suivi supprimé. Ctrl+Z pour annuler.</translation>
    </message>
</context>
<context>
    <name>FollowUpUndoSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="38"/>
        <source>Record a follow-up with %1</source>
        <translation>Enregistrer un suivi avec %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="40"/>
        <source>Record a follow-up</source>
        <translation>Enregistrer un suivi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="72"/>
        <source>Edit the follow-up with %1</source>
        <translation>Modifier le suivi avec %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="74"/>
        <source>Edit the follow-up</source>
        <translation>Modifier le suivi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="88"/>
        <source>Mark %n follow-up(s) done</source>
        <translation>
            <numerusform>Marquer %n suivi comme fait</numerusform>
            <numerusform>Marquer %n suivis comme faits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="90"/>
        <source>Reopen %n follow-up(s)</source>
        <translation>
            <numerusform>Rouvrir %n suivi</numerusform>
            <numerusform>Rouvrir %n suivis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="101"/>
        <source>Delete the follow-up with %1</source>
        <translation>Supprimer le suivi avec %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="103"/>
        <source>Delete the follow-up</source>
        <translation>Supprimer le suivi</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="95"/>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="166"/>
        <source>Import people</source>
        <translation>Importer des personnes</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="111"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="154"/>
        <source>check %1</source>
        <translation>vérification de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="154"/>
        <source>import %1</source>
        <translation>import de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="165"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="165"/>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="37"/>
        <source>SMEs engaged</source>
        <translation>PME impliquées</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="39"/>
        <source>Distinct SMEs with at least one confirmed or checked-in participant</source>
        <translation>PME distinctes ayant au moins un participant confirmé ou arrivé</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="46"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="48"/>
        <source>Distinct people with a confirmed or checked-in registration</source>
        <translation>Personnes distinctes ayant une inscription confirmée ou une arrivée enregistrée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="55"/>
        <source>Meetings held</source>
        <translation>Rendez-vous tenus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="57"/>
        <source>B2B meetings marked held (no-shows and cancelled meetings not counted)</source>
        <translation>Rendez-vous B2B marqués tenus (absences et rendez-vous annulés non comptés)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="64"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="66"/>
        <source>Follow-ups recorded, any outcome</source>
        <translation>Suivis enregistrés, quel que soit le résultat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="70"/>
        <source>Agreements signed</source>
        <translation>Accords signés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="72"/>
        <source>Follow-ups with the outcome &apos;agreement or contract signed&apos; (the funnel&apos;s last stage counts meetings instead: held meetings that led to an agreement or an MoU)</source>
        <translation>Suivis dont le résultat est «&#xa0;accord ou contrat signé&#xa0;» (la dernière étape de l&apos;entonnoir compte plutôt des rendez-vous&#xa0;: les rendez-vous tenus qui ont abouti à un accord ou à un protocole d&apos;accord)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="80"/>
        <source>MoUs signed</source>
        <translation>Protocoles d&apos;accord signés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="82"/>
        <source>Follow-ups with the outcome &apos;MoU signed&apos;</source>
        <translation>Suivis dont le résultat est «&#xa0;protocole d&apos;accord signé&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="89"/>
        <source>Missions held</source>
        <translation>Missions réalisées</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="91"/>
        <source>Missions and workshops held: over, or closed once begun; drafts never count. Only these are counted on this page; the others are the pipeline</source>
        <translation>Missions et ateliers réalisés&#xa0;: terminés, ou clôturés après leur début&#xa0;; les brouillons ne comptent jamais. Seuls ceux-ci sont comptés sur cette page&#xa0;; les autres sont en préparation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="142"/>
        <source>no target set</source>
        <translation>aucun objectif fixé</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="145"/>
        <source>of target %1</source>
        <translation>sur un objectif de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="153"/>
        <source>Target %1: met.</source>
        <translation>Objectif %1&#xa0;: atteint.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="153"/>
        <source>Target %1: not met yet.</source>
        <translation>Objectif %1&#xa0;: pas encore atteint.</translation>
    </message>
</context>
<context>
    <name>KpiCardsText</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="181"/>
        <source>no target set</source>
        <translation>aucun objectif fixé</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="181"/>
        <source>not held yet</source>
        <translation>pas encore réalisée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="187"/>
        <source>and %n workshop(s)</source>
        <translation>
            <numerusform>et %n atelier</numerusform>
            <numerusform>et %n ateliers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="189"/>
        <source>no workshops</source>
        <translation>aucun atelier</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="220"/>
        <source>Missions not held yet (to come, or running): what they have gathered so far is not in the cards or charts and is never compared with a target</source>
        <translation>Missions pas encore réalisées (à venir ou en cours)&#xa0;: ce qu&apos;elles ont réuni jusqu&apos;ici ne figure ni dans les cartes ni dans les graphiques, et n&apos;est jamais comparé à un objectif</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="231"/>
        <source>Mission %1</source>
        <translation>Mission %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="233"/>
        <source>All missions</source>
        <translation>Toutes les missions</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="234"/>
        <source>all clusters</source>
        <translation>tous les clusters</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="240"/>
        <source>%1 meetings requested, %2 scheduled, %n no-show(s), %3 cancelled</source>
        <translation>
            <numerusform>%1 rendez-vous demandés, %2 planifiés, %n absence, %3 annulés</numerusform>
            <numerusform>%1 rendez-vous demandés, %2 planifiés, %n absences, %3 annulés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="251"/>
        <source>%1 — %2 In these: %3.</source>
        <translation>%1 — %2 Dans ces missions&#xa0;: %3.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="260"/>
        <source>Pipeline so far: %1.</source>
        <translation>En préparation, jusqu&apos;ici&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>KpiChartPanels</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="17"/>
        <source>Nothing chosen is held yet: what is planned is in the pipeline above.</source>
        <translation>Rien de ce qui est choisi n&apos;est encore réalisé&#xa0;: ce qui est prévu figure ci-dessus, en préparation.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="20"/>
        <source>Targets and actual figures</source>
        <translation>Objectifs et réalisé</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="77"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="79"/>
        <source>Meetings funnel</source>
        <translation>Entonnoir des rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="80"/>
        <source>Follow-up outcomes by cluster</source>
        <translation>Résultats des suivis par cluster</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="92"/>
        <source>No targets set for this choice.</source>
        <translation>Aucun objectif fixé pour ce choix.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="96"/>
        <source>%1 Targets are compared with what missions achieved once they are held.</source>
        <translation>%1 Les objectifs sont comparés à ce que les missions ont réalisé, une fois celles-ci terminées.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="108"/>
        <source>No meetings requested.</source>
        <translation>Aucun rendez-vous demandé.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="114"/>
        <source>No follow-ups recorded for this choice.</source>
        <translation>Aucun suivi enregistré pour ce choix.</translation>
    </message>
</context>
<context>
    <name>KpiCharts</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="47"/>
        <source>SMEs engaged</source>
        <translation>PME impliquées</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="48"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="49"/>
        <source>Meetings requested</source>
        <translation>Rendez-vous demandés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="50"/>
        <source>Meetings scheduled</source>
        <translation>Rendez-vous planifiés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="51"/>
        <source>Meetings held</source>
        <translation>Rendez-vous tenus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="52"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="53"/>
        <source>Agreements signed</source>
        <translation>Accords signés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="54"/>
        <source>MoUs signed</source>
        <translation>Protocoles d&apos;accord signés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="59"/>
        <source>No interest</source>
        <translation>Pas d&apos;intérêt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="60"/>
        <source>Information exchanged</source>
        <translation>Informations échangées</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="61"/>
        <source>Meeting planned</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="62"/>
        <source>Proposal sent</source>
        <translation>Proposition envoyée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="63"/>
        <source>Under negotiation</source>
        <translation>En négociation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="64"/>
        <source>Agreement signed</source>
        <translation>Accord signé</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="65"/>
        <source>MoU signed</source>
        <translation>Protocole d&apos;accord signé</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="81"/>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="82"/>
        <source>Actual: target met</source>
        <translation>Réalisé&#xa0;: objectif atteint</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="83"/>
        <source>Actual: below target</source>
        <translation>Réalisé&#xa0;: sous l&apos;objectif</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="86"/>
        <source>No cluster</source>
        <translation>Sans cluster</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="111"/>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="229"/>
        <source>Targets and actual figures</source>
        <translation>Objectifs et réalisé</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="230"/>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="254"/>
        <source>%1: %2 of %3 (%4, target met)</source>
        <translation>%1&#xa0;: %2 sur %3 (%4, objectif atteint)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="256"/>
        <source>%1: %2 of %3 (%4, below target)</source>
        <translation>%1&#xa0;: %2 sur %3 (%4, sous l&apos;objectif)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="316"/>
        <source>Meetings funnel</source>
        <translation>Entonnoir des rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="317"/>
        <source>Meetings</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="326"/>
        <source>under each stage: its share of the stage before</source>
        <translation>sous chaque étape&#xa0;: sa part de l&apos;étape précédente</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="330"/>
        <source>%1: meetings; the cards count signatures (%2 agreements, %3 MoUs)</source>
        <translation>%1&#xa0;: rendez-vous&#xa0;; les cartes comptent les signatures (%2 accords, %3 protocoles d&apos;accord)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="346"/>
        <source>%1: %2 meetings (distinct pairs)</source>
        <translation>%1&#xa0;: %2 rendez-vous (paires distinctes)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="349"/>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1&#xa0;: %2 (%3 sur %4)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="385"/>
        <source>Follow-up outcomes by cluster</source>
        <translation>Résultats des suivis par cluster</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="413"/>
        <source>%1
%2: %3 of %4 follow-ups (%5)</source>
        <translation>%1
%2&#xa0;: %3 suivis sur %4 (%5)</translation>
    </message>
</context>
<context>
    <name>KpiDashboard</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="134"/>
        <source>&amp;Targets…</source>
        <translation>&amp;Objectifs…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="136"/>
        <source>KPI &amp;targets…</source>
        <translation>Objectifs &amp;KPI…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="138"/>
        <source>&amp;Count again</source>
        <translation>&amp;Recompter</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="158"/>
        <source>KPI dashboard</source>
        <translation>Tableau de bord KPI</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="246"/>
        <source>Set the targets of %1</source>
        <translation>Fixer les objectifs de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="248"/>
        <source>Choose a mission, or a year, to set its targets</source>
        <translation>Choisissez une mission ou une année pour en fixer les objectifs</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="295"/>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="323"/>
        <source>count the KPIs</source>
        <translation>calcul des KPI</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="367"/>
        <source>KPI targets</source>
        <translation>Objectifs KPI</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="369"/>
        <source>Targets are set for a mission, or for a year (for one cluster or for all clusters together).

Choose a mission, or a year, above; then click Targets… again.</source>
        <translation>Les objectifs se fixent pour une mission, ou pour une année (pour un cluster ou pour tous les clusters ensemble).

Choisissez une mission ou une année ci-dessus, puis cliquez sur Objectifs… une nouvelle fois.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="401"/>
        <source>Targets of %1 saved.</source>
        <translation>Objectifs de %1 enregistrés.</translation>
    </message>
</context>
<context>
    <name>KpiMetric</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="104"/>
        <source>SMEs engaged</source>
        <translation>PME impliquées</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="105"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="106"/>
        <source>Meetings requested</source>
        <translation>Rendez-vous demandés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="107"/>
        <source>Meetings scheduled</source>
        <translation>Rendez-vous planifiés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="108"/>
        <source>Meetings held</source>
        <translation>Rendez-vous tenus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="109"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="110"/>
        <source>Agreements signed</source>
        <translation>Accords signés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="111"/>
        <source>MoUs signed</source>
        <translation>Protocoles d&apos;accord signés</translation>
    </message>
</context>
<context>
    <name>KpiTargetScope</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="63"/>
        <source>%1, for %2</source>
        <translation>%1, pour %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="66"/>
        <source>The figures of %1&apos;s members in this mission are compared with these; the mission&apos;s own targets are those with all clusters chosen.</source>
        <translation>Les chiffres des membres de %1 dans cette mission sont comparés à ceux-ci&#xa0;; les objectifs propres de la mission sont ceux pour lesquels tous les clusters sont choisis.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="74"/>
        <source>The mission&apos;s figures are compared with these once it is held (its last day past, or closed once begun); they then count in the totals of its year and of all missions. Before, its figures are the pipeline.</source>
        <translation>Les chiffres de la mission sont comparés à ceux-ci une fois qu&apos;elle est réalisée (son dernier jour passé, ou clôturée après son début)&#xa0;; ils comptent alors dans les totaux de son année et de toutes les missions. Avant, ses chiffres sont en préparation.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="83"/>
        <source>%1, all clusters together</source>
        <translation>%1, tous clusters confondus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="88"/>
        <source>Where one is set here, it stands for %1 in %2 instead of the sum of its targets in the %2 missions held. Over all years, its targets of the years with a held mission add up.</source>
        <translation>Un objectif fixé ici vaut pour %1 en %2, au lieu de la somme de ses objectifs dans les missions de %2 réalisées. Sur toutes les années, ses objectifs des années ayant une mission réalisée s&apos;additionnent.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="98"/>
        <source>Where one is set here, it stands for %1 instead of the sum of the targets of the %1 missions held. Over all years, the targets of the years with a held mission add up.</source>
        <translation>Un objectif fixé ici vaut pour %1, au lieu de la somme des objectifs des missions de %1 réalisées. Sur toutes les années, les objectifs des années ayant une mission réalisée s&apos;additionnent.</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/list_pane.py" line="223"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>LogExport</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="64"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="67"/>
        <source>The log shown (this mission or all) as XLSX, CSV or PDF</source>
        <translation>Le journal affiché (cette mission ou toutes) en XLSX, CSV ou PDF</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="85"/>
        <source>Export the follow-up log</source>
        <translation>Exporter le journal des suivis</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="102"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="104"/>
        <source>export the follow-up log</source>
        <translation>export du journal des suivis</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="112"/>
        <source>%n follow-up(s) written on %1 pages to %2.</source>
        <translation>
            <numerusform>%n suivi écrit sur %1 pages dans %2.</numerusform>
            <numerusform>%n suivis écrits sur %1 pages dans %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="115"/>
        <source>%n follow-up(s) written to %1.</source>
        <translation>
            <numerusform>%n suivi écrit dans %1.</numerusform>
            <numerusform>%n suivis écrits dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogFilters</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="22"/>
        <source>All follow-ups</source>
        <translation>Tous les suivis</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="23"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="24"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="25"/>
        <source>My open actions</source>
        <translation>Mes actions ouvertes</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="56"/>
        <source>Who you are: “My open actions” shows the open follow-ups you own, and new follow-ups are yours unless you choose another owner</source>
        <translation>Qui vous êtes&#xa0;: «&#xa0;Mes actions ouvertes&#xa0;» affiche les suivis ouverts dont vous êtes responsable, et les nouveaux suivis vous sont attribués sauf si vous choisissez un autre responsable</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="64"/>
        <source>Mission:</source>
        <translation>Mission&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="67"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="70"/>
        <source>I am:</source>
        <translation>Je suis&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="85"/>
        <source>All missions</source>
        <translation>Toutes les missions</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="112"/>
        <source>(choose who you are)</source>
        <translation>(choisissez qui vous êtes)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="114"/>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="115"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="116"/>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="117"/>
        <source>B2B meetings</source>
        <translation>Rendez-vous B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="118"/>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="119"/>
        <source>Print &amp; export</source>
        <translation>Impression et export</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="120"/>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="121"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="122"/>
        <source>KPIs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="147"/>
        <source>The database this window works on</source>
        <translation>La base de données sur laquelle travaille cette fenêtre</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="220"/>
        <source>The mission every page shows (Ctrl+K to search)</source>
        <translation>La mission affichée par toutes les pages (Ctrl+K pour rechercher)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="222"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="237"/>
        <location filename="../../pimap_desktop/gui/main_window.py" line="719"/>
        <source>Now working on %1.</source>
        <translation>Vous travaillez maintenant sur %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="241"/>
        <source>%1 (read only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="261"/>
        <source>&amp;Import people…</source>
        <translation>&amp;Importer des personnes…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="264"/>
        <source>&amp;Print and export…</source>
        <translation>Im&amp;primer et exporter…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="267"/>
        <source>Agendas, badges, packs, table plans and calendar files</source>
        <translation>Agendas, badges, dossiers participants, plans de tables et fichiers de calendrier</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="269"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="270"/>
        <source>&amp;Check database</source>
        <translation>&amp;Vérifier la base de données</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="272"/>
        <source>&amp;Restore from backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="275"/>
        <source>Go back to a verified backup; the current state is backed up first</source>
        <translation>Revenir à une sauvegarde vérifiée&#xa0;; l&apos;état actuel est d&apos;abord sauvegardé</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="277"/>
        <source>&amp;Connect to team database…</source>
        <translation>Se co&amp;nnecter à une base d&apos;équipe…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="279"/>
        <source>Work on a PostgreSQL database shared by the coordinators of several clusters</source>
        <translation>Travailler sur une base de données PostgreSQL partagée par les coordinateurs de plusieurs clusters</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="282"/>
        <source>&amp;Open database file…</source>
        <translation>&amp;Ouvrir un fichier de base de données…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="285"/>
        <source>Work on another PIMAP database file, such as a mission taken offline</source>
        <translation>Travailler sur un autre fichier de base de données PIMAP, par exemple une mission emportée hors ligne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="289"/>
        <source>Save a &amp;copy as SQLite…</source>
        <translation>Enregistrer une &amp;copie en SQLite…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="292"/>
        <source>Write the whole database to a file you can take along</source>
        <translation>Écrire toute la base de données dans un fichier que vous pouvez emporter</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="296"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="299"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="301"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="306"/>
        <source>S&amp;witch mission…</source>
        <translation>&amp;Changer de mission…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="308"/>
        <source>Choose the mission every page shows (Ctrl+K)</source>
        <translation>Choisir la mission affichée par toutes les pages (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="317"/>
        <source>&amp;Branding…</source>
        <translation>&amp;Identité visuelle…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="319"/>
        <source>The partnership&apos;s and funders&apos; emblems and the funding statement on documents</source>
        <translation>Les emblèmes du partenariat et des financeurs, et la mention de financement, sur les documents</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="322"/>
        <source>&amp;About PIMAP Desktop</source>
        <translation>À &amp;propos de PIMAP Desktop</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="331"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="352"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="354"/>
        <source>&amp;Missions</source>
        <translation>&amp;Missions</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="366"/>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="378"/>
        <source>&amp;Registrations</source>
        <translation>&amp;Inscriptions</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="392"/>
        <source>&amp;B2B</source>
        <translation>&amp;B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="420"/>
        <source>&amp;Directory</source>
        <translation>A&amp;nnuaire</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="433"/>
        <source>On &amp;site</source>
        <translation>&amp;Sur place</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="447"/>
        <source>F&amp;ollow-ups</source>
        <translation>S&amp;uivis</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="457"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="458"/>
        <source>Se&amp;ttings</source>
        <translation>Pa&amp;ramètres</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="459"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="469"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="481"/>
        <source>Takes effect when PIMAP Desktop starts again</source>
        <translation>Prend effet au prochain démarrage de PIMAP Desktop</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="489"/>
        <source>The interface is in %1.</source>
        <translation>Langue de l&apos;interface&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="493"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="495"/>
        <source>%1: takes effect when PIMAP Desktop starts again.</source>
        <translation>%1&#xa0;: prend effet au prochain démarrage de PIMAP Desktop.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="574"/>
        <source>%1 imported: %2. Undo with Ctrl+Z.</source>
        <translation>Import de %1&#xa0;: %2. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="612"/>
        <source>Daily backup made: %1</source>
        <translation>Sauvegarde quotidienne effectuée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="616"/>
        <source>make the daily backup</source>
        <translation>sauvegarde quotidienne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="624"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="628"/>
        <source>Backup written and verified: %1</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="630"/>
        <source>Backups are up to the server.</source>
        <translation>Les sauvegardes relèvent du serveur.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="635"/>
        <source>back up the database</source>
        <translation>sauvegarde de la base de données</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="669"/>
        <source>Open a PIMAP database</source>
        <translation>Ouvrir une base de données PIMAP</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="670"/>
        <source>PIMAP databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données PIMAP (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="692"/>
        <source>open %1</source>
        <translation>ouverture de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="781"/>
        <source>Save a copy as SQLite</source>
        <translation>Enregistrer une copie en SQLite</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="783"/>
        <source>PIMAP database (*.sqlite)</source>
        <translation>Base de données PIMAP (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="790"/>
        <source>That is the database itself: choose another file.</source>
        <translation>Il s&apos;agit de la base de données elle-même&#xa0;: choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="793"/>
        <source>Saving a copy…</source>
        <translation>Enregistrement d&apos;une copie…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="798"/>
        <source>save a copy as SQLite</source>
        <translation>enregistrement d&apos;une copie en SQLite</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="800"/>
        <source>Copy saved: %1</source>
        <translation>Copie enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="806"/>
        <source>Checking the database…</source>
        <translation>Vérification de la base de données…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="812"/>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="815"/>
        <source>The integrity check found problems:

%1

Restore the latest backup from the backups folder beside it.</source>
        <translation>La vérification d&apos;intégrité a trouvé des problèmes&#xa0;:

%1

Restaurez la dernière sauvegarde depuis le dossier de sauvegardes situé à côté de la base.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="822"/>
        <source>The database is in good order.</source>
        <translation>La base de données est en bon état.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="826"/>
        <source>check the database</source>
        <translation>vérification de la base de données</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="839"/>
        <source>Branding saved: the next documents carry it.</source>
        <translation>Identité visuelle enregistrée&#xa0;: les prochains documents la porteront.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="848"/>
        <source>About PIMAP Desktop</source>
        <translation>À propos de PIMAP Desktop</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="851"/>
        <source>&lt;b&gt;PIMAP Desktop&lt;/b&gt; %1&lt;br&gt;Missions, delegations, B2B meetings and follow-up for technology clusters.&lt;br&gt;&lt;br&gt;Database: %2&lt;br&gt;%3&lt;br&gt;Log file: %4</source>
        <translation>&lt;b&gt;PIMAP Desktop&lt;/b&gt; %1&lt;br&gt;Missions, délégations, rendez-vous B2B et suivi pour les clusters technologiques.&lt;br&gt;&lt;br&gt;Base de données&#xa0;: %2&lt;br&gt;%3&lt;br&gt;Fichier journal&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="413"/>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="416"/>
        <source>What each column of the file holds. PIMAP recognised what it could; correct it where needed. An e-mail and a last (or full) name are required.</source>
        <translation>Ce que contient chaque colonne du fichier. PIMAP a reconnu ce qu&apos;il a pu&#xa0;; corrigez si nécessaire. Un e-mail et un nom de famille (ou un nom complet) sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="422"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="422"/>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="422"/>
        <source>Means</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="439"/>
        <source>The first %1 rows, as they will be read:</source>
        <translation>Les %1 premières lignes, telles qu&apos;elles seront lues&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="452"/>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="459"/>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="481"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="499"/>
        <source>Two columns mean the same: %1.</source>
        <translation>Deux colonnes ont la même signification&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="504"/>
        <source>Choose the column that holds the e-mail: it is how PIMAP recognises a person.</source>
        <translation>Choisissez la colonne qui contient l&apos;e-mail&#xa0;: c&apos;est ainsi que PIMAP reconnaît une personne.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="507"/>
        <source>Choose the column with the last name (or the full name).</source>
        <translation>Choisissez la colonne du nom de famille (ou du nom complet).</translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="25"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="71"/>
        <source>Matches appear here as you type a name, an organisation or an e-mail.</source>
        <translation>Les correspondances apparaissent ici à mesure que vous tapez un nom, une organisation ou un e-mail.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="73"/>
        <source>A code: Enter reads it.</source>
        <translation>Un code&#xa0;: Enter le lit.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="75"/>
        <source>Nobody matches “%1”. Walk-in… registers someone new.</source>
        <translation>Personne ne correspond à «&#xa0;%1&#xa0;». Inscription sur place… inscrit une nouvelle personne.</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="85"/>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="86"/>
        <source>Held</source>
        <translation>Tenu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="87"/>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="88"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>MeetingSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="33"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="36"/>
        <source>U&amp;nlock</source>
        <translation>Déverr&amp;ouiller</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="39"/>
        <source>Re&amp;move meeting</source>
        <translation>Retirer le rende&amp;z-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="43"/>
        <source>&amp;Fit this request in</source>
        <translation>&amp;Placer cette demande</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="45"/>
        <source>Place the selected request at the first free slot</source>
        <translation>Placer la demande sélectionnée au premier créneau libre</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="60"/>
        <source>no session is shown</source>
        <translation>aucune session n&apos;est affichée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="69"/>
        <source>Cannot go there: %1</source>
        <translation>Impossible de le placer là&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="87"/>
        <source>move the meeting</source>
        <translation>déplacement du rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="108"/>
        <source>Meeting %1 moved and locked. Undo with Ctrl+Z.</source>
        <translation>Rendez-vous %1 déplacé et verrouillé. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="149"/>
        <source>Remove a meeting</source>
        <translation>Retirer un rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="151"/>
        <source>Meeting %1 removed. Undo with Ctrl+Z.</source>
        <translation>Rendez-vous %1 retiré. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="159"/>
        <source>Fit a request in</source>
        <translation>Placer une demande</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="162"/>
        <source>%1 and %2 now meet (locked).</source>
        <translation>%1 et %2 ont maintenant rendez-vous (verrouillé).</translation>
    </message>
</context>
<context>
    <name>MeetingsOfDayView</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="118"/>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="127"/>
        <source>Not checked in yet</source>
        <translation>Arrivée pas encore enregistrée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="226"/>
        <source>Only meetings with someone &amp;late</source>
        <translation>Seulement les rendez-vous avec un &amp;retardataire</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="252"/>
        <source>Notes for the follow-up (optional), then pick the outcome</source>
        <translation>Notes pour le suivi (facultatif), puis choisissez le résultat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="268"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Suivi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="270"/>
        <source>The outcome of the selected meeting, in one click (marks it held)</source>
        <translation>Le résultat du rendez-vous sélectionné, en un clic (le marque tenu)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="277"/>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="311"/>
        <source>&amp;Held</source>
        <translation>&amp;Tenu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="314"/>
        <source>Mark held</source>
        <translation>Marquer tenu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="317"/>
        <source>&amp;No-show</source>
        <translation>&amp;Absent</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="320"/>
        <source>Mark no-show</source>
        <translation>Marquer absent</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="323"/>
        <source>&amp;Cancelled</source>
        <translation>A&amp;nnulé</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="326"/>
        <source>Mark cancelled</source>
        <translation>Marquer annulé</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="329"/>
        <source>&amp;Scheduled</source>
        <translation>&amp;Planifié</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="332"/>
        <source>Back to scheduled</source>
        <translation>Revenir à planifié</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="335"/>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="338"/>
        <source>Move the meeting to a free slot or table</source>
        <translation>Déplacer le rendez-vous vers un créneau ou une table libre</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="340"/>
        <source>Follow-&amp;up</source>
        <translation>S&amp;uivi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="388"/>
        <source>Times in %1 (%2)</source>
        <translation>Heures du fuseau %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="439"/>
        <source>No meetings this day.</source>
        <translation>Aucun rendez-vous ce jour-là.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="448"/>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="503"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="450"/>
        <source>%1, %2 to come</source>
        <translation>%1, %2 à venir</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="454"/>
        <source>%1 late</source>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="496"/>
        <source>change the meeting&apos;s status</source>
        <translation>changement du statut du rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="506"/>
        <source>%1: %2. Undo with Ctrl+Z.</source>
        <translation>%1&#xa0;: %2. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="523"/>
        <source>move the meeting</source>
        <translation>déplacement du rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="555"/>
        <source>Meeting %1 moved and locked. Undo with Ctrl+Z.</source>
        <translation>Rendez-vous %1 déplacé et verrouillé. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="577"/>
        <source>record the follow-up</source>
        <translation>enregistrement du suivi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="589"/>
        <source>Follow-up “%1” recorded for %2 (meeting marked held). Undo with Ctrl+Z.</source>
        <translation>Suivi «&#xa0;%1&#xa0;» enregistré pour %2 (rendez-vous marqué tenu). Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="591"/>
        <source>Follow-up “%1” recorded for %2. Undo with Ctrl+Z.</source>
        <translation>Suivi «&#xa0;%1&#xa0;» enregistré pour %2. Ctrl+Z pour annuler.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="399"/>
        <source>Which record do you keep?</source>
        <translation>Quelle fiche gardez-vous&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="405"/>
        <source>Keep %1</source>
        <translation>Garder %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="432"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>MissionChooser</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/chooser.py" line="30"/>
        <source>&amp;Mission:</source>
        <translation>&amp;Mission&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MissionDeletionText</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="398"/>
        <source>%n programme item(s)</source>
        <translation>
            <numerusform>%n élément du programme</numerusform>
            <numerusform>%n éléments du programme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="399"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n inscription</numerusform>
            <numerusform>%n inscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="400"/>
        <source>%n B2B session(s)</source>
        <translation>
            <numerusform>%n session B2B</numerusform>
            <numerusform>%n sessions B2B</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="401"/>
        <source>%n meeting request(s)</source>
        <translation>
            <numerusform>%n demande de rendez-vous</numerusform>
            <numerusform>%n demandes de rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="402"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="403"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n suivi</numerusform>
            <numerusform>%n suivis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="404"/>
        <source>%n KPI target(s)</source>
        <translation>
            <numerusform>%n objectif KPI</numerusform>
            <numerusform>%n objectifs KPI</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="418"/>
        <source>Mission %1 has nothing else attached to it.</source>
        <translation>Rien d&apos;autre n&apos;est rattaché à la mission %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="421"/>
        <source>Deleting mission %1 also deletes %2.</source>
        <translation>Supprimer la mission %1 supprime aussi %2.</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="99"/>
        <source>New mission</source>
        <translation>Nouvelle mission</translation>
    </message>
</context>
<context>
    <name>MissionForm</name>
    <message>
        <location filename="../../ui/mission_form.ui" line="10"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="11"/>
        <source>e.g. PW2027</source>
        <translation>p. ex. PW2027</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="12"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="13"/>
        <source>e.g. Photonics West 2027 business mission</source>
        <translation>p. ex. Mission d&apos;affaires Photonics West 2027</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="14"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="16"/>
        <source>&amp;Host event</source>
        <translation>Événement &amp;hôte</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="17"/>
        <source>optional, e.g. SPIE Photonics West</source>
        <translation>facultatif, p. ex. SPIE Photonics West</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="18"/>
        <source>C&amp;ity</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="20"/>
        <source>Co&amp;untry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="21"/>
        <source>Type the name in English, French, Portuguese, Finnish or Swedish, or the code (DE)</source>
        <translation>Tapez le nom en anglais, français, portugais, finnois ou suédois, ou le code (DE)</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="22"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="25"/>
        <source>Type a city (Berlin, São Paulo, Munich) or part of a zone&apos;s name</source>
        <translation>Tapez une ville (Berlin, São Paulo, Munich) ou une partie du nom d&apos;un fuseau</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="26"/>
        <source>The zone&apos;s offset from UTC today (it changes with daylight saving time)</source>
        <translation>Le décalage du fuseau par rapport à UTC aujourd&apos;hui (il change avec l&apos;heure d&apos;été)</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="29"/>
        <source>&amp;First day</source>
        <translation>&amp;Premier jour</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="31"/>
        <source>&amp;Last day</source>
        <translation>&amp;Dernier jour</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="33"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="35"/>
        <source>Organised &amp;by</source>
        <translation>&amp;Organisée par</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="37"/>
        <source>&amp;Objectives</source>
        <translation>O&amp;bjectifs</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="39"/>
        <source>&amp;Practical information</source>
        <translation>&amp;Informations pratiques</translation>
    </message>
</context>
<context>
    <name>MissionKind</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="39"/>
        <source>Business mission</source>
        <translation>Mission d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="40"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="41"/>
        <source>Fair participation</source>
        <translation>Participation à un salon</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="42"/>
        <source>Matchmaking event</source>
        <translation>Convention d&apos;affaires</translation>
    </message>
</context>
<context>
    <name>MissionPicker</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="481"/>
        <source>Take mission offline</source>
        <translation>Emporter une mission hors ligne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="493"/>
        <source>&amp;Mission to take to the fair:</source>
        <translation>&amp;Mission à emporter au salon&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="499"/>
        <source>&amp;Next…</source>
        <translation>&amp;Suivant…</translation>
    </message>
</context>
<context>
    <name>MissionStatus</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="44"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="45"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="46"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="47"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
</context>
<context>
    <name>MissionSwitcher</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/current.py" line="125"/>
        <source>Switch mission</source>
        <translation>Changer de mission</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/current.py" line="144"/>
        <source>Type a code, name, city or year…</source>
        <translation>Tapez un code, un nom, une ville ou une année…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/current.py" line="148"/>
        <source>No mission matches.</source>
        <translation>Aucune mission ne correspond.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/current.py" line="156"/>
        <source>Switch</source>
        <translation>Changer</translation>
    </message>
</context>
<context>
    <name>MissionsPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="68"/>
        <source>%1 to %2, %3</source>
        <translation>Du %1 au %2, %3</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="101"/>
        <source>Search missions: code, name, city, kind…</source>
        <translation>Rechercher des missions&#xa0;: code, nom, ville, type…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="105"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="124"/>
        <source>&amp;New mission…</source>
        <translation>&amp;Nouvelle mission…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="127"/>
        <source>&amp;Edit mission…</source>
        <translation>&amp;Modifier la mission…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="130"/>
        <source>D&amp;uplicate mission…</source>
        <translation>&amp;Dupliquer la mission…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="133"/>
        <source>&amp;Delete mission…</source>
        <translation>&amp;Supprimer la mission…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="135"/>
        <source>Open &amp;programme</source>
        <translation>Ouvrir le &amp;programme</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="155"/>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="159"/>
        <source>Missions and workshops</source>
        <translation>Missions et ateliers</translation>
    </message>
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
            <numerusform>Missions affichées&#xa0;: %1 sur %n</numerusform>
            <numerusform>Missions affichées&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="248"/>
        <source>New mission</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="254"/>
        <source>Mission %1 created.</source>
        <translation>Mission %1 créée.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="269"/>
        <source>open the mission</source>
        <translation>ouverture de la mission</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="282"/>
        <source>Edit mission %1</source>
        <translation>Modifier la mission %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="288"/>
        <source>Mission %1 saved.</source>
        <translation>Mission %1 enregistrée.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="312"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="320"/>
        <source>Mission %1 duplicated.</source>
        <translation>Mission %1 dupliquée.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="332"/>
        <source>delete the mission</source>
        <translation>suppression de la mission</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="337"/>
        <source>Delete mission %1?</source>
        <translation>Supprimer la mission %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="340"/>
        <source>%1

A backup of the database is taken first, in the backups folder beside it.</source>
        <translation>%1

Une sauvegarde de la base de données est d&apos;abord effectuée, dans le dossier de sauvegardes situé à côté.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="349"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="370"/>
        <source>Mission %1 deleted (a backup was taken first).</source>
        <translation>Mission %1 supprimée (une sauvegarde a d&apos;abord été effectuée).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="372"/>
        <source>Backing up, then deleting mission %1…</source>
        <translation>Sauvegarde, puis suppression de la mission %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="374"/>
        <source>delete mission %1</source>
        <translation>suppression de la mission %1</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="190"/>
        <source>Move the meeting</source>
        <translation>Déplacer le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="195"/>
        <source>%1&lt;br&gt;Free places (no table taken, nobody busy or away):</source>
        <translation>%1&lt;br&gt;Places libres (aucune table prise, personne d&apos;occupé ni d&apos;absent)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="199"/>
        <source>%1&lt;br&gt;&lt;b&gt;No free place:&lt;/b&gt; every other slot and table is taken, or a participant is busy, away or in a programme item then.</source>
        <translation>%1&lt;br&gt;&lt;b&gt;Aucune place libre&#xa0;:&lt;/b&gt; tous les autres créneaux et tables sont pris, ou un participant est alors occupé, absent ou pris par un élément du programme.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="208"/>
        <source>Filter: a day, a time, a table…</source>
        <translation>Filtrer&#xa0;: un jour, une heure, une table…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="224"/>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="251"/>
        <source>Choose a free place in the list.</source>
        <translation>Choisissez une place libre dans la liste.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="87"/>
        <source>New practical note</source>
        <translation>Nouvelle information pratique</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="92"/>
        <source>e.g. Entry to the US</source>
        <translation>p. ex. Entrée aux États-Unis</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="95"/>
        <source>What they need to know</source>
        <translation>Ce qu&apos;il faut savoir</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="97"/>
        <source>&amp;Everyone</source>
        <translation>Tout le &amp;monde</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="98"/>
        <source>One &amp;delegation:</source>
        <translation>Une &amp;délégation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="102"/>
        <source>Some &amp;roles:</source>
        <translation>Certains &amp;rôles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="112"/>
        <source>The mission has no delegations yet</source>
        <translation>La mission n&apos;a pas encore de délégation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="131"/>
        <source>&amp;Title</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="133"/>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="137"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="171"/>
        <source>(a removed delegation)</source>
        <translation>(une délégation supprimée)</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="229"/>
        <source>Practical notes — %1</source>
        <translation>Informations pratiques — %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="233"/>
        <source>&lt;b&gt;Practical notes of %1 — %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Informations pratiques de %1 — %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="241"/>
        <source>Notes go into the packs of those they are for. The mission&apos;s own practical information is for everyone. Changes are saved at once (no undo).</source>
        <translation>Les informations vont dans les dossiers des personnes concernées. Les informations pratiques propres à la mission sont pour tout le monde. Les modifications sont enregistrées immédiatement (sans annulation possible).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="249"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="249"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="260"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="262"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="264"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="359"/>
        <source>Edit practical note</source>
        <translation>Modifier l&apos;information pratique</translation>
    </message>
</context>
<context>
    <name>OfflineCopies</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="40"/>
        <source>PIMAP database (*.sqlite)</source>
        <translation>Base de données PIMAP (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="43"/>
        <source>Take mission offline</source>
        <translation>Emporter une mission hors ligne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="44"/>
        <source>Bring back an offline copy</source>
        <translation>Réintégrer une copie hors ligne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="139"/>
        <source>&amp;Take mission offline…</source>
        <translation>&amp;Emporter la mission hors ligne…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="141"/>
        <source>Write the mission and all it needs into a file for the laptop at the fair</source>
        <translation>Écrire la mission et tout ce dont elle a besoin dans un fichier pour le portable du salon</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="144"/>
        <source>Brin&amp;g back an offline copy…</source>
        <translation>Réinté&amp;grer une copie hors ligne…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="146"/>
        <source>Merge what changed at the fair into this database, choosing per conflict</source>
        <translation>Fusionner dans cette base ce qui a changé au salon, en choisissant pour chaque conflit</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="160"/>
        <source>There is no mission to take offline.</source>
        <translation>Il n&apos;y a aucune mission à emporter hors ligne.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="186"/>
        <source>Take %1 offline</source>
        <translation>Emporter %1 hors ligne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="196"/>
        <source>Cancelled: no copy was written.</source>
        <translation>Annulé&#xa0;: aucune copie n&apos;a été écrite.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="208"/>
        <source>take %1 offline</source>
        <translation>copie hors ligne de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="211"/>
        <source>Writing %1 into %2…</source>
        <translation>Écriture de %1 dans %2…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="223"/>
        <source>%1 taken offline: %2</source>
        <translation>Mission %1 emportée hors ligne&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="225"/>
        <source>Mission taken offline</source>
        <translation>Mission emportée hors ligne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="242"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="252"/>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="293"/>
        <source>bring back the copy</source>
        <translation>réintégration de la copie</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="255"/>
        <source>Comparing %1 with this database…</source>
        <translation>Comparaison de %1 avec cette base…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="295"/>
        <source>Bringing the copy back (a backup is taken first)…</source>
        <translation>Réintégration de la copie (une sauvegarde est d&apos;abord effectuée)…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="309"/>
        <source>Offline copy brought back</source>
        <translation>Copie hors ligne réintégrée</translation>
    </message>
</context>
<context>
    <name>OfflinePreviewText</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="66"/>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="67"/>
        <source>Keep here</source>
        <translation>Garder ici</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="68"/>
        <source>Take the laptop&apos;s</source>
        <translation>Prendre celle du portable</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="73"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="74"/>
        <source>registration</source>
        <translation>inscription</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="75"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="76"/>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="77"/>
        <source>meeting</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="78"/>
        <source>meeting request</source>
        <translation>demande de rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="79"/>
        <source>availability</source>
        <translation>disponibilités</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="80"/>
        <source>programme item</source>
        <translation>élément du programme</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="81"/>
        <source>B2B session</source>
        <translation>Session B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="82"/>
        <source>B2B table</source>
        <translation>table B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="83"/>
        <source>practical note</source>
        <translation>information pratique</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="84"/>
        <source>delegation</source>
        <translation>délégation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="85"/>
        <source>mission</source>
        <translation>mission</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="86"/>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="87"/>
        <source>venue</source>
        <translation>lieu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="91"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="92"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n inscription</numerusform>
            <numerusform>%n inscriptions</numerusform>
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
            <numerusform>%n suivi</numerusform>
            <numerusform>%n suivis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="95"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="96"/>
        <source>%n meeting request(s)</source>
        <translation>
            <numerusform>%n demande de rendez-vous</numerusform>
            <numerusform>%n demandes de rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="97"/>
        <source>%n availability window(s)</source>
        <translation>
            <numerusform>%n plage de disponibilité</numerusform>
            <numerusform>%n plages de disponibilité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="98"/>
        <source>%n programme item(s)</source>
        <translation>
            <numerusform>%n élément du programme</numerusform>
            <numerusform>%n éléments du programme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="99"/>
        <source>%n B2B session(s)</source>
        <translation>
            <numerusform>%n session B2B</numerusform>
            <numerusform>%n sessions B2B</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="100"/>
        <source>%n B2B table(s)</source>
        <translation>
            <numerusform>%n table B2B</numerusform>
            <numerusform>%n tables B2B</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="101"/>
        <source>%n practical note(s)</source>
        <translation>
            <numerusform>%n information pratique</numerusform>
            <numerusform>%n informations pratiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="102"/>
        <source>%n delegation(s)</source>
        <translation>
            <numerusform>%n délégation</numerusform>
            <numerusform>%n délégations</numerusform>
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
            <numerusform>%n lieu</numerusform>
            <numerusform>%n lieux</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="119"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="119"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="132"/>
        <source>the whole record</source>
        <translation>toute la fiche</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="174"/>
        <source>Coming back (conflicts aside): %1 added, %2 updated, %3 deleted.</source>
        <translation>Au retour (hors conflits)&#xa0;: %1 ajoutés, %2 modifiés, %3 supprimés.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="176"/>
        <source>Coming back: %1 added, %2 updated, %3 deleted.</source>
        <translation>Au retour&#xa0;: %1 ajoutés, %2 modifiés, %3 supprimés.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="180"/>
        <source>Copy of %1, taken %2 from %3.</source>
        <translation>Copie de %1, emportée le %2 depuis %3.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="188"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="190"/>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="191"/>
        <source>Updated</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="192"/>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
</context>
<context>
    <name>OfflineText</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="75"/>
        <source>%1 — %2 was written to %3: %4, %5, %6.

Open it on the laptop with File ▸ Open database file…, or pimap-desktop --db &quot;%3&quot;.</source>
        <translation>Copie de %1 — %2 écrite dans %3&#xa0;: %4, %5, %6.

Ouvrez-la sur le portable avec Fichier ▸ Ouvrir un fichier de base de données…, ou pimap-desktop --db &quot;%3&quot;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="81"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n inscription</numerusform>
            <numerusform>%n inscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="82"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="83"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n suivi</numerusform>
            <numerusform>%n suivis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="94"/>
        <source>The copy of %1 is back: %2 added, %3 updated, %4 deleted.</source>
        <translation>La copie de %1 est réintégrée&#xa0;: %2 ajoutés, %3 modifiés, %4 supprimés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="107"/>
        <source>%n conflict(s): the laptop&apos;s value taken for %1, this database&apos;s kept for %2.</source>
        <translation>
            <numerusform>%n conflit&#xa0;: valeur du portable prise pour %1, celle de cette base gardée pour %2.</numerusform>
            <numerusform>%n conflits&#xa0;: valeur du portable prise pour %1, celle de cette base gardée pour %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="117"/>
        <source>The conflicts are listed in %1.</source>
        <translation>Les conflits sont listés dans %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="122"/>
        <source>The list of conflicts could not be written: %1</source>
        <translation>La liste des conflits n&apos;a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="127"/>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="129"/>
        <source>Backup taken first: %1</source>
        <translation>Sauvegarde effectuée au préalable&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OnSitePage</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="124"/>
        <source>Check-&amp;in</source>
        <translation>Accu&amp;eil</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="125"/>
        <source>Meetings of the &amp;day</source>
        <translation>Rendez-vous du &amp;jour</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="145"/>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="161"/>
        <source>Reprint &amp;badge</source>
        <translation>Réimprimer le &amp;badge</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="164"/>
        <source>Print the badge of the person shown again (a lost badge)</source>
        <translation>Réimprimer le badge de la personne affichée (badge perdu)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="167"/>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Inscription sur place…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="170"/>
        <source>Register someone who is not on the list, and check them in</source>
        <translation>Inscrire une personne absente de la liste et enregistrer son arrivée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="172"/>
        <source>Let in and &amp;confirm (Enter)</source>
        <translation>Admettre et &amp;confirmer (Enter)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="173"/>
        <source>Confirm their registration and check them in</source>
        <translation>Confirmer son inscription et enregistrer son arrivée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="177"/>
        <source>Not now (Esc)</source>
        <translation>Pas maintenant (Esc)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="178"/>
        <source>Leave their registration as it is</source>
        <translation>Laisser son inscription telle quelle</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="220"/>
        <source>Ready · %1</source>
        <translation>Prêt · %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="220"/>
        <source>No mission</source>
        <translation>Aucune mission</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="221"/>
        <source>Scan a badge</source>
        <translation>Scannez un badge</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="222"/>
        <source>or type a name or an e-mail</source>
        <translation>ou tapez un nom ou un e-mail</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="343"/>
        <source>Reprinting the badge of %1…</source>
        <translation>Réimpression du badge de %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="370"/>
        <source>Registered, not checked in</source>
        <translation>Inscrit, arrivée non enregistrée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="379"/>
        <source>Walk-in %1 registered. Undo with Ctrl+Z.</source>
        <translation>%1 inscrit sur place. Ctrl+Z pour annuler.</translation>
    </message>
</context>
<context>
    <name>OnSiteSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="140"/>
        <source>Check in %1</source>
        <translation>Enregistrer l&apos;arrivée de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="176"/>
        <source>Walk-in %1</source>
        <translation>Inscrire %1 sur place</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="208"/>
        <source>Mark a meeting %1</source>
        <translation>Marquer un rendez-vous comme %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="210"/>
        <source>Mark %n meetings %1</source>
        <translation>
            <numerusform>Marquer %n rendez-vous comme %1</numerusform>
            <numerusform>Marquer %n rendez-vous comme %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="247"/>
        <source>Move the meeting %1</source>
        <translation>Déplacer le rendez-vous %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="269"/>
        <source>Follow-up “%1” for %2</source>
        <translation>Enregistrer le suivi «&#xa0;%1&#xa0;» pour %2</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="141"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="151"/>
        <source>The layout&apos;s own paper</source>
        <translation>Le papier propre à la mise en page</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="155"/>
        <source>Crop marks for cutting</source>
        <translation>Traits de coupe</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="157"/>
        <source>One PDF for everyone</source>
        <translation>Un seul PDF pour tout le monde</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="158"/>
        <source>One PDF per person, in a folder</source>
        <translation>Un PDF par personne, dans un dossier</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="161"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="162"/>
        <source>First sector</source>
        <translation>Premier secteur</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="169"/>
        <source>The document&apos;s language. A person&apos;s own agenda, pack or badge is in their preferred language when one is recorded.</source>
        <translation>La langue du document. Le programme, le dossier ou le badge d&apos;une personne est dans sa langue préférée quand celle-ci est enregistrée.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="188"/>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="189"/>
        <source>Badge layout:</source>
        <translation>Modèle de badge&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="190"/>
        <source>Sheet:</source>
        <translation>Feuille&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="192"/>
        <source>Files:</source>
        <translation>Fichiers&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="193"/>
        <source>B2B session:</source>
        <translation>Session B2B&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="194"/>
        <source>Group by:</source>
        <translation>Grouper par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="195"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="217"/>
        <source>All sessions</source>
        <translation>Toutes les sessions</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="288"/>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../ui/organisation_form.ui" line="10"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="11"/>
        <source>e.g. LaserTech Aquitaine</source>
        <translation>p. ex. LaserTech Aquitaine</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="12"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="16"/>
        <source>&amp;Size</source>
        <translation>Ta&amp;ille</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="21"/>
        <source>C&amp;ity</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="25"/>
        <source>Co&amp;untry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="26"/>
        <source>Type the name in English, French, Portuguese, Finnish or Swedish, or the code (DE)</source>
        <translation>Tapez le nom en anglais, français, portugais, finnois ou suédois, ou le code (DE)</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="29"/>
        <source>&amp;Website</source>
        <translation>&amp;Site web</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="30"/>
        <source>e.g. https://www.example.fr</source>
        <translation>p. ex. https://www.example.fr</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="31"/>
        <source>Cl&amp;uster</source>
        <translation>Cl&amp;uster</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="33"/>
        <source>S&amp;ectors</source>
        <translation>S&amp;ecteurs</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="34"/>
        <source>separated by commas, e.g. Photonics, Aerospace</source>
        <translation>séparés par des virgules, p. ex. Photonique, Aéronautique</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="35"/>
        <source>&amp;Technologies</source>
        <translation>Tec&amp;hnologies</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="36"/>
        <location filename="../../ui/organisation_form.ui" line="38"/>
        <source>separated by commas</source>
        <translation>liste séparée par des virgules</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="37"/>
        <source>&amp;Application areas</source>
        <translation>Domaines d&apos;&amp;application</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="39"/>
        <source>&amp;Value chain</source>
        <translation>&amp;Chaîne de valeur</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="40"/>
        <source>position, e.g. component supplier, integrator</source>
        <translation>position, p. ex. fournisseur de composants, intégrateur</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="41"/>
        <source>E&amp;xport readiness</source>
        <translation>Maturité à l&apos;e&amp;xport</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="43"/>
        <source>&amp;Offers</source>
        <translation>&amp;Offre</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="45"/>
        <source>See&amp;ks</source>
        <translation>&amp;Recherche</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="47"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="20"/>
        <source>SME</source>
        <translation>PME</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="21"/>
        <source>Large company</source>
        <translation>Grande entreprise</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="22"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="23"/>
        <source>Research centre</source>
        <translation>Centre de recherche</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="24"/>
        <source>Integrator</source>
        <translation>Intégrateur</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="25"/>
        <source>Investor</source>
        <translation>Investisseur</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="26"/>
        <source>Public body</source>
        <translation>Organisme public</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="27"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>OrganisationSize</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="29"/>
        <source>Micro</source>
        <translation>Micro</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="30"/>
        <source>Small</source>
        <translation>Petite</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="31"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="32"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="50"/>
        <source>No look-alikes: every organisation is either known exactly or new.</source>
        <translation>Aucune organisation similaire&#xa0;: chaque organisation est soit connue exactement, soit nouvelle.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="521"/>
        <source>Organisations that look alike</source>
        <translation>Organisations similaires</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="524"/>
        <source>These organisation names of the file are close to organisations already in the directory. Choose whether each is one of them or a new one.</source>
        <translation>Ces noms d&apos;organisations du fichier sont proches d&apos;organisations déjà présentes dans l&apos;annuaire. Indiquez pour chacun s&apos;il s&apos;agit de l&apos;une d&apos;elles ou d&apos;une nouvelle organisation.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="540"/>
        <source>Looking for organisations that look alike…</source>
        <translation>Recherche d&apos;organisations similaires…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="547"/>
        <source>A new organisation</source>
        <translation>Une nouvelle organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="549"/>
        <source>The same as “%1”</source>
        <translation>La même que «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PeopleGridModel</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="362"/>
        <source>Not available (outside their availability windows)</source>
        <translation>Indisponible (en dehors de ses plages de disponibilité)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="144"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="156"/>
        <source>the language of each export</source>
        <translation>la langue de chaque export</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="171"/>
        <source>none; type to search the directory&apos;s organisations</source>
        <translation>aucune&#xa0;; tapez pour rechercher parmi les organisations de l&apos;annuaire</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="215"/>
        <source>Several organisations are called &apos;%1&apos;: pick one from the list.</source>
        <translation>Plusieurs organisations s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;: choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="222"/>
        <source>No organisation called &apos;%1&apos; is in the directory: pick one from the list, or create it first on the Organisations tab.</source>
        <translation>Aucune organisation nommée «&#xa0;%1&#xa0;» ne figure dans l&apos;annuaire&#xa0;: choisissez-en une dans la liste, ou créez-la d&apos;abord dans l&apos;onglet Organisations.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/person_form.ui" line="10"/>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="12"/>
        <source>&amp;Last name</source>
        <translation>Nom de fa&amp;mille</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="14"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="15"/>
        <source>the same e-mail is the same person</source>
        <translation>même e-mail, même personne</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="16"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="18"/>
        <source>&amp;Job title</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="19"/>
        <source>e.g. Business development manager</source>
        <translation>p. ex. Responsable du développement commercial</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="20"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="21"/>
        <source>with the country code, e.g. +33 5 56 00 00 01</source>
        <translation>avec l&apos;indicatif du pays, p. ex. +33 5 56 00 00 01</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="22"/>
        <source>&amp;Badge name</source>
        <translation>Nom sur le &amp;badge</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="23"/>
        <source>optional; the full name is printed when empty</source>
        <translation>facultatif&#xa0;; le nom complet est imprimé si vide</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="24"/>
        <source>L&amp;anguages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="25"/>
        <source>separated by commas, e.g. French, English</source>
        <translation>séparées par des virgules, p. ex. français, anglais</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="26"/>
        <source>Documents &amp;in</source>
        <translation>Langue des doc&amp;uments</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="27"/>
        <source>The language of their own agenda, badge and pack</source>
        <translation>La langue de son propre agenda, de son badge et de son dossier participant</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="28"/>
        <source>&amp;Diet</source>
        <translation>&amp;Régime alimentaire</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="29"/>
        <source>e.g. vegetarian, no nuts</source>
        <translation>p. ex. végétarien, sans fruits à coque</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="30"/>
        <source>A&amp;ccessibility</source>
        <translation>&amp;Accessibilité</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="31"/>
        <source>needs to plan for, if any</source>
        <translation>besoins à prévoir, le cas échéant</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="32"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="35"/>
        <source>May be &amp;listed in attendee packs</source>
        <translation>Peut figurer dans les &amp;dossiers participants</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="36"/>
        <source>May be c&amp;ontacted after the mission</source>
        <translation>Peut être &amp;contacté après la mission</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="39"/>
        <source>Consent &amp;given on</source>
        <translation>Consentement recue&amp;illi le</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="40"/>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="41"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="75"/>
        <source>type part of a name or organisation</source>
        <translation>tapez une partie d&apos;un nom ou d&apos;une organisation</translation>
    </message>
</context>
<context>
    <name>PreviewCaption</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="59"/>
        <source>First page, made for the first person of %1 (the saved document has everyone).</source>
        <translation>Première page, faite pour la première personne de %1 (le document enregistré contient tout le monde).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="63"/>
        <source>First page, made for the first %1 people of %2 (the saved document has everyone).</source>
        <translation>Première page, faite pour les %1 premières personnes de %2 (le document enregistré contient tout le monde).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="66"/>
        <source>First page of %1.</source>
        <translation>Première page de %1.</translation>
    </message>
</context>
<context>
    <name>PreviewRunner</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="134"/>
        <source>Making the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="136"/>
        <source>make the preview</source>
        <translation>préparation de l&apos;aperçu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="166"/>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="170"/>
        <source>No preview</source>
        <translation>Pas d&apos;aperçu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="169"/>
        <source>The preview could not be made; the details are in the log file.</source>
        <translation>L&apos;aperçu n&apos;a pas pu être préparé&#xa0;; les détails sont dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="71"/>
        <source>New programme item</source>
        <translation>Nouvel élément du programme</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="93"/>
        <source>pick or type a new venue</source>
        <translation>choisissez ou tapez un nouveau lieu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="95"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="97"/>
        <source>Delegation: %1</source>
        <translation>Délégation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="98"/>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="199"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="121"/>
        <source>Make this item the alternative to another: whoever attends that one does not get this one (a free afternoon instead of a site visit)</source>
        <translation>Faire de cet élément l&apos;alternative à un autre&#xa0;: qui participe à celui-là ne reçoit pas celui-ci (un après-midi libre au lieu d&apos;une visite de site)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="125"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="128"/>
        <source>&amp;Instead of</source>
        <translation>À la &amp;place de</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="183"/>
        <source>%1 — ends the next day</source>
        <translation>%1 — finit le lendemain</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="199"/>
        <source>Roles: %1</source>
        <translation>Rôles&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="209"/>
        <source>Another item of the programme</source>
        <translation>Un autre élément du programme</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="227"/>
        <source>Named people (%1)</source>
        <translation>Personnes désignées (%1)</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemForm</name>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="10"/>
        <source>&amp;Title</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="11"/>
        <source>e.g. Delegation briefing</source>
        <translation>p. ex. Briefing de la délégation</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="12"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="14"/>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="16"/>
        <source>&amp;From / to</source>
        <translation>&amp;De / à</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="26"/>
        <source>&amp;Venue</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="28"/>
        <source>&amp;Room</source>
        <translation>&amp;Salle</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="29"/>
        <source>optional, e.g. Room 2014</source>
        <translation>facultatif, p. ex. Salle 2014</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="30"/>
        <source>&amp;Who attends</source>
        <translation>&amp;Qui participe</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="32"/>
        <source>D&amp;escription</source>
        <translation>D&amp;escription</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemKind</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="49"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="50"/>
        <source>Fair visit</source>
        <translation>Visite de salon</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="51"/>
        <source>Site visit</source>
        <translation>Visite de site</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="52"/>
        <source>Reception</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="53"/>
        <source>Workshop session</source>
        <translation>Session d&apos;atelier</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="54"/>
        <source>B2B session</source>
        <translation>Session B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="55"/>
        <source>Meal</source>
        <translation>Repas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="56"/>
        <source>Travel</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="57"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="59"/>
        <source>Calendars (*.ics *.ical *.icalendar);;All files (*)</source>
        <translation>Calendriers (*.ics *.ical *.icalendar);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="132"/>
        <source>Show every day of the mission side by side, or one day</source>
        <translation>Afficher tous les jours de la mission côte à côte, ou un seul jour</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="139"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="146"/>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="147"/>
        <source>T&amp;imeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="149"/>
        <source>&amp;Add item…</source>
        <translation>&amp;Ajouter un élément…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="152"/>
        <source>&amp;Edit item…</source>
        <translation>&amp;Modifier l&apos;élément…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="155"/>
        <source>D&amp;uplicate item</source>
        <translation>&amp;Dupliquer l&apos;élément</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="158"/>
        <source>&amp;Delete item</source>
        <translation>&amp;Supprimer l&apos;élément</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="161"/>
        <source>&amp;Import agenda (.ics)…</source>
        <translation>&amp;Importer un agenda (.ics)…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="164"/>
        <source>Add a partner&apos;s agenda (an .ics calendar file) to the programme, or bring it up to date</source>
        <translation>Ajouter au programme l&apos;agenda d&apos;un partenaire (fichier de calendrier .ics), ou le mettre à jour</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="169"/>
        <source>Practical &amp;notes…</source>
        <translation>Informations &amp;pratiques…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="172"/>
        <source>Practical information for everyone, one delegation or some roles (visas, hotel rates, shuttles)</source>
        <translation>Informations pratiques pour tout le monde, une délégation ou certains rôles (visas, tarifs d&apos;hôtel, navettes)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="197"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="246"/>
        <source>Times in %1 (%2)</source>
        <translation>Heures du fuseau %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="248"/>
        <source>Times in %1</source>
        <translation>Heures du fuseau %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="254"/>
        <source>⚠ %1 items overlap with another item in the same room: %2</source>
        <translation>⚠ %1 éléments chevauchent un autre élément dans la même salle&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="274"/>
        <source>All days</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="366"/>
        <source>Added “%1”, %2.</source>
        <translation>«&#xa0;%1&#xa0;» ajouté, %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="448"/>
        <source>Saved “%1”, %2.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré, %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="455"/>
        <source>Edit programme item</source>
        <translation>Modifier l&apos;élément du programme</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="481"/>
        <source>duplicate the item</source>
        <translation>duplication de l&apos;élément</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="485"/>
        <source>Duplicated “%1”, %2.</source>
        <translation>«&#xa0;%1&#xa0;» dupliqué, %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="495"/>
        <source>delete the item</source>
        <translation>suppression de l&apos;élément</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="502"/>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="517"/>
        <source>Import a partner&apos;s agenda</source>
        <translation>Importer l&apos;agenda d&apos;un partenaire</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="525"/>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="541"/>
        <source>import %1</source>
        <translation>import de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="528"/>
        <source>Nothing new</source>
        <translation>Rien de nouveau</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="529"/>
        <source>Nothing new in %1.</source>
        <translation>Rien de nouveau dans %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="553"/>
        <source>%1 imported: %2. Undo with Ctrl+Z.</source>
        <translation>Import de %1&#xa0;: %2. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="566"/>
        <source>%1 ⚠ Same room at the same time as %2.</source>
        <translation>%1 ⚠ Même salle au même moment que %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="574"/>
        <source>Nothing new in %1: its %n item(s) are already on the programme, unchanged.</source>
        <translation>
            <numerusform>Rien de nouveau dans %1&#xa0;: %n élément, déjà au programme et inchangé.</numerusform>
            <numerusform>Rien de nouveau dans %1&#xa0;: %n éléments, déjà au programme et inchangés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="581"/>
        <source>Nothing to import from %1.</source>
        <translation>Rien à importer depuis %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="586"/>
        <source>… and %1 more</source>
        <translation>… et %1 autres</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="587"/>
        <source>%n event(s) skipped:
%1</source>
        <translation>
            <numerusform>%n événement ignoré&#xa0;:
%1</numerusform>
            <numerusform>%n événements ignorés&#xa0;:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeTimeline</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline.py" line="170"/>
        <source>Times in the mission&apos;s local time</source>
        <translation>Heures locales de la mission</translation>
    </message>
</context>
<context>
    <name>ProgrammeTreeModel</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="30"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="31"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="32"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="33"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="34"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="35"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="36"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="46"/>
        <source> (+%1d)</source>
        <translation> (+%1 j)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="115"/>
        <source>Time (%1)</source>
        <translation>Heure (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="134"/>
        <source>⚠ same room as %1</source>
        <translation>⚠ même salle que %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="143"/>
        <source>Overlaps in the same room with: %1</source>
        <translation>Chevauchement dans la même salle avec&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="154"/>
        <source>no items</source>
        <translation>aucun élément</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="154"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="157"/>
        <source>⚠ %1 overlapping</source>
        <translation>⚠ %1 en chevauchement</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="63"/>
        <source>Registration of %1</source>
        <translation>Inscription de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="70"/>
        <source>Arrival and departure are local times of the mission (%1).</source>
        <translation>L&apos;arrivée et le départ sont en heure locale de la mission (%1).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="85"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <location filename="../../ui/registration_form.ui" line="11"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="13"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="15"/>
        <source>&amp;Delegation</source>
        <translation>&amp;Délégation</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="17"/>
        <source>&amp;Arrival</source>
        <translation>&amp;Arrivée</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="19"/>
        <source>D&amp;eparture</source>
        <translation>Dé&amp;part</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="21"/>
        <source>&amp;Hotel</source>
        <translation>&amp;Hôtel</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="23"/>
        <source>&amp;Badge name</source>
        <translation>Nom sur le &amp;badge</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="24"/>
        <source>as printed on the badge, if not the full name</source>
        <translation>tel qu&apos;imprimé sur le badge, si ce n&apos;est pas le nom complet</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="25"/>
        <source>D&amp;iet</source>
        <translation>Ré&amp;gime</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="26"/>
        <source>e.g. vegetarian, halal, gluten-free</source>
        <translation>p. ex. végétarien, halal, sans gluten</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="27"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>RegistrationRole</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="67"/>
        <source>Delegate</source>
        <translation>Délégué</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="68"/>
        <source>Local participant</source>
        <translation>Participant local</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="69"/>
        <source>Local host</source>
        <translation>Hôte local</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="70"/>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="71"/>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="72"/>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="74"/>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="75"/>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="76"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="77"/>
        <source>Waitlisted</source>
        <translation>En liste d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="78"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="79"/>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
</context>
<context>
    <name>RegistrationSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="91"/>
        <source>&amp;Add people…</source>
        <translation>&amp;Ajouter des personnes…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="92"/>
        <source>&amp;Edit registration…</source>
        <translation>&amp;Modifier l&apos;inscription…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="93"/>
        <source>&amp;Remove from mission</source>
        <translation>&amp;Retirer de la mission</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="94"/>
        <source>&amp;Import people…</source>
        <translation>&amp;Importer des personnes…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="95"/>
        <source>E&amp;xport people…</source>
        <translation>E&amp;xporter les personnes…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="97"/>
        <source>Reprint &amp;badge…</source>
        <translation>Réimprimer le &amp;badge…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="101"/>
        <source>Print the selected person&apos;s badge on a printer</source>
        <translation>Imprimer le badge de la personne sélectionnée sur une imprimante</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="103"/>
        <source>Save badge P&amp;DF…</source>
        <translation>Enregistrer le badge en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="105"/>
        <source>The selected person&apos;s badge as a PDF file</source>
        <translation>Le badge de la personne sélectionnée en fichier PDF</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="106"/>
        <source>Set &amp;status</source>
        <translation>Changer le &amp;statut</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="113"/>
        <source>Set status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="160"/>
        <source>%1 added to the mission.</source>
        <translation>Personnes ajoutées à la mission&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="206"/>
        <source>Registration of %1 saved.</source>
        <translation>Inscription de %1 enregistrée.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="230"/>
        <source>change the status</source>
        <translation>changement de statut</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="238"/>
        <source>%1 set to %2. Undo with Ctrl+Z.</source>
        <translation>Inscriptions passées au statut «&#xa0;%2&#xa0;»&#xa0;: %1. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="254"/>
        <source>remove from the mission</source>
        <translation>retrait de la mission</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="263"/>
        <source>%1 removed from the mission. Undo with Ctrl+Z.</source>
        <translation>Retiré de la mission&#xa0;: %1. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="276"/>
        <source>form the delegations</source>
        <translation>formation des délégations</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="282"/>
        <source>Delegations formed %1: %2 people placed. Undo with Ctrl+Z.</source>
        <translation>Délégations formées %1 (personnes placées&#xa0;: %2). Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="307"/>
        <source>Export the mission&apos;s people</source>
        <translation>Exporter les personnes de la mission</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="319"/>
        <source>export the people</source>
        <translation>export des personnes</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="321"/>
        <source>%1 registrations written to %2.</source>
        <translation>Inscriptions écrites dans %2&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>RegistrationTable</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="168"/>
        <source>Right-click to choose the columns</source>
        <translation>Clic droit pour choisir les colonnes</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="239"/>
        <source>Default columns</source>
        <translation>Colonnes par défaut</translation>
    </message>
</context>
<context>
    <name>RegistrationUndoSteps</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="37"/>
        <source>Add %n person(s)</source>
        <translation>
            <numerusform>Ajouter %n personne</numerusform>
            <numerusform>Ajouter %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="53"/>
        <source>Remove %1 from the mission</source>
        <translation>Retirer %1 de la mission</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="85"/>
        <source>Edit the registration of %1</source>
        <translation>Modifier l&apos;inscription de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="103"/>
        <source>Set %1 to %2</source>
        <translation>Changer le statut en «&#xa0;%2&#xa0;» (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="119"/>
        <source>Form delegations by country</source>
        <translation>Former les délégations par pays</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="121"/>
        <source>Form delegations by cluster</source>
        <translation>Former les délégations par cluster</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="124"/>
        <source>read the registrations</source>
        <translation>lecture des inscriptions</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="140"/>
        <source>Search: name, organisation, country, cluster, role, status…</source>
        <translation>Rechercher&#xa0;: nom, organisation, pays, cluster, rôle, statut…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="145"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="193"/>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="197"/>
        <source>The delegations beside the list; or drag the bar between them to the edge</source>
        <translation>Les délégations à côté de la liste&#xa0;; ou faites glisser la barre qui les sépare jusqu&apos;au bord</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="223"/>
        <source>Registrations and delegations</source>
        <translation>Inscriptions et délégations</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="267"/>
        <source>Hide delegations ▸</source>
        <translation>Masquer les délégations ▸</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="267"/>
        <source>◂ Show delegations</source>
        <translation>◂ Afficher les délégations</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="358"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="374"/>
        <source>%1 registered</source>
        <translation>Inscrits&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="376"/>
        <source>%1 of %2 shown</source>
        <translation>Affichés&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>RemovalDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="356"/>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="381"/>
        <source>Delete the session</source>
        <translation>Supprimer la session</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="356"/>
        <source>Change the session</source>
        <translation>Modifier la session</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="373"/>
        <source>You can undo this with Edit ▸ Undo (Ctrl+Z).</source>
        <translation>Vous pouvez annuler cette action avec Édition ▸ Annuler (Ctrl+Z).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="379"/>
        <source>Delete the session and %n meeting(s)</source>
        <translation>
            <numerusform>Supprimer la session et %n rendez-vous</numerusform>
            <numerusform>Supprimer la session et %n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="384"/>
        <source>Change the session and remove %n meeting(s)</source>
        <translation>
            <numerusform>Modifier la session et retirer %n rendez-vous</numerusform>
            <numerusform>Modifier la session et retirer %n rendez-vous</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="26"/>
        <source>PDF document (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>Document PDF (*.pdf);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="70"/>
        <source>&amp;Export report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="72"/>
        <source>Save these figures as a PDF (with the charts) or a workbook</source>
        <translation>Enregistrer ces chiffres en PDF (avec les graphiques) ou en classeur</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="74"/>
        <source>&amp;Export KPI report…</source>
        <translation>E&amp;xporter le rapport KPI…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="89"/>
        <source>Save the KPI report</source>
        <translation>Enregistrer le rapport KPI</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="106"/>
        <source>The KPI report was not written.</source>
        <translation>Le rapport KPI n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="107"/>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="111"/>
        <source>write the KPI report</source>
        <translation>écriture du rapport KPI</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="109"/>
        <source>Writing the KPI report to %1…</source>
        <translation>Écriture du rapport KPI dans %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="123"/>
        <source>KPI report written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Rapport KPI écrit dans %1 (%n page).</numerusform>
            <numerusform>Rapport KPI écrit dans %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="126"/>
        <source>KPI report written to %1.</source>
        <translation>Rapport KPI écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="129"/>
        <source>Add a meeting request</source>
        <translation>Ajouter une demande de rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="137"/>
        <source>1 — must meet</source>
        <translation>1 — incontournable</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="138"/>
        <source>2 — would like to</source>
        <translation>2 — souhaité</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="139"/>
        <source>3 — if time</source>
        <translation>3 — si possible</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="144"/>
        <source>&amp;Who asks:</source>
        <translation>&amp;Qui demande&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="145"/>
        <source>&amp;Wants to meet:</source>
        <translation>&amp;Veut rencontrer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="146"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="147"/>
        <source>If the request exists already, its priority is changed.</source>
        <translation>Si la demande existe déjà, sa priorité est modifiée.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="173"/>
        <source>Pick who asks for the meeting from the list.</source>
        <translation>Choisissez dans la liste qui demande le rendez-vous.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="176"/>
        <source>Pick whom they want to meet from the list.</source>
        <translation>Choisissez dans la liste qui la personne veut rencontrer.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="179"/>
        <source>Nobody can ask to meet themselves.</source>
        <translation>Personne ne peut demander à se rencontrer soi-même.</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="81"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="82"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="83"/>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
</context>
<context>
    <name>RequestSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="40"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="43"/>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="47"/>
        <source>Add re&amp;quest…</source>
        <translation>Ajouter une dema&amp;nde…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="50"/>
        <source>Who wants to meet whom, and how much (priority 1 = must meet)</source>
        <translation>Qui veut rencontrer qui, et à quel point (priorité 1 = incontournable)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="54"/>
        <source>Remove re&amp;quest</source>
        <translation>R&amp;etirer la demande</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="56"/>
        <source>Remove the selected requests (a meeting already placed stays)</source>
        <translation>Retirer les demandes sélectionnées (un rendez-vous déjà placé reste)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="58"/>
        <source>&amp;Priority</source>
        <translation>Priori&amp;té</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="61"/>
        <source>1 — must meet</source>
        <translation>1 — incontournable</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="62"/>
        <source>2 — would like to</source>
        <translation>2 — souhaité</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="63"/>
        <source>3 — if time</source>
        <translation>3 — si possible</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="70"/>
        <source>Change the priority of the selected requests</source>
        <translation>Modifier la priorité des demandes sélectionnées</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="74"/>
        <source>Re&amp;quest it</source>
        <translation>&amp;Demander</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="76"/>
        <source>Turn the selected suggestions into requests of priority 3 (double-click)</source>
        <translation>Transformer les suggestions sélectionnées en demandes de priorité 3 (double-clic)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="140"/>
        <source>Request added.</source>
        <translation>Demande ajoutée.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="154"/>
        <source>The request existed: its priority is now %1.</source>
        <translation>La demande existait&#xa0;: sa priorité est désormais %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="156"/>
        <source>%1 Undo with Ctrl+Z.</source>
        <translation>%1 Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="167"/>
        <source>remove the request</source>
        <translation>retrait de la demande</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="173"/>
        <source>%n request(s) removed. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n demande retirée. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n demandes retirées. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="189"/>
        <source>set the priority</source>
        <translation>modification de la priorité</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="198"/>
        <source>Priority %1 set on %n request(s).</source>
        <translation>
            <numerusform>Priorité %1 appliquée à %n demande.</numerusform>
            <numerusform>Priorité %1 appliquée à %n demandes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="214"/>
        <source>answer the request</source>
        <translation>réponse à la demande</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="237"/>
        <source>Request a suggested meeting</source>
        <translation>Demander un rendez-vous suggéré</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="239"/>
        <source>Request suggested meetings</source>
        <translation>Demander des rendez-vous suggérés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="249"/>
        <source>request the suggested meeting</source>
        <translation>demande du rendez-vous suggéré</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="260"/>
        <source>Request %1 – %2</source>
        <translation>Demander %1 – %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="270"/>
        <source>%n suggested meeting(s) requested with priority 3. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n rendez-vous suggéré demandé en priorité 3. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n rendez-vous suggérés demandés en priorité 3. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPane</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="54"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="154"/>
        <source>Show the requests of:</source>
        <translation>Afficher les demandes de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="162"/>
        <source>Suggested</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="186"/>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="231"/>
        <source>%n pair(s) who have not asked each other for %1, best first, from what their organisations offer and seek. Double-click or Request it: a request of priority 3.</source>
        <translation>
            <numerusform>%n paire sans demande entre ses membres pour %1, la meilleure d&apos;abord, d&apos;après ce que leurs organisations offrent et recherchent. Double-clic ou Demander&#xa0;: une demande de priorité 3.</numerusform>
            <numerusform>%n paires sans demande entre leurs membres pour %1, les meilleures d&apos;abord, d&apos;après ce que leurs organisations offrent et recherchent. Double-clic ou Demander&#xa0;: une demande de priorité 3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="241"/>
        <source>%n pair(s) who have not asked each other, best first, from what their organisations offer and seek. Double-click or Request it: a request of priority 3.</source>
        <translation>
            <numerusform>%n paire sans demande entre ses membres, la meilleure d&apos;abord, d&apos;après ce que leurs organisations offrent et recherchent. Double-clic ou Demander&#xa0;: une demande de priorité 3.</numerusform>
            <numerusform>%n paires sans demande entre leurs membres, les meilleures d&apos;abord, d&apos;après ce que leurs organisations offrent et recherchent. Double-clic ou Demander&#xa0;: une demande de priorité 3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="250"/>
        <source>No suggestion for %1: the profiles have nothing to match, or everyone who should meet has asked already.</source>
        <translation>Aucune suggestion pour %1&#xa0;: les profils n&apos;ont rien en commun, ou tous ceux qui devraient se rencontrer ont déjà fait une demande.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="257"/>
        <source>No suggestion: the profiles have nothing to match, or everyone who should meet has asked already.</source>
        <translation>Aucune suggestion&#xa0;: les profils n&apos;ont rien en commun, ou tous ceux qui devraient se rencontrer ont déjà fait une demande.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="114"/>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="119"/>
        <source>Verified backups of this database, newest first. Restoring one replaces what the database holds now; a backup of the current state is taken first, so a restore can itself be undone.</source>
        <translation>Sauvegardes vérifiées de cette base, de la plus récente à la plus ancienne. En restaurer une remplace le contenu actuel de la base&#xa0;; une sauvegarde de l&apos;état actuel est d&apos;abord effectuée, de sorte qu&apos;une restauration peut elle-même être annulée.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="137"/>
        <source>Looking for backups…</source>
        <translation>Recherche des sauvegardes…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="141"/>
        <source>Backups folder: %1</source>
        <translation>Dossier des sauvegardes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="147"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="149"/>
        <source>Restore the selected backup</source>
        <translation>Restaurer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="168"/>
        <source>Backups of this database are made by its server.</source>
        <translation>Les sauvegardes de cette base de données sont faites par son serveur.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="173"/>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="195"/>
        <source>list the backups</source>
        <translation>liste des sauvegardes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="188"/>
        <source>%n verified backup(s). Choose one and press Restore…</source>
        <translation>
            <numerusform>%n sauvegarde vérifiée. Choisissez-en une et cliquez sur Restaurer…</numerusform>
            <numerusform>%n sauvegardes vérifiées. Choisissez-en une et cliquez sur Restaurer…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="194"/>
        <source>The backups could not be listed.</source>
        <translation>Les sauvegardes n&apos;ont pas pu être listées.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="215"/>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="218"/>
        <source>Restore the backup taken %1 (%2: %3 missions, %4 people)?

What the database holds now is replaced. A backup of the current state is taken first, so you can go back to it.</source>
        <translation>Restaurer la sauvegarde effectuée le %1 (%2&#xa0;: %3 missions, %4 personnes)&#xa0;?

Le contenu actuel de la base est remplacé. Une sauvegarde de l&apos;état actuel est d&apos;abord effectuée, pour que vous puissiez y revenir.</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="460"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="461"/>
        <source>Scan a badge</source>
        <translation>Scannez un badge</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="462"/>
        <source>or type a name or an e-mail</source>
        <translation>ou tapez un nom ou un e-mail</translation>
    </message>
</context>
<context>
    <name>SavePanel</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="77"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="88"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="90"/>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="140"/>
        <source>write the %1</source>
        <translation>écriture de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="142"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="143"/>
        <source>Print and export</source>
        <translation>Impression et export</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="156"/>
        <source>Choose where to put the %1</source>
        <translation>Choisir le dossier pour %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="163"/>
        <source>Save %1</source>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="165"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="165"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SavedText</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="46"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
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
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="50"/>
        <source>Wrote %1 files (%2) to %3</source>
        <translation>%1 fichiers (%2) enregistrés dans %3</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="52"/>
        <source>Wrote %1 to %2</source>
        <translation>Enregistré dans %2&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="54"/>
        <source>%1. Left out: %2</source>
        <translation>%1. Omis&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="56"/>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
</context>
<context>
    <name>SchedulerRun</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="28"/>
        <source>&amp;Run the scheduler…</source>
        <translation>&amp;Lancer le planificateur…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="31"/>
        <source>Schedule the requests; locked meetings stay, the others are replaced</source>
        <translation>Planifier les demandes&#xa0;; les rendez-vous verrouillés restent, les autres sont remplacés</translation>
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
        <translation>Combien de temps le planificateur peut chercher un meilleur planning</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="67"/>
        <source>Run the scheduler</source>
        <translation>Lancer le planificateur</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="73"/>
        <source>Schedule ready: %1. Undo with Ctrl+Z.</source>
        <translation>Planning prêt&#xa0;: %1. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="77"/>
        <source>schedule the meetings</source>
        <translation>planification des rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="79"/>
        <source>Scheduling the requested meetings…</source>
        <translation>Planification des rendez-vous demandés…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="79"/>
        <source>B2B meetings</source>
        <translation>Rendez-vous B2B</translation>
    </message>
</context>
<context>
    <name>ServiceWords</name>
    <message>
        <location filename="../../pimap_desktop/domain/enums.py" line="30"/>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;une des valeurs&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="274"/>
        <source>no e-mail address given</source>
        <translation>aucune adresse e-mail indiquée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="284"/>
        <source>&apos;%1&apos; is not a valid e-mail address: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valide&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="299"/>
        <source>An e-mail address must have an @-sign.</source>
        <translation>Une adresse e-mail doit contenir un @.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="300"/>
        <source>There must be something before the @-sign.</source>
        <translation>Il faut quelque chose avant le @.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="301"/>
        <source>There must be something after the @-sign.</source>
        <translation>Il faut quelque chose après le @.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="302"/>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>La partie après le @ n&apos;est pas valide. Elle devrait contenir un point.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="303"/>
        <source>An e-mail address cannot have two periods in a row.</source>
        <translation>Une adresse e-mail ne peut pas avoir deux points à la suite.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="304"/>
        <source>An e-mail address cannot start with a period.</source>
        <translation>Une adresse e-mail ne peut pas commencer par un point.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="305"/>
        <source>An e-mail address cannot have a period immediately before the @-sign.</source>
        <translation>Une adresse e-mail ne peut pas avoir un point juste avant le @.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="307"/>
        <source>The part after the @-sign is not valid. It is not within a valid top-level domain.</source>
        <translation>La partie après le @ n&apos;est pas valide. Elle n&apos;est pas dans un domaine de premier niveau valide.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="315"/>
        <source>The e-mail address contains invalid characters before the @-sign: %1.</source>
        <translation>L&apos;adresse e-mail contient des caractères non valides avant le @&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="320"/>
        <source>The part after the @-sign contains invalid characters: %1.</source>
        <translation>La partie après le @ contient des caractères non valides&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="355"/>
        <source>&apos;%1&apos; is not a language PIMAP makes documents in (English, French, Swedish, Portuguese or Finnish)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une langue dans laquelle PIMAP fait des documents (anglais, français, suédois, portugais ou finnois)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="327"/>
        <source>registered in %1</source>
        <translation>inscrit(e) à %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="702"/>
        <source>no e-mail address</source>
        <translation>pas d&apos;adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="720"/>
        <source>the same e-mail as row %1; only that row is imported</source>
        <translation>la même adresse e-mail que la ligne %1&#xa0;; seule cette ligne est importée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="729"/>
        <source>no last name</source>
        <translation>pas de nom</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="731"/>
        <source>no first name</source>
        <translation>pas de prénom</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="807"/>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="808"/>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="809"/>
        <source>job title</source>
        <translation>fonction</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="810"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="811"/>
        <source>badge name</source>
        <translation>nom sur le badge</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="812"/>
        <source>diet</source>
        <translation>régime alimentaire</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="813"/>
        <source>accessibility</source>
        <translation>accessibilité</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="814"/>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="815"/>
        <source>preferred language</source>
        <translation>langue préférée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="816"/>
        <source>consent to be listed</source>
        <translation>accord pour figurer dans la liste</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="817"/>
        <source>consent to be contacted</source>
        <translation>accord pour être contacté(e)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="818"/>
        <source>consent date</source>
        <translation>date de l&apos;accord</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="819"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="820"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="821"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="822"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="823"/>
        <source>arrival</source>
        <translation>arrivée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="824"/>
        <source>departure</source>
        <translation>départ</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="825"/>
        <source>hotel</source>
        <translation>hôtel</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="827"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="827"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="847"/>
        <source>&apos;%1&apos;: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="868"/>
        <source>%1: &apos;%2&apos; → &apos;%3&apos;</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» → «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="870"/>
        <source>%1: &apos;%2&apos;</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="997"/>
        <source>&apos;%1&apos; is not a date PIMAP can place in %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date que PIMAP peut placer dans le fuseau %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1008"/>
        <source>the arrival (%1) is after the departure</source>
        <translation>l&apos;arrivée (%1) est après le départ</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1036"/>
        <source>&apos;%1&apos; is not a country PIMAP knows; use a name or a two-letter code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pays connu de PIMAP&#xa0;; utilisez un nom ou un code à deux lettres</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1134"/>
        <source>arrives %1</source>
        <translation>arrive le %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1136"/>
        <source>leaves %1</source>
        <translation>repart le %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1141"/>
        <source>registered in %1 (%2)</source>
        <translation>inscrit(e) à %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1143"/>
        <source>registered in %1 (%2, %3)</source>
        <translation>inscrit(e) à %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="106"/>
        <source>&apos;%1&apos; is not a date: there is no month %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: il n&apos;y a pas de mois %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="111"/>
        <source>&apos;%1&apos; is not a date: there is no day %2 in that month</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: ce mois n&apos;a pas de jour %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="120"/>
        <source>&apos;%1&apos; is not a date: the year should have four digits</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: l&apos;année doit avoir quatre chiffres</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="128"/>
        <location filename="../../pimap_desktop/services/importing/values.py" line="152"/>
        <source>&apos;%1&apos; is not a date: use day/month/year or YYYY-MM-DD</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: écrivez jour/mois/année ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="148"/>
        <source>&apos;%1&apos; is not a date: &apos;%2&apos; is not a month</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un mois</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="159"/>
        <source>&apos;%1&apos; is not a date: give the day, the month and a four-digit year</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: indiquez le jour, le mois et l&apos;année sur quatre chiffres</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="182"/>
        <source>&apos;%1&apos; has a time zone; give the local time of the mission without one</source>
        <translation>«&#xa0;%1&#xa0;» a un fuseau horaire&#xa0;; indiquez l&apos;heure locale de la mission, sans fuseau</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="193"/>
        <source>&apos;%1&apos; is not a time: %2 %3 does not exist</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure&#xa0;: %2 %3 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="198"/>
        <source>&apos;%1&apos; is not a time of day</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure de la journée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="210"/>
        <source>no date given</source>
        <translation>aucune date indiquée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="269"/>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="71"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="72"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="73"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="74"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="75"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="76"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="77"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="78"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="79"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="80"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="81"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="82"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="83"/>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="84"/>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="85"/>
        <source>Hotel</source>
        <translation>Hôtel</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="86"/>
        <source>Badge name</source>
        <translation>Nom sur le badge</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="87"/>
        <source>Diet</source>
        <translation>Régime alimentaire</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="88"/>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="89"/>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="90"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="91"/>
        <source>Consent to be listed</source>
        <translation>Accord pour figurer dans la liste</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="92"/>
        <source>Consent to be contacted</source>
        <translation>Accord pour être contacté(e)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="93"/>
        <source>Consent date</source>
        <translation>Date de l&apos;accord</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="94"/>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="95"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="119"/>
        <source>The session ends (%1) before it starts (%2).</source>
        <translation>La session finit (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="123"/>
        <source>A slot lasts between 5 and 240 minutes.</source>
        <translation>Un créneau dure entre 5 et 240 minutes.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="127"/>
        <source>A break lasts between 0 and 120 minutes.</source>
        <translation>Une pause dure entre 0 et 120 minutes.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="131"/>
        <source>A session has between 1 and 1,000 tables.</source>
        <translation>Une session a entre 1 et 1&#xa0;000 tables.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="137"/>
        <source>No %1-minute slot fits between %2 and %3.</source>
        <translation>Aucun créneau de %1 minutes ne tient entre %2 et %3.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="239"/>
        <source>The mission has no B2B session &apos;%1&apos;.</source>
        <translation>La mission n&apos;a pas de session B2B «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="346"/>
        <source>A priority is 1 (highest), 2 or 3.</source>
        <translation>Une priorité vaut 1 (la plus haute), 2 ou 3.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="362"/>
        <source>Nobody can ask to meet themselves.</source>
        <translation>Personne ne peut demander à se rencontrer soi-même.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="374"/>
        <source>Both people must be registered in the mission.</source>
        <translation>Les deux personnes doivent être inscrites à la mission.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="411"/>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="463"/>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="975"/>
        <source>That meeting request no longer exists.</source>
        <translation>Cette demande de rendez-vous n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="507"/>
        <source>An availability window must end after it starts.</source>
        <translation>Une plage de disponibilité doit finir après son début.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="647"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1579"/>
        <source>That meeting no longer exists.</source>
        <translation>Ce rendez-vous n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="730"/>
        <source>%1 at %2 was just taken by another meeting (a colleague&apos;s change); nothing was changed.</source>
        <translation>%1 à %2 vient d&apos;être prise par un autre rendez-vous (la modification d&apos;un collègue)&#xa0;; rien n&apos;a été changé.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="739"/>
        <source>A table and slot was just taken by another meeting (a colleague&apos;s change); nothing was changed.</source>
        <translation>Une table et un créneau viennent d&apos;être pris par un autre rendez-vous (la modification d&apos;un collègue)&#xa0;; rien n&apos;a été changé.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="757"/>
        <source>that slot is not in the session</source>
        <translation>ce créneau n&apos;est pas dans la session</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="761"/>
        <source>that table is not in the session</source>
        <translation>cette table n&apos;est pas dans la session</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="779"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1535"/>
        <source>%1 is taken by %2</source>
        <translation>%1 est prise par %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="784"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1541"/>
        <source>%1 is already meeting %2 at that time</source>
        <translation>%1 a déjà rendez-vous avec %2 à cette heure-là</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="790"/>
        <source>%1 is not available at that time</source>
        <translation>%1 n&apos;est pas disponible à cette heure-là</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="797"/>
        <source>another meeting</source>
        <translation>un autre rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="832"/>
        <source>That meeting has no place in a B2B session.</source>
        <translation>Ce rendez-vous n&apos;a pas de place dans une session B2B.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="837"/>
        <source>That meeting no longer matches a slot of its session.</source>
        <translation>Ce rendez-vous ne correspond plus à un créneau de sa session.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="846"/>
        <source>that meeting no longer exists</source>
        <translation>ce rendez-vous n&apos;existe plus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="849"/>
        <source>that B2B session no longer exists</source>
        <translation>cette session B2B n&apos;existe plus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="880"/>
        <source>The meeting cannot move there: %1.</source>
        <translation>Le rendez-vous ne peut pas aller là&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="934"/>
        <source>That B2B session no longer exists.</source>
        <translation>Cette session B2B n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="944"/>
        <source>The meeting cannot go there: %1.</source>
        <translation>Le rendez-vous ne peut pas se placer là&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="997"/>
        <source>There is no slot and table where both are free and available; free one by hand (move or cancel a meeting) and try again.</source>
        <translation>Il n&apos;y a aucun créneau ni aucune table où les deux sont libres et disponibles&#xa0;; libérez-en un à la main (déplacez ou annulez un rendez-vous) et réessayez.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="772"/>
        <source>That registration is not in this mission.</source>
        <translation>Cette inscription n&apos;est pas dans cette mission.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1022"/>
        <source>Give the first name.</source>
        <translation>Indiquez le prénom.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1024"/>
        <source>Give the last name.</source>
        <translation>Indiquez le nom.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1042"/>
        <source>Give the organisation&apos;s country (a code such as FR).</source>
        <translation>Indiquez le pays de l&apos;organisation (un code comme FR).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1109"/>
        <source>%1 is already registered: check them in from the list instead.</source>
        <translation>%1 est déjà inscrit(e)&#xa0;: enregistrez plutôt son arrivée depuis la liste.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1173"/>
        <source>That delegation is not in this mission.</source>
        <translation>Cette délégation n&apos;est pas dans cette mission.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1273"/>
        <source>This walk-in has meetings or meeting requests since: remove the registration from the mission&apos;s list instead.</source>
        <translation>Cette inscription sur place a depuis des rendez-vous ou des demandes de rendez-vous&#xa0;: retirez plutôt l&apos;inscription de la liste de la mission.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1552"/>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1564"/>
        <source>Some of those meetings no longer exist.</source>
        <translation>Certains de ces rendez-vous n&apos;existent plus.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/text.py" line="103"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/text.py" line="108"/>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="180"/>
        <source>That person is no longer in the directory.</source>
        <translation>Cette personne n&apos;est plus dans l&apos;annuaire.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="189"/>
        <source>Nobody in the directory has the e-mail &apos;%1&apos;.</source>
        <translation>Personne dans l&apos;annuaire n&apos;a l&apos;adresse e-mail «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="199"/>
        <source>A person needs a last name.</source>
        <translation>Une personne doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="201"/>
        <source>A person needs a first name.</source>
        <translation>Une personne doit avoir un prénom.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="210"/>
        <source>Give the date on which the consent was given.</source>
        <translation>Indiquez la date à laquelle l&apos;accord a été donné.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="215"/>
        <source>&apos;%1&apos; is not a language PIMAP makes documents in.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une langue dans laquelle PIMAP fait des documents.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="240"/>
        <source>%1 is already the e-mail of %2: the same e-mail is the same person (merge the two if they are one).</source>
        <translation>%1 est déjà l&apos;adresse e-mail de %2&#xa0;: la même adresse e-mail, c&apos;est la même personne (fusionnez les deux s&apos;il s&apos;agit d&apos;une seule).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="402"/>
        <source>That organisation is no longer in the directory.</source>
        <translation>Cette organisation n&apos;est plus dans l&apos;annuaire.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="409"/>
        <source>An organisation needs a name.</source>
        <translation>Une organisation doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="414"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1036"/>
        <source>The country &apos;%1&apos; should be a two-letter code such as FR.</source>
        <translation>Le pays «&#xa0;%1&#xa0;» doit être un code à deux lettres comme FR.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="531"/>
        <source>Choose two different people to merge.</source>
        <translation>Choisissez deux personnes différentes à fusionner.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="638"/>
        <source>Choose two different organisations to merge.</source>
        <translation>Choisissez deux organisations différentes à fusionner.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="378"/>
        <source>That follow-up no longer exists; it may have been deleted.</source>
        <translation>Ce suivi n&apos;existe plus&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="386"/>
        <source>That organisation no longer exists; choose another.</source>
        <translation>Cette organisation n&apos;existe plus&#xa0;; choisissez-en une autre.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="387"/>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="388"/>
        <source>That person no longer exists; choose another.</source>
        <translation>Cette personne n&apos;existe plus&#xa0;; choisissez-en une autre.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="407"/>
        <source>Choose an outcome.</source>
        <translation>Choisissez un résultat.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="412"/>
        <source>The next action is at most %1 characters; put the rest in the notes.</source>
        <translation>La prochaine action fait au plus %1 caractères&#xa0;; mettez le reste dans les notes.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="426"/>
        <source>A follow-up without a meeting needs an organisation or a contact.</source>
        <translation>Un suivi sans rendez-vous doit avoir une organisation ou un contact.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="442"/>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="557"/>
        <source>That meeting no longer exists; choose another.</source>
        <translation>Ce rendez-vous n&apos;existe plus&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="446"/>
        <source>That meeting belongs to another mission.</source>
        <translation>Ce rendez-vous appartient à une autre mission.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="478"/>
        <source>That organisation was not in that meeting: choose one of its participants&apos; organisations, or leave it empty for the meeting&apos;s counterpart.</source>
        <translation>Cette organisation n&apos;était pas à ce rendez-vous&#xa0;: choisissez l&apos;organisation d&apos;un de ses participants, ou laissez vide pour l&apos;interlocuteur du rendez-vous.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="488"/>
        <source>That person was not in that meeting and works for none of its organisations: choose one of its participants, or leave it empty for the meeting&apos;s counterpart.</source>
        <translation>Cette personne n&apos;était pas à ce rendez-vous et ne travaille pour aucune de ses organisations&#xa0;: choisissez un de ses participants, ou laissez vide pour l&apos;interlocuteur du rendez-vous.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="562"/>
        <source>That meeting was cancelled; record the follow-up for the contact instead.</source>
        <translation>Ce rendez-vous a été annulé&#xa0;; enregistrez plutôt le suivi pour le contact.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="131"/>
        <source>A mission needs a code, such as PW2027.</source>
        <translation>Une mission doit avoir un code, comme PW2027.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="135"/>
        <source>The code &apos;%1&apos; may only hold letters, digits, &apos;-&apos; and &apos;_&apos; (2 to 20 characters).</source>
        <translation>Le code «&#xa0;%1&#xa0;» ne peut contenir que des lettres, des chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;» (2 à 20 caractères).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="142"/>
        <source>A mission needs a name.</source>
        <translation>Une mission doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="144"/>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="219"/>
        <source>name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="145"/>
        <source>city</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="146"/>
        <source>host event</source>
        <translation>Événement hôte</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="151"/>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="961"/>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="93"/>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="218"/>
        <source>The %1 is too long (%2 characters; at most %3).</source>
        <translation>%1&#xa0;: trop long (%2 caractères&#xa0;; %3 au plus).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="159"/>
        <source>The mission ends (%1) before it starts (%2).</source>
        <translation>La mission finit (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="169"/>
        <source>The country &apos;%1&apos; should be a two-letter code such as US or FI.</source>
        <translation>Le pays «&#xa0;%1&#xa0;» doit être un code à deux lettres comme US ou FI.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="598"/>
        <source>There is no cluster called &apos;%1&apos;.</source>
        <translation>Il n&apos;y a pas de cluster appelé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="605"/>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="693"/>
        <source>That cluster no longer exists; it may have been deleted.</source>
        <translation>Ce cluster n&apos;existe plus&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="676"/>
        <source>A target is for a mission or for a year, not both: a mission&apos;s year is that of its dates.</source>
        <translation>Un objectif est pour une mission ou pour une année, pas les deux&#xa0;: l&apos;année d&apos;une mission est celle de ses dates.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="683"/>
        <source>Choose a mission or a year to set targets for.</source>
        <translation>Choisissez une mission ou une année pour y fixer des objectifs.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="686"/>
        <source>%1 is not a year like 2027.</source>
        <translation>%1 n&apos;est pas une année comme 2027.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="689"/>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="1574"/>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="234"/>
        <source>That mission no longer exists; it may have been deleted.</source>
        <translation>Cette mission n&apos;existe plus&#xa0;; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="703"/>
        <source>The target for %1 cannot be negative; leave it empty for no target.</source>
        <translation>L&apos;objectif pour %1 ne peut pas être négatif&#xa0;; laissez-le vide pour ne pas fixer d&apos;objectif.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="710"/>
        <source>The target for %1 is too large (at most %2).</source>
        <translation>L&apos;objectif pour %1 est trop grand (%2 au plus).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="243"/>
        <source>There is no mission with the code &apos;%1&apos;.</source>
        <translation>Il n&apos;y a pas de mission avec le code «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="274"/>
        <source>The code %1 is already used by another mission.</source>
        <translation>Le code %1 est déjà pris par une autre mission.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="286"/>
        <source>One of the chosen clusters no longer exists.</source>
        <translation>Un des clusters choisis n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="395"/>
        <source>No free code could be found for the copy.</source>
        <translation>Aucun code libre n&apos;a été trouvé pour la copie.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="574"/>
        <source>A programme item needs a title.</source>
        <translation>Un élément du programme doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="580"/>
        <source>The item ends (%1) before it starts (%2).</source>
        <translation>L&apos;élément finit (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="583"/>
        <source>A programme item lasts at most 24 hours.</source>
        <translation>Un élément du programme dure au plus 24 heures.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="108"/>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="588"/>
        <source>%1 is outside the mission %2 (%3 to %4).</source>
        <translation>%1 est en dehors de la mission %2 (du %3 au %4).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="598"/>
        <source>Choose the delegation this item is for.</source>
        <translation>Choisissez la délégation à laquelle cet élément s&apos;adresse.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="602"/>
        <source>Choose the roles this item is for.</source>
        <translation>Choisissez les rôles auxquels cet élément s&apos;adresse.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="623"/>
        <source>An item cannot be the alternative to itself, even through other items.</source>
        <translation>Un élément ne peut pas être l&apos;alternative de lui-même, même par d&apos;autres éléments.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="631"/>
        <source>The item this one is the alternative to is not on this mission&apos;s programme.</source>
        <translation>L&apos;élément dont celui-ci est l&apos;alternative n&apos;est pas au programme de cette mission.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="700"/>
        <source>That programme item no longer exists.</source>
        <translation>Cet élément du programme n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="956"/>
        <source>A practical note needs a title, such as “Entry to the US”.</source>
        <translation>Une information pratique doit avoir un titre, comme «&#xa0;Entrée aux États-Unis&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="962"/>
        <source>title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="970"/>
        <source>A practical note is for everyone, a delegation or some roles.</source>
        <translation>Une information pratique s&apos;adresse à tous, à une délégation ou à certains rôles.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="976"/>
        <source>Choose one of %1&apos;s delegations for this note.</source>
        <translation>Choisissez une des délégations de %1 pour cette information.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="981"/>
        <source>Choose the roles this note is for.</source>
        <translation>Choisissez les rôles auxquels cette information s&apos;adresse.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="1047"/>
        <source>That practical note no longer exists.</source>
        <translation>Cette information pratique n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="511"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="698"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="986"/>
        <location filename="../../pimap_desktop/services/registrations/registrations.py" line="176"/>
        <source>That registration no longer exists.</source>
        <translation>Cette inscription n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/registrations/registrations.py" line="207"/>
        <source>The arrival (%1) is after the departure (%2).</source>
        <translation>L&apos;arrivée (%1) est après le départ (%2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/exporting.py" line="309"/>
        <source>%1 is a folder; give a file name to write to.</source>
        <translation>%1 est un dossier&#xa0;; indiquez un nom de fichier où écrire.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/exporting.py" line="322"/>
        <location filename="../../pimap_desktop/services/exporting.py" line="337"/>
        <source>%1 cannot be written: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/exporting.py" line="340"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="94"/>
        <source>funding statement</source>
        <translation>Mention de financement</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="151"/>
        <source>%1 is too large for an emblem (%2 MB; at most %3 MB).</source>
        <translation>%1 est trop volumineux pour un emblème (%2 Mo&#xa0;; %3 Mo au plus).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="161"/>
        <source>%1 cannot be read: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="175"/>
        <source>%1 is not a picture PIMAP can print: choose a PNG or JPEG file (an SVG must be saved as PNG first).</source>
        <translation>%1 n&apos;est pas une image que PIMAP peut imprimer&#xa0;: choisissez un fichier PNG ou JPEG (un SVG doit d&apos;abord être enregistré en PNG).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="212"/>
        <source>Name the emblem, such as the partnership&apos;s or the funder&apos;s name.</source>
        <translation>Nommez l&apos;emblème, par exemple du nom du partenariat ou du financeur.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="249"/>
        <source>That emblem was already removed.</source>
        <translation>Cet emblème a déjà été retiré.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="257"/>
        <source>That emblem no longer exists.</source>
        <translation>Cet emblème n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/agenda.py" line="255"/>
        <source>Choose at least one person to print a personal agenda for.</source>
        <translation>Choisissez au moins une personne pour qui imprimer un agenda personnel.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/catalogue.py" line="201"/>
        <source>No organisation to list in the catalogue of %1: nobody taking part (invited, registered or confirmed) belongs to an organisation.</source>
        <translation>Aucune organisation à mettre dans le catalogue de %1&#xa0;: aucun participant (invité, inscrit ou confirmé) n&apos;appartient à une organisation.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/catalogue.py" line="217"/>
        <source>No organisation to list in the catalogue of %1: the organisation taking part has no participant who agreed to be listed.</source>
        <translation>Aucune organisation à mettre dans le catalogue de %1&#xa0;: l&apos;organisation participante n&apos;a aucun participant qui a accepté de figurer dans la liste.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/catalogue.py" line="223"/>
        <source>No organisation to list in the catalogue of %1: none of the %2 organisations taking part has a participant who agreed to be listed.</source>
        <translation>Aucune organisation à mettre dans le catalogue de %1&#xa0;: aucune des %2 organisations participantes n&apos;a de participant qui a accepté de figurer dans la liste.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/packs.py" line="195"/>
        <source>Choose at least one person to print a pack for.</source>
        <translation>Choisissez au moins une personne pour qui imprimer un dossier.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/packs.py" line="198"/>
        <source>Nobody is registered on %1 with a status that travels: there is no pack to print.</source>
        <translation>Personne n&apos;est inscrit à %1 avec un statut qui voyage&#xa0;: il n&apos;y a pas de dossier à imprimer.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/tableplan.py" line="226"/>
        <source>No meeting is scheduled in the B2B session %1 yet, so there is no table plan to print. Run the scheduler first (B2B meetings ▸ Run the scheduler, or pimap schedule --mission %2).</source>
        <translation>Aucun rendez-vous n&apos;est encore planifié dans la session B2B %1, il n&apos;y a donc pas de plan de tables à imprimer. Lancez d&apos;abord le planificateur (Rendez-vous B2B ▸ Lancer le planificateur, ou pimap schedule --mission %2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/tableplan.py" line="233"/>
        <source>No meeting is scheduled in any of %1&apos;s %2 B2B sessions yet, so there is no table plan to print. Run the scheduler first (B2B meetings ▸ Run the scheduler, or pimap schedule --mission %1).</source>
        <translation>Aucun rendez-vous n&apos;est encore planifié dans les %2 sessions B2B de %1, il n&apos;y a donc pas de plan de tables à imprimer. Lancez d&apos;abord le planificateur (Rendez-vous B2B ▸ Lancer le planificateur, ou pimap schedule --mission %1).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/tableplan.py" line="259"/>
        <source>%1 has no B2B session; add one on the B2B page first.</source>
        <translation>%1 n&apos;a pas de session B2B&#xa0;; ajoutez-en une d&apos;abord sur la page B2B.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/tableplan.py" line="267"/>
        <source>That B2B session is not one of %1&apos;s; it may have been deleted.</source>
        <translation>Cette session B2B n&apos;est pas une de celles de %1&#xa0;; elle a peut-être été supprimée.</translation>
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
        <translation>facultatif&#xa0;: Salle A&#xa0;; Salle B&#xa0;; … (dans l&apos;ordre des tables)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="92"/>
        <source>Names of the tables or rooms, in order, separated by ; or commas. Tables without a name are called Table 1, Table 2, …</source>
        <translation>Noms des tables ou des salles, dans l&apos;ordre, séparés par&#xa0;; ou par des virgules. Les tables sans nom s&apos;appellent Table 1, Table 2, …</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="98"/>
        <source>B2B meetings</source>
        <translation>Rendez-vous B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="108"/>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="109"/>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="110"/>
        <source>&amp;To:</source>
        <translation>Jus&amp;qu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="112"/>
        <source>&amp;Slot length:</source>
        <translation>Durée des &amp;créneaux&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="113"/>
        <source>&amp;Break between slots:</source>
        <translation>&amp;Pause entre créneaux&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="114"/>
        <source>T&amp;ables:</source>
        <translation>T&amp;ables&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="115"/>
        <source>Table &amp;names:</source>
        <translation>Noms des &amp;tables&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="116"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="120"/>
        <source>Times in the mission&apos;s zone (%1). Meetings that no longer fit are listed before anything changes; they go back to the requests.</source>
        <translation>Heures dans le fuseau de la mission (%1). Les rendez-vous qui ne tiennent plus sont listés avant toute modification&#xa0;; ils retournent aux demandes.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="127"/>
        <source>Times in the mission&apos;s zone (%1). The session is added to the programme.</source>
        <translation>Heures dans le fuseau de la mission (%1). La session est ajoutée au programme.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="170"/>
        <source>No %1-minute slot fits between %2 and %3.</source>
        <translation>Aucun créneau de %1 minutes ne tient entre %2 et %3.</translation>
    </message>
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
            <numerusform>%n créneau de %1 min avec pauses de %2 min, %3–%4, %5 = %6 rendez-vous au maximum</numerusform>
            <numerusform>%n créneaux de %1 min avec pauses de %2 min, %3–%4, %5 = %6 rendez-vous au maximum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="185"/>
        <source>%n slot(s) of %1 min, %3–%4, %5 = %6 meetings at most</source>
        <translation>
            <numerusform>%n créneau de %1 min, %3–%4, %5 = %6 rendez-vous au maximum</numerusform>
            <numerusform>%n créneaux de %1 min, %3–%4, %5 = %6 rendez-vous au maximum</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="197"/>
        <source>%1 (the last slot ends at %2)</source>
        <translation>%1 (le dernier créneau finit à %2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="209"/>
        <source>Local time in %1 (%2)</source>
        <translation>Heure locale du fuseau %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SessionRemovalText</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="278"/>
        <source>removed (it was cancelled)</source>
        <translation>retiré (il était annulé)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="280"/>
        <source>removed (placed by hand, no request)</source>
        <translation>retiré (placé à la main, sans demande)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="281"/>
        <source>back to the requests</source>
        <translation>retour aux demandes</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="285"/>
        <source>slot gone</source>
        <translation>créneau supprimé</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="286"/>
        <source>table removed</source>
        <translation>table retirée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="287"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="326"/>
        <source>Delete “%1”, its tables and its place in the programme? It has no meetings.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;», ses tables et sa place dans le programme&#xa0;? Elle n&apos;a aucun rendez-vous.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="332"/>
        <source>Delete “%1”, its tables and its place in the programme? These %n meetings are removed with it</source>
        <translation>
            <numerusform>Supprimer «&#xa0;%1&#xa0;», ses tables et sa place dans le programme&#xa0;? %n rendez-vous est retiré avec elle</numerusform>
            <numerusform>Supprimer «&#xa0;%1&#xa0;», ses tables et sa place dans le programme&#xa0;? Ces %n rendez-vous sont retirés avec elle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="341"/>
        <source>These %n meetings no longer fit “%1”</source>
        <translation>
            <numerusform>%n rendez-vous ne tient plus dans «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Ces %n rendez-vous ne tiennent plus dans «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="344"/>
        <source>%1 and go back to the requests:</source>
        <translation>
            <numerusform>%1 et retourne aux demandes&#xa0;:</numerusform>
            <numerusform>%1 et retournent aux demandes&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="346"/>
        <source>%1; none has a request to go back to:</source>
        <translation>%1&#xa0;; aucun n&apos;a de demande à laquelle retourner&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="347"/>
        <source>%1; %n of them go back to the requests:</source>
        <translation>
            <numerusform>%1&#xa0;; %n d&apos;entre eux retourne aux demandes&#xa0;:</numerusform>
            <numerusform>%1&#xa0;; %n d&apos;entre eux retournent aux demandes&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="32"/>
        <source>&amp;Edit session…</source>
        <translation>&amp;Modifier la session…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="34"/>
        <source>Change the day, times, slots, tables or name of the session shown</source>
        <translation>Modifier le jour, les heures, les créneaux, les tables ou le nom de la session affichée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="38"/>
        <source>De&amp;lete session…</source>
        <translation>S&amp;upprimer la session…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="40"/>
        <source>Delete the session shown; its meetings go back to the requests</source>
        <translation>Supprimer la session affichée&#xa0;; ses rendez-vous retournent aux demandes</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="44"/>
        <source>A&amp;dd session…</source>
        <translation>Ajouter une &amp;session…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="46"/>
        <source>A B2B session: a day&apos;s window cut into meeting slots, with its tables</source>
        <translation>Une session B2B&#xa0;: une plage d&apos;une journée découpée en créneaux de rendez-vous, avec ses tables</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="68"/>
        <source>edit the session</source>
        <translation>modification de la session</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="95"/>
        <source>Edit the B2B session</source>
        <translation>Modifier la session B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="99"/>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="123"/>
        <source>%1 Undo with Ctrl+Z.</source>
        <translation>%1 Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="118"/>
        <source>delete the session</source>
        <translation>suppression de la session</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="152"/>
        <source>Add a B2B session</source>
        <translation>Ajouter une session B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="167"/>
        <source>Session “%1” added. Undo with Ctrl+Z.</source>
        <translation>Session «&#xa0;%1&#xa0;» ajoutée. Ctrl+Z pour annuler.</translation>
    </message>
</context>
<context>
    <name>TargetSpinBox</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="120"/>
        <source>A whole number; clear the box (or go below 0) for no target</source>
        <translation>Un nombre entier&#xa0;; videz le champ (ou descendez sous 0) pour ne fixer aucun objectif</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="157"/>
        <source>KPI targets</source>
        <translation>Objectifs KPI</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="161"/>
        <source>&lt;b&gt;Targets of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Objectifs de %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="166"/>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="168"/>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="173"/>
        <source>Target for %1</source>
        <translation>Objectif pour %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="187"/>
        <source>%1&lt;br&gt;%2 means no target: clear the box for none.</source>
        <translation>%1&lt;br&gt;%2 signifie aucun objectif&#xa0;: videz le champ pour n&apos;en fixer aucun.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="203"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>TimeZoneCombo</name>
    <message>
        <location filename="../../pimap_desktop/gui/widgets.py" line="106"/>
        <source>type a city, e.g. Helsinki or San Francisco</source>
        <translation>tapez une ville, p. ex. Helsinki ou San Francisco</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_canvas.py" line="40"/>
        <source>Programme timeline</source>
        <translation>Chronologie du programme</translation>
    </message>
</context>
<context>
    <name>UnscheduledPane</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="72"/>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="72"/>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="72"/>
        <source>Why no meeting</source>
        <translation>Pourquoi pas de rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="96"/>
        <source>No meeting has been requested yet.</source>
        <translation>Aucun rendez-vous n&apos;a encore été demandé.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="100"/>
        <source>All %1 requested meetings are scheduled.</source>
        <translation>Les %1 rendez-vous demandés sont tous planifiés.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="102"/>
        <source>The one requested meeting is scheduled.</source>
        <translation>L&apos;unique rendez-vous demandé est planifié.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="73"/>
        <source>Walk-in registration</source>
        <translation>Inscription sur place</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="79"/>
        <source>optional; finds them if they are in the directory</source>
        <translation>facultatif&#xa0;; retrouve la personne si elle est dans l&apos;annuaire</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="81"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="84"/>
        <source>e.g. FR</source>
        <translation>p. ex. FR</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="90"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="93"/>
        <source>Check in now</source>
        <translation>Enregistrer l&apos;arrivée maintenant</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="96"/>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="97"/>
        <source>&amp;Last name</source>
        <translation>Nom de fa&amp;mille</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="98"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="99"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="100"/>
        <source>&amp;Country</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="101"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="102"/>
        <source>&amp;Delegation</source>
        <translation>&amp;Délégation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="108"/>
        <source>&amp;Register</source>
        <translation>&amp;Inscrire</translation>
    </message>
</context>
<context>
    <name>WhoBox</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="32"/>
        <source>Everyone on the mission</source>
        <translation>Tous les participants de la mission</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="33"/>
        <source>People selected on the Registrations page</source>
        <translation>Personnes sélectionnées dans la page Inscriptions</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="34"/>
        <source>One person</source>
        <translation>Une personne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="51"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="66"/>
        <source>type a name or an organisation</source>
        <translation>tapez un nom ou une organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="71"/>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="72"/>
        <source>Person:</source>
        <translation>Personne&#xa0;:</translation>
    </message>
</context>
<context>
    <name>WishesImportDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="63"/>
        <source>Import wish forms</source>
        <translation>Importer les formulaires de souhaits</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="74"/>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="147"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="93"/>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="115"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="94"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="95"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="96"/>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="97"/>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="98"/>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="109"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="115"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="115"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="115"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="119"/>
        <source>whole file</source>
        <translation>tout le fichier</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="126"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="134"/>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="130"/>
        <source>&lt;b&gt;Problems (%1)&lt;/b&gt; — these rows are left out; the rest is imported</source>
        <translation>&lt;b&gt;Problèmes (%1)&lt;/b&gt; — ces lignes sont omises&#xa0;; le reste est importé</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="140"/>
        <source>Nothing is written until you import; one Undo takes the import back.</source>
        <translation>Rien n&apos;est écrit avant l&apos;importation&#xa0;; une seule annulation la défait entièrement.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="147"/>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../pimap_desktop/gui/app.py" line="96"/>
        <source>PIMAP Desktop was started again on this database: this is it.</source>
        <translation>PIMAP Desktop a été relancé sur cette base de données&#xa0;: la voici.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/app.py" line="152"/>
        <source>Give the database as a file or with --db, not both.</source>
        <translation>Indiquez la base de données comme fichier ou avec --db, pas les deux.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/app.py" line="158"/>
        <source>%1 is not a PIMAP database: PIMAP Desktop opens .pimap and .sqlite files.</source>
        <translation>%1 n&apos;est pas une base de données PIMAP&#xa0;: PIMAP Desktop ouvre les fichiers .pimap et .sqlite.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/app.py" line="167"/>
        <source>There is no PIMAP database at %1.</source>
        <translation>Il n&apos;y a pas de base de données PIMAP à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/app.py" line="179"/>
        <source>PIMAP Desktop cannot open the database</source>
        <translation>PIMAP Desktop ne peut pas ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>b2b.grid</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="42"/>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="43"/>
        <source>Held</source>
        <translation>Tenu</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="44"/>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="45"/>
        <source>Locked (the scheduler leaves it)</source>
        <translation>Verrouillé (le planificateur n&apos;y touche pas)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="46"/>
        <source>Not available</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="108"/>
        <source>locked (the scheduler leaves it here)</source>
        <translation>verrouillé (le planificateur le laisse ici)</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="56"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="81"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="86"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="100"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="102"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="120"/>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="108"/>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="57"/>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="30"/>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="133"/>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="49"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="109"/>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="58"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="111"/>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="60"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="64"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="74"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="75"/>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="114"/>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="64"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="77"/>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="35"/>
        <source>Requester</source>
        <translation>Demandeur</translation>
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
        <translation>Veut rencontrer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="45"/>
        <source>Their organisation</source>
        <translation>Son organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="47"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="53"/>
        <source>Mutual</source>
        <translation>Mutuelle</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="56"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="61"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="67"/>
        <source>Should ask</source>
        <translation>Devrait demander</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="72"/>
        <source>To meet</source>
        <translation>À rencontrer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="77"/>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="304"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="293"/>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="174"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="298"/>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="175"/>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="107"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="302"/>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="69"/>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="312"/>
        <source>Afterwards</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="37"/>
        <source>Conf.</source>
        <translation>Conf.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="38"/>
        <source>Reg.</source>
        <translation>Insc.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="39"/>
        <source>Inv.</source>
        <translation>Inv.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="40"/>
        <source>Wait.</source>
        <translation>Att.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="41"/>
        <source>Canc.</source>
        <translation>Ann.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="42"/>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="65"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="67"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="93"/>
        <source>The delegation (or cluster, or country)</source>
        <translation>La délégation (ou le cluster, ou le pays)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="94"/>
        <source>All registrations</source>
        <translation>Toutes les inscriptions</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="91"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="110"/>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="39"/>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="138"/>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="59"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="81"/>
        <source>Taken</source>
        <translation>Effectuée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="82"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="84"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="94"/>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="89"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="113"/>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="43"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="92"/>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="112"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="101"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="44"/>
        <source>SMEs</source>
        <translation>PME</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="97"/>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="45"/>
        <source>Meetings</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="46"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="47"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="48"/>
        <source>MoUs</source>
        <translation>Protocoles d&apos;accord</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="51"/>
        <source>The organisation&apos;s country</source>
        <translation>Le pays de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="52"/>
        <source>Participants: distinct people with a confirmed or checked-in registration</source>
        <translation>Participants&#xa0;: personnes distinctes ayant une inscription confirmée ou une arrivée enregistrée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="55"/>
        <source>Distinct SMEs engaged</source>
        <translation>PME distinctes impliquées</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="56"/>
        <source>Meetings held with someone from this country</source>
        <translation>Rendez-vous tenus avec une personne de ce pays</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="57"/>
        <source>Follow-ups involving an organisation from this country</source>
        <translation>Suivis impliquant une organisation de ce pays</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="58"/>
        <source>Agreements or contracts signed</source>
        <translation>Accords ou contrats signés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="59"/>
        <source>MoUs signed</source>
        <translation>Protocoles d&apos;accord signés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="92"/>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="139"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="118"/>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="61"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="63"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="56"/>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="32"/>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="66"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="57"/>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="33"/>
        <source>Checked in</source>
        <translation>Arrivés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="58"/>
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="59"/>
        <source>To come</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="71"/>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="76"/>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="80"/>
        <source>Hotel</source>
        <translation>Hôtel</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="81"/>
        <source>Diet</source>
        <translation>Régime</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="83"/>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="60"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="62"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="67"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="75"/>
        <source>Our organisation</source>
        <translation>Notre organisation</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="80"/>
        <source>Counterpart</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="83"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="85"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="90"/>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="94"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="96"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="105"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="111"/>
        <source>Participants (✓ checked in)</source>
        <translation>Participants (✓ arrivés)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="125"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>connect.dialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="85"/>
        <source>Connect without encryption?</source>
        <translation>Se connecter sans chiffrement&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="87"/>
        <source>The password and the data would cross the network unencrypted: anyone on the way to %1 (a hotel or a fair&apos;s Wi-Fi, for one) could read them.</source>
        <translation>Le mot de passe et les données traverseraient le réseau sans chiffrement&#xa0;: n&apos;importe qui sur le trajet vers %1 (le Wi-Fi d&apos;un hôtel ou d&apos;un salon, par exemple) pourrait les lire.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="98"/>
        <source>Turn it off only when the server&apos;s administrator says that the server cannot encrypt. PIMAP still encrypts whenever the server offers it.</source>
        <translation>Ne le désactivez que si l&apos;administrateur du serveur indique que celui-ci ne peut pas chiffrer. PIMAP chiffre quand même chaque fois que le serveur le propose.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="105"/>
        <source>Turn encryption off</source>
        <translation>Désactiver le chiffrement</translation>
    </message>
</context>
<context>
    <name>connect.recent</name>
    <message>
        <location filename="../../pimap_desktop/gui/connect/recent.py" line="29"/>
        <source>No recent databases</source>
        <translation>Aucune base de données récente</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/recent.py" line="30"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/recent.py" line="108"/>
        <source>%1 — as %2</source>
        <translation>%1 — en tant que %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/recent.py" line="148"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir une base &amp;récente</translation>
    </message>
</context>
<context>
    <name>directory.dialogs</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="45"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../pimap_desktop/gui/errors.py" line="26"/>
        <source>Could not %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/errors.py" line="44"/>
        <source>Something unexpected went wrong; nothing was saved by the failed action.

The details are in the log file:
%1</source>
        <translation>Une erreur inattendue s&apos;est produite&#xa0;; l&apos;action qui a échoué n&apos;a rien enregistré.

Les détails sont dans le fichier journal&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>exports.desktop</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/desktop.py" line="25"/>
        <source>Print the badge</source>
        <translation>Imprimer le badge</translation>
    </message>
</context>
<context>
    <name>importing.commands</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/commands.py" line="38"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/commands.py" line="49"/>
        <source>%1 created, %2 updated, %3 unchanged</source>
        <translation>%1 créés, %2 mis à jour, %3 inchangés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/commands.py" line="56"/>
        <source>, %1 skipped</source>
        <translation>, %1 ignorés</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/commands.py" line="60"/>
        <source>; %1 newly registered in the mission</source>
        <translation>&#xa0;; %1 nouvellement inscrits à la mission</translation>
    </message>
</context>
<context>
    <name>kpi.country_table</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="27"/>
        <source>No country</source>
        <translation>Sans pays</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="105"/>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
</context>
<context>
    <name>missions.commands</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/commands.py" line="47"/>
        <source>Add “%1”</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/commands.py" line="79"/>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/commands.py" line="96"/>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/commands.py" line="129"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
</context>
<context>
    <name>missions.mission_dialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="79"/>
        <source>%1 now (%2)</source>
        <translation>%1 actuellement (%2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="81"/>
        <source>%1 now</source>
        <translation>%1 actuellement</translation>
    </message>
</context>
<context>
    <name>missions.notes_dialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="56"/>
        <source>Delete practical note</source>
        <translation>Supprimer l&apos;information pratique</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="58"/>
        <source>Delete the practical note “%1”?

This cannot be undone.</source>
        <translation>Supprimer l&apos;information pratique «&#xa0;%1&#xa0;»&#xa0;?

Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>missions.timeline</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_geometry.py" line="30"/>
        <source>No programme items yet. Use Add item to plan the first one.</source>
        <translation>Aucun élément au programme pour l&apos;instant. Utilisez Ajouter un élément pour planifier le premier.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_geometry.py" line="207"/>
        <source>Nothing planned on %1.</source>
        <translation>Rien de prévu le %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_geometry.py" line="211"/>
        <source>No programme items on these days.</source>
        <translation>Aucun élément au programme ces jours-là.</translation>
    </message>
</context>
<context>
    <name>missions.timeline_text</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="21"/>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="22"/>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="23"/>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="24"/>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="25"/>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="26"/>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="27"/>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="30"/>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="31"/>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="32"/>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="33"/>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="34"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="35"/>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="36"/>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="37"/>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="38"/>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="39"/>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="40"/>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="41"/>
        <source>Dec</source>
        <translation>déc.</translation>
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
        <translation>Heures locales de la mission (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="85"/>
        <source>Times in the mission&apos;s local time</source>
        <translation>Heures locales de la mission</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="90"/>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="128"/>
        <source>Times in %1 (%2)</source>
        <translation>Heures du fuseau %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="94"/>
        <source>Times in %1</source>
        <translation>Heures du fuseau %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="107"/>
        <source>Times in %1 (%2, %3)</source>
        <translation>Heures du fuseau %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="114"/>
        <source>%1 until %2</source>
        <translation>%1 jusqu&apos;au %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="121"/>
        <source>then %1 from %2</source>
        <translation>puis %1 à partir du %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="158"/>
        <source>Venue: %1</source>
        <translation>Lieu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="165"/>
        <source>Room: %1</source>
        <translation>Salle&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="172"/>
        <source>Audience: %1</source>
        <translation>Public&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="181"/>
        <source>⚠ Same room as: %1</source>
        <translation>⚠ Même salle que&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>onsite.checkin_desk</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="235"/>
        <source>Checked in %1. Undo with Ctrl+Z.</source>
        <translation>Arrivée de %1 enregistrée. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="240"/>
        <source>%1 Enter: let in and confirm; Esc: not now.</source>
        <translation>%1 Enter&#xa0;: admettre et confirmer&#xa0;; Esc&#xa0;: pas maintenant.</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../pimap_desktop/gui/operations.py" line="258"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/operations.py" line="284"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>registrations.registration_table</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="41"/>
        <source>%1, last %2</source>
        <translation>%1, dernier&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../pimap_desktop/gui/undo.py" line="42"/>
        <source>This step can no longer be undone or redone: the records it concerns were changed or deleted since. Nothing was changed now.</source>
        <translation>Cette étape ne peut plus être annulée ni rétablie&#xa0;: les données qu&apos;elle concerne ont été modifiées ou supprimées depuis. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/undo.py" line="82"/>
        <source>redo “%1”</source>
        <translation>rétablissement de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/undo.py" line="85"/>
        <source>undo “%1”</source>
        <translation>annulation de «&#xa0;%1&#xa0;»</translation>
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
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/widgets.py" line="225"/>
        <source>CSV, semicolons (*.csv)</source>
        <translation>CSV, points-virgules (*.csv)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/widgets.py" line="226"/>
        <source>CSV, commas (*.csv)</source>
        <translation>CSV, virgules (*.csv)</translation>
    </message>
</context>
</TS>
