<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>AddPeopleDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="153"/>
        <source>Add people to the mission</source>
        <translation>Adicionar pessoas à missão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="159"/>
        <source>Search the directory: name, organisation, country, e-mail…</source>
        <translation>Pesquisar no diretório: nome, organização, país, e-mail…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="180"/>
        <source>&amp;Role</source>
        <translation>&amp;Função</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="181"/>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="188"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="206"/>
        <source>Select one or more people (Ctrl or Shift to select several).</source>
        <translation>Selecione uma ou mais pessoas (Ctrl ou Shift para selecionar várias).</translation>
    </message>
</context>
<context>
    <name>AgendaImportDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="613"/>
        <source>Import agenda</source>
        <translation>Importar agenda</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="616"/>
        <source>&lt;b&gt;Import %1 into %2 — %3?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Importar %1 para %2 — %3?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="629"/>
        <source>Times are read in the event&apos;s own zone and shown in %1.</source>
        <translation>As horas são lidas no fuso horário do próprio evento e apresentadas em %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="633"/>
        <source>Items keep the kind, room and audience you set in PIMAP; the file sets titles, times, descriptions and places.</source>
        <translation>Os pontos mantêm o tipo, a sala e o público definidos no PIMAP; o ficheiro define títulos, horas, descrições e locais.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="640"/>
        <source>Removed: items from this file whose event is now cancelled or no longer in it.</source>
        <translation>Removidos: pontos deste ficheiro cujo evento foi cancelado ou já não consta do ficheiro.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="643"/>
        <source>Edit ▸ Undo takes the whole import back.</source>
        <translation>Editar ▸ Anular desfaz toda a importação.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="648"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="674"/>
        <source>%1; %n event(s) skipped:</source>
        <translation>
            <numerusform>%1; %n evento ignorado:</numerusform>
            <numerusform>%1; %n eventos ignorados:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="59"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="60"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="61"/>
        <source>Named</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="62"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
</context>
<context>
    <name>AvailabilityDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="102"/>
        <source>Availability — %1</source>
        <translation>Disponibilidade — %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="111"/>
        <source>Times in %1 (the mission&apos;s local time). With no window, %2 can meet during every session.</source>
        <translation>Horas em %1 (hora local da missão). Sem nenhum período, %2 pode reunir-se em todas as sessões.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="126"/>
        <source>Available in these &amp;sessions</source>
        <translation>Disponível nestas &amp;sessões</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="148"/>
        <source>&amp;Add window</source>
        <translation>&amp;Adicionar período</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="150"/>
        <source>&amp;Change</source>
        <translation>A&amp;lterar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="152"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="155"/>
        <source>Day:</source>
        <translation>Dia:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="157"/>
        <source>from</source>
        <translation>das</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="159"/>
        <source>to</source>
        <translation>às</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="164"/>
        <source>&amp;Windows in which they can meet</source>
        <translation>&amp;Períodos em que pode reunir-se</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="196"/>
        <source>(outside every B2B session)</source>
        <translation>(fora de qualquer sessão B2B)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="219"/>
        <source>Not available in any session.</source>
        <translation>Indisponível em todas as sessões.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="221"/>
        <source>No window: available during every session.</source>
        <translation>Nenhum período: disponível em todas as sessões.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_dialog.py" line="268"/>
        <source>A window must end after it starts.</source>
        <translation>Um período tem de terminar depois de começar.</translation>
    </message>
</context>
<context>
    <name>AvailabilitySteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="25"/>
        <source>A&amp;vailability…</source>
        <translation>Disponi&amp;bilidade…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="27"/>
        <source>When the chosen person can meet (double-click a person&apos;s row)</source>
        <translation>Quando a pessoa escolhida pode reunir-se (fazer duplo clique na linha de uma pessoa)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="31"/>
        <source>&amp;Not available this session</source>
        <translation>I&amp;ndisponível nesta sessão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="33"/>
        <source>The chosen person cannot meet during the session of the chosen slot</source>
        <translation>A pessoa escolhida não pode reunir-se durante a sessão do horário escolhido</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="59"/>
        <source>change the availability</source>
        <translation>alterar a disponibilidade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="67"/>
        <source>%1 Undo with Ctrl+Z.</source>
        <translation>%1 Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="88"/>
        <source>Availability of %1 changed.</source>
        <translation>Disponibilidade de %1 alterada.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="103"/>
        <source>%1 is available in “%2”.</source>
        <translation>%1 está disponível em “%2”.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/availability_steps.py" line="105"/>
        <source>%1 is not available in “%2”.</source>
        <translation>%1 não está disponível em “%2”.</translation>
    </message>
</context>
<context>
    <name>B2BImportDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="102"/>
        <source>Import %1 — %2</source>
        <translation>Importar %1 — %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="111"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Folha:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="117"/>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="117"/>
        <source>Verdict</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="117"/>
        <source>What happens</source>
        <translation>O que acontece</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="131"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="147"/>
        <source>Nothing is written until you import; one Undo takes the import back.</source>
        <translation>Nada é gravado antes de importar; uma só anulação desfaz a importação.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="171"/>
        <source>Cannot read %1: %2.</source>
        <translation>Não é possível ler %1: %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="187"/>
        <source>Columns: %1</source>
        <translation>Colunas: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="223"/>
        <source>%1 new, %2 to update, %3 unchanged, %4 skipped</source>
        <translation>%1 novos, %2 a atualizar, %3 sem alterações, %4 ignorados</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="230"/>
        <source>(their problems are listed; the other rows are imported)</source>
        <translation>(os respetivos problemas são listados; as restantes linhas são importadas)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="237"/>
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Importar %n linha</numerusform>
            <numerusform>Importar %n linhas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="237"/>
        <source>Nothing to import</source>
        <translation>Nada a importar</translation>
    </message>
</context>
<context>
    <name>B2BImportText</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="47"/>
        <source>comma-separated</source>
        <translation>separado por vírgulas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="48"/>
        <source>semicolon-separated</source>
        <translation>separado por ponto e vírgula</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="49"/>
        <source>tab-separated</source>
        <translation>separado por tabulações</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="60"/>
        <source>meeting requests</source>
        <translation>pedidos de reunião</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="61"/>
        <source>availability</source>
        <translation>disponibilidade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="67"/>
        <source>sheet “%1”</source>
        <translation>folha “%1”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="70"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 com BOM</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="80"/>
        <source>%1-separated</source>
        <translation>separado por %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/import_dialog.py" line="82"/>
        <source>%1: %2, %n row(s) of data</source>
        <translation>
            <numerusform>%1: %2, %n linha de dados</numerusform>
            <numerusform>%1: %2, %n linhas de dados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>B2BPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="115"/>
        <source>read the meetings</source>
        <translation>ler as reuniões</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="230"/>
        <source>&amp;Tables × slots</source>
        <translation>&amp;Mesas × horários</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="231"/>
        <source>&amp;People × slots</source>
        <translation>&amp;Pessoas × horários</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="232"/>
        <source>&amp;Requests</source>
        <translation>Pe&amp;didos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="233"/>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="387"/>
        <source>&amp;Unscheduled</source>
        <translation>&amp;Não agendadas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="261"/>
        <source>Session:</source>
        <translation>Sessão:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="263"/>
        <source>Time limit:</source>
        <translation>Tempo limite:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="266"/>
        <source>B2B meetings</source>
        <translation>Reuniões B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="363"/>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/b2b_page.py" line="387"/>
        <source>&amp;Unscheduled (%1)</source>
        <translation>&amp;Não agendadas (%1)</translation>
    </message>
</context>
<context>
    <name>B2BSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="53"/>
        <source>Add a B2B session</source>
        <translation>Adicionar uma sessão B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="80"/>
        <source>Change the B2B session “%1”</source>
        <translation>Alterar a sessão B2B “%1”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="82"/>
        <source>Delete the B2B session “%1”</source>
        <translation>Eliminar a sessão B2B “%1”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="115"/>
        <source>Add a meeting request</source>
        <translation>Adicionar um pedido de reunião</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="136"/>
        <source>Remove a meeting request</source>
        <translation>Remover um pedido de reunião</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="138"/>
        <source>Remove %n meeting request(s)</source>
        <translation>
            <numerusform>Remover %n pedido de reunião</numerusform>
            <numerusform>Remover %n pedidos de reunião</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="170"/>
        <source>Change a meeting request</source>
        <translation>Alterar um pedido de reunião</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="193"/>
        <source>Set priority %1</source>
        <translation>Definir prioridade %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="212"/>
        <source>Import %1 from %2</source>
        <translation>Importar %1 de %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="230"/>
        <source>Change the availability of %1</source>
        <translation>Alterar a disponibilidade de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="250"/>
        <source>Import %n wish form(s)</source>
        <translation>
            <numerusform>Importar %n formulário de preferências</numerusform>
            <numerusform>Importar %n formulários de preferências</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="300"/>
        <source>Move a meeting</source>
        <translation>Mover uma reunião</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="319"/>
        <source>Lock meetings</source>
        <translation>Fixar reuniões</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/commands.py" line="319"/>
        <source>Unlock meetings</source>
        <translation>Desfixar reuniões</translation>
    </message>
</context>
<context>
    <name>B2BSummary</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="54"/>
        <source>%1; %2; %3, %4 locked.</source>
        <translation>%1; %2; %3, %4 fixadas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="55"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessão</numerusform>
            <numerusform>%n sessões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="56"/>
        <source>%n requested pair(s)</source>
        <translation>
            <numerusform>%n par pedido</numerusform>
            <numerusform>%n pares pedidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="57"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunião</numerusform>
            <numerusform>%n reuniões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="61"/>
        <source>%n requested pair(s) without a meeting.</source>
        <translation>
            <numerusform>%n par pedido sem reunião.</numerusform>
            <numerusform>%n pares pedidos sem reunião.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="63"/>
        <source>Last run: %1.</source>
        <translation>Última execução: %1.</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="48"/>
        <source>No backups yet: File ▸ Back up now makes one.</source>
        <translation>Ainda sem cópias de segurança: Ficheiro ▸ Fazer cópia de segurança agora cria uma.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="65"/>
        <source>Daily</source>
        <translation>Diária</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="66"/>
        <source>Back up now</source>
        <translation>Fazer cópia de segurança agora</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="67"/>
        <source>Before an upgrade</source>
        <translation>Antes de uma atualização</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="68"/>
        <source>Before a restore</source>
        <translation>Antes de um restauro</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="69"/>
        <source>Before the demo data</source>
        <translation>Antes dos dados de demonstração</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="70"/>
        <source>Before a deletion</source>
        <translation>Antes de uma eliminação</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="247"/>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="277"/>
        <source>Restore from backup</source>
        <translation>Restaurar cópia de segurança</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="248"/>
        <source>Backups of this database are made by its server.</source>
        <translation>As cópias de segurança desta base de dados são feitas pelo respetivo servidor.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="253"/>
        <source>The backup was restored but the database could not be opened again: %1 Restart PIMAP Desktop.</source>
        <translation>A cópia de segurança foi restaurada, mas não foi possível voltar a abrir a base de dados: %1 Reinicie o PIMAP Desktop.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="270"/>
        <source>Restored %1.</source>
        <translation>Cópia restaurada: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="271"/>
        <source>Backup restored</source>
        <translation>Cópia de segurança restaurada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="274"/>
        <source>restore the backup</source>
        <translation>restaurar a cópia de segurança</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="276"/>
        <source>Restoring the backup (the current state is backed up first)…</source>
        <translation>A restaurar a cópia de segurança (é feita primeiro uma cópia do estado atual)…</translation>
    </message>
</context>
<context>
    <name>BadgePrinter</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="76"/>
        <source>Badge — %1</source>
        <translation>Crachá — %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="76"/>
        <source>Badge</source>
        <translation>Crachá</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="82"/>
        <source>Badge not printed.</source>
        <translation>Crachá não impresso.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="87"/>
        <source>Could not print the badge</source>
        <translation>Não foi possível imprimir o crachá</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="89"/>
        <source>The printer did not accept the badge. Check that it is on and try again, or save the badge as a PDF.</source>
        <translation>A impressora não aceitou o crachá. Verifique se está ligada e tente novamente, ou guarde o crachá como PDF.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="97"/>
        <source>print the badge</source>
        <translation>imprimir o crachá</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="104"/>
        <source>Badge of %1 sent to %2.</source>
        <translation>Crachá de %1 enviado para %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="106"/>
        <source>the printer</source>
        <translation>a impressora</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="121"/>
        <source>Save the badge</source>
        <translation>Guardar o crachá</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="123"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="143"/>
        <source>save the badge</source>
        <translation>guardar o crachá</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/single_badge.py" line="146"/>
        <source>Badge of %1 saved to %2.</source>
        <translation>Crachá de %1 guardado em %2.</translation>
    </message>
</context>
<context>
    <name>BrandingDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="48"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="54"/>
        <source>Printed documents carry the logos of each mission&apos;s organising clusters. Add the partnership&apos;s and the funders&apos; emblems to print beside them on every document. PIMAP&apos;s own logo appears only when none of them is set.</source>
        <translation>Os documentos impressos incluem os logótipos dos clusters organizadores de cada missão. Adicione os emblemas da parceria e dos financiadores para serem impressos ao lado destes em todos os documentos. O logótipo do próprio PIMAP só aparece quando nenhum deles está definido.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="60"/>
        <source>Printed at the foot of every page of the KPI report and the follow-up log, and on the cover of each attendee pack.</source>
        <translation>Impressa no rodapé de todas as páginas do relatório de KPI e do registo de seguimentos, e na capa de cada dossier do participante.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="86"/>
        <source>Branding</source>
        <translation>Identidade visual</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="95"/>
        <source>No emblem yet: documents show the clusters&apos; logos only.</source>
        <translation>Ainda sem emblemas: os documentos mostram apenas os logótipos dos clusters.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="97"/>
        <source>Add partnership emblem…</source>
        <translation>Adicionar emblema da parceria…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="98"/>
        <source>Add funder emblem…</source>
        <translation>Adicionar emblema do financiador…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="99"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="109"/>
        <source>&amp;Funding statement</source>
        <translation>&amp;Menção de financiamento</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="114"/>
        <source>For example: Co-funded by … under grant agreement No … . Views and opinions expressed are those of the partners only.</source>
        <translation>Por exemplo: Cofinanciado por … ao abrigo da convenção de subvenção n.º … . Os pontos de vista e opiniões expressos são apenas dos parceiros.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="137"/>
        <source>&lt;b&gt;Emblems&lt;/b&gt; (partnership first, then funders)</source>
        <translation>&lt;b&gt;Emblemas&lt;/b&gt; (primeiro a parceria, depois os financiadores)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="174"/>
        <source>Partnership</source>
        <translation>Parceria</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="174"/>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="176"/>
        <source>Partnership emblem: %1</source>
        <translation>Emblema da parceria: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="176"/>
        <source>Funder emblem: %1</source>
        <translation>Emblema do financiador: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="190"/>
        <source>Choose the partnership emblem</source>
        <translation>Escolher o emblema da parceria</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="192"/>
        <source>Choose the funder emblem</source>
        <translation>Escolher o emblema do financiador</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="200"/>
        <source>Name of the emblem</source>
        <translation>Nome do emblema</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="201"/>
        <source>Whose emblem is it? (the partnership&apos;s name)</source>
        <translation>De quem é o emblema? (nome da parceria)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="203"/>
        <source>Whose emblem is it? (the funder&apos;s name)</source>
        <translation>De quem é o emblema? (nome do financiador)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="222"/>
        <source>Name the emblem, such as the partnership&apos;s or the funder&apos;s name.</source>
        <translation>Indique o nome do emblema, por exemplo o nome da parceria ou do financiador.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="248"/>
        <source>The funding statement is too long (%1 characters; at most %2).</source>
        <translation>A menção de financiamento é demasiado longa (%1 carateres; no máximo %2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/settings/branding_dialog.py" line="270"/>
        <source>save the branding</source>
        <translation>guardar a identidade visual</translation>
    </message>
</context>
<context>
    <name>BringBackPreview</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="373"/>
        <source>Bring back an offline copy</source>
        <translation>Trazer de volta uma cópia offline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="405"/>
        <source>%n conflict(s): the same thing was changed here and on the laptop, or one side deleted what the other changed. This database&apos;s value is kept unless you choose the laptop&apos;s.</source>
        <translation>
            <numerusform>%n conflito: a mesma informação foi alterada aqui e no portátil, ou um dos lados eliminou o que o outro alterou. Mantém-se o valor desta base de dados, a menos que escolha o do portátil.</numerusform>
            <numerusform>%n conflitos: a mesma informação foi alterada aqui e no portátil, ou um dos lados eliminou o que o outro alterou. Mantém-se o valor desta base de dados, a menos que escolha o do portátil.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="415"/>
        <source>&amp;Keep all here</source>
        <translation>&amp;Manter tudo aqui</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="417"/>
        <source>&amp;Take all the laptop&apos;s</source>
        <translation>&amp;Usar tudo do portátil</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="425"/>
        <source>A backup of this database is taken first. The conflicts are listed in a workbook beside the copy.</source>
        <translation>É feita primeiro uma cópia de segurança desta base de dados. Os conflitos são listados num livro do Excel ao lado da cópia.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="429"/>
        <source>A backup of this database is taken first.</source>
        <translation>É feita primeiro uma cópia de segurança desta base de dados.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="435"/>
        <source>&amp;Bring back</source>
        <translation>&amp;Trazer de volta</translation>
    </message>
</context>
<context>
    <name>CalendarPreview</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="117"/>
        <source>Mon</source>
        <translation>Seg</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="118"/>
        <source>Tue</source>
        <translation>Ter</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="119"/>
        <source>Wed</source>
        <translation>Qua</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="120"/>
        <source>Thu</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="121"/>
        <source>Fri</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="122"/>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="123"/>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="126"/>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="127"/>
        <source>Feb</source>
        <translation>fev</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="128"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="129"/>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="130"/>
        <source>May</source>
        <translation>mai</translation>
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
        <translation>ago</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="134"/>
        <source>Sep</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="135"/>
        <source>Oct</source>
        <translation>out</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="136"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="137"/>
        <source>Dec</source>
        <translation>dez</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="148"/>
        <source>%1 %2 %3 %4</source>
        <comment>day: weekday, day, month, year</comment>
        <translation>%1, %2 %3 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="182"/>
        <source>The %n event(s) of the calendar file, times in %1 (%2).</source>
        <translation>
            <numerusform>O ficheiro de calendário tem %n evento; horas em %1 (%2).</numerusform>
            <numerusform>O ficheiro de calendário tem %n eventos; horas em %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="188"/>
        <source>The %n event(s) of the calendar file, times in %1.</source>
        <translation>
            <numerusform>O ficheiro de calendário tem %n evento; horas em %1.</numerusform>
            <numerusform>O ficheiro de calendário tem %n eventos; horas em %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="234"/>
        <source>All day, until %1</source>
        <translation>Todo o dia, até %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="235"/>
        <source>All day</source>
        <translation>Todo o dia</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="294"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="295"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="296"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview.py" line="297"/>
        <source>Place</source>
        <translation>Local</translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="135"/>
        <source>Not let in</source>
        <translation>Entrada recusada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="138"/>
        <source>Nothing changed: still %1.</source>
        <translation>Nada foi alterado: continua %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="140"/>
        <source>Nothing changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="144"/>
        <source>%1 not let in; nothing changed.</source>
        <translation>Entrada de %1 recusada; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="168"/>
        <source>check in</source>
        <translation>registar a entrada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="221"/>
        <source>Check-in undone</source>
        <translation>Check-in anulado</translation>
    </message>
</context>
<context>
    <name>CheckInPanelText</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="176"/>
        <source>Invited, not registered</source>
        <translation>Convidado, não inscrito</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="177"/>
        <source>On the waiting list</source>
        <translation>Em lista de espera</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="179"/>
        <source>Enter: let them in and confirm · Esc: not now (nothing changes)</source>
        <translation>Enter: deixar entrar e confirmar · Esc: agora não (nada se altera)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="193"/>
        <source>Scan a badge, or type a name or an e-mail.</source>
        <translation>Leia um crachá, ou escreva um nome ou um e-mail.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="196"/>
        <source>This badge is for %1, not %2.</source>
        <translation>Este crachá é de %1, não de %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="199"/>
        <source>This badge of %1 matches nobody on its list.</source>
        <translation>Este crachá de %1 não corresponde a ninguém da lista.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="202"/>
        <source>This code is not a PIMAP badge.</source>
        <translation>Este código não é um crachá PIMAP.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="205"/>
        <source>This badge code is damaged: its registration number is unreadable.</source>
        <translation>Este código de crachá está danificado: o número de inscrição é ilegível.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="208"/>
        <source>This badge code names no mission.</source>
        <translation>Este código de crachá não indica nenhuma missão.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="211"/>
        <source>No registration of %1 has this number.</source>
        <translation>Nenhuma inscrição de %1 tem este número.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="214"/>
        <source>Nobody in %1 has the e-mail %2.</source>
        <translation>Ninguém em %1 tem o e-mail %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="217"/>
        <source>That registration is not in %1.</source>
        <translation>Essa inscrição não pertence a %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="220"/>
        <source>Nobody in %1 matches “%2”.</source>
        <translation>Ninguém em %1 corresponde a «%2».</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="223"/>
        <source>%1 was invited and has not registered.</source>
        <translation>%1 foi convidado(a) e não se inscreveu.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="226"/>
        <source>%1 is on the waiting list.</source>
        <translation>%1 está em lista de espera.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="233"/>
        <source>Was invited and had not registered: now confirmed.</source>
        <translation>Tinha sido convidado(a) sem se inscrever: agora confirmado(a).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="236"/>
        <source>Was on the waiting list: now confirmed.</source>
        <translation>Estava em lista de espera: agora confirmado(a).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="239"/>
        <source>Was marked as a no-show: now confirmed.</source>
        <translation>Estava marcado(a) como ausente: agora confirmado(a).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="242"/>
        <source>Was cancelled: now confirmed.</source>
        <translation>Estava cancelado(a): agora confirmado(a).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="253"/>
        <source>Already checked in at %1.</source>
        <translation>Entrada já registada às %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="256"/>
        <source>Already checked in on %1 at %2.</source>
        <translation>Entrada já registada em %1 às %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="268"/>
        <source>One person matches “%1”: pick them.</source>
        <translation>Uma pessoa corresponde a «%1»: escolha-a.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="270"/>
        <source>%1 people match “%2”: pick one.</source>
        <translation>%1 pessoas correspondem a «%2»: escolha uma.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="276"/>
        <source>Welcome, %1!</source>
        <translation>Bem-vindo(a), %1!</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="278"/>
        <source>The registration of %1 is cancelled.</source>
        <translation>A inscrição de %1 está cancelada.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="294"/>
        <source>French AZERTY</source>
        <translation>AZERTY francês</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="295"/>
        <source>Belgian AZERTY</source>
        <translation>AZERTY belga</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="296"/>
        <source>German QWERTZ</source>
        <translation>QWERTZ alemão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="297"/>
        <source>Swiss German QWERTZ</source>
        <translation>QWERTZ suíço-alemão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="298"/>
        <source>Swiss French QWERTZ</source>
        <translation>QWERTZ suíço-francês</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="299"/>
        <source>Finnish/Swedish</source>
        <translation>finlandês/sueco</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="300"/>
        <source>Portuguese</source>
        <translation>português</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="307"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="319"/>
        <source>The scanner types as a US keyboard on this %1 laptop: set the scanner to %1 (a setup barcode in its manual), or switch the laptop&apos;s keyboard to US while scanning.</source>
        <translation>O leitor escreve como um teclado US neste computador %1: configure o leitor para %1 (um código de barras de configuração no manual), ou mude o teclado do computador para US durante a leitura.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="326"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="329"/>
        <source>The scanner types as a US keyboard on this laptop%1: set the scanner to the laptop&apos;s layout (a setup barcode in its manual), or switch the laptop&apos;s keyboard to US while scanning.</source>
        <translation>O leitor escreve como um teclado US neste computador%1: configure o leitor para a disposição do computador (um código de barras de configuração no manual), ou mude o teclado do computador para US durante a leitura.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="337"/>
        <source>The scanner is set to another keyboard layout than this computer&apos;s (US): set the scanner to US (a setup barcode in its manual), or switch the computer&apos;s keyboard to the scanner&apos;s layout.</source>
        <translation>O leitor está configurado para outra disposição de teclado que não a deste computador (US): configure o leitor para US (um código de barras de configuração no manual), ou mude o teclado do computador para a disposição do leitor.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="343"/>
        <source>The scanner is set to %1 but this computer types as a US keyboard: set the scanner to US (a setup barcode in its manual), or switch the computer&apos;s keyboard to %1.</source>
        <translation>O leitor está configurado para %1 mas este computador escreve como um teclado US: configure o leitor para US (um código de barras de configuração no manual), ou mude o teclado do computador para %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="357"/>
        <source>Checked in at %1.</source>
        <translation>Entrada registada às %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="360"/>
        <source>Welcome</source>
        <translation>Bem-vindo(a)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="376"/>
        <source>%1: let in?</source>
        <translation>%1: deixar entrar?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="384"/>
        <source>Registration cancelled</source>
        <translation>Inscrição cancelada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="388"/>
        <source>Not checked in. Walk-in… registers them again if they may come in.</source>
        <translation>Entrada não registada. Inscrição no local… volta a inscrever a pessoa, se puder entrar.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="394"/>
        <source>Badge of another mission: %1</source>
        <translation>Crachá de outra missão: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="395"/>
        <source>Not a badge of this mission</source>
        <translation>Não é um crachá desta missão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="400"/>
        <source>Scanned: %1</source>
        <translation>Lido: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="403"/>
        <source>Unknown code</source>
        <translation>Código desconhecido</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="406"/>
        <source>Type their name or e-mail instead.</source>
        <translation>Escreva antes o nome ou o e-mail.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="412"/>
        <source>Pick the person</source>
        <translation>Escolha a pessoa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="415"/>
        <source>Only a whole name checks in: ↓ then Enter, or a double-click.</source>
        <translation>Só um nome completo regista a entrada: ↓ e depois Enter, ou duplo clique.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="420"/>
        <source>Several people match</source>
        <translation>Várias pessoas correspondem</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="423"/>
        <source>Pick one in the list: ↓ then Enter, or a double-click.</source>
        <translation>Escolha uma na lista: ↓ e depois Enter, ou duplo clique.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="427"/>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="430"/>
        <source>Walk-in… registers someone new.</source>
        <translation>Inscrição no local… inscreve uma pessoa nova.</translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_tab.py" line="45"/>
        <source>Scan a badge, or type a name or an e-mail, then Enter</source>
        <translation>Leia um crachá, ou escreva um nome ou um e-mail, e prima Enter</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_tab.py" line="82"/>
        <source>Checked in / expected</source>
        <translation>Entradas / previstos</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="60"/>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="61"/>
        <source>update</source>
        <translation>atualizar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="62"/>
        <source>unchanged</source>
        <translation>sem alterações</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="63"/>
        <source>skipped</source>
        <translation>ignorado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="576"/>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="577"/>
        <source>Verdict</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="578"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="579"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="580"/>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="581"/>
        <source>What happens</source>
        <translation>O que acontece</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="587"/>
        <source>Check before importing</source>
        <translation>Verificar antes de importar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="607"/>
        <source>Checking every row…</source>
        <translation>A verificar todas as linhas…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="623"/>
        <source>%1 new, %2 to update, %3 unchanged, %4 skipped</source>
        <translation>%1 novos, %2 a atualizar, %3 sem alterações, %4 ignorados</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="631"/>
        <source>%1 new, %2 to update, %3 unchanged</source>
        <translation>%1 novos, %2 a atualizar, %3 sem alterações</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="642"/>
        <source>%1 to register (%2).</source>
        <translation>%1 a inscrever (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="648"/>
        <source>%n row(s) with problems will not be imported; fix them in the file and import it again (the others are not duplicated).</source>
        <translation>
            <numerusform>%n linha com problemas não será importada; corrija-a no ficheiro e volte a importá-lo (as restantes não são duplicadas).</numerusform>
            <numerusform>%n linhas com problemas não serão importadas; corrija-as no ficheiro e volte a importá-lo (as restantes não são duplicadas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="657"/>
        <source>Nothing is written until you press Import.</source>
        <translation>Nada é gravado antes de premir Importar.</translation>
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
        <translation>Manter</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="209"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="210"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="211"/>
        <source>Here</source>
        <translation>Aqui</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="212"/>
        <source>On the laptop</source>
        <translation>No portátil</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="213"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="214"/>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="278"/>
        <source>Which value this database keeps</source>
        <translation>Valor que esta base de dados mantém</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="279"/>
        <source>This database cannot take the laptop&apos;s change: its own is kept</source>
        <translation>Esta base de dados não pode aceitar a alteração do portátil: mantém-se a sua</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="60"/>
        <source>connect to the team database</source>
        <translation>ligar à base de dados da equipa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="61"/>
        <source>Remembered in this computer&apos;s keyring</source>
        <translation>Memorizada no porta-chaves deste computador</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="62"/>
        <source>The server is on this computer: nothing crosses the network.</source>
        <translation>O servidor está neste computador: nada passa pela rede.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="65"/>
        <source>The password and the data are encrypted on the network (sslmode=require).</source>
        <translation>A palavra-passe e os dados são cifrados na rede (sslmode=require).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="139"/>
        <source>Connect to a team database</source>
        <translation>Ligar a uma base de dados da equipa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="149"/>
        <source>A PIMAP database on a PostgreSQL server that your team shares. Its administrator gives you these.</source>
        <translation>Uma base de dados PIMAP num servidor PostgreSQL partilhado pela sua equipa. O respetivo administrador fornece estes dados.</translation>
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
        <translation>&amp;Memorizar a palavra-passe no porta-chaves deste computador</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="175"/>
        <source>Require an &amp;encrypted connection (TLS)</source>
        <translation>Exigir uma ligação &amp;cifrada (TLS)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="184"/>
        <source>&amp;Port</source>
        <translation>&amp;Porta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="190"/>
        <source>&amp;Host</source>
        <translation>&amp;Anfitrião</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="191"/>
        <source>&amp;Database</source>
        <translation>&amp;Base de dados</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="192"/>
        <source>&amp;User</source>
        <translation>&amp;Utilizador</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="193"/>
        <source>Pass&amp;word</source>
        <translation>Pala&amp;vra-passe</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="220"/>
        <source>&amp;Connect</source>
        <translation>&amp;Ligar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="291"/>
        <source>the server</source>
        <translation>o servidor</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="347"/>
        <source>Connecting to %1…</source>
        <translation>A ligar a %1…</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <location filename="../../pimap_desktop/gui/widgets.py" line="146"/>
        <source>name or code, e.g. Germany or DE</source>
        <translation>nome ou código, p. ex. Alemanha ou DE</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="92"/>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 checked in</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de %2 com entrada registada</translation>
    </message>
</context>
<context>
    <name>DayMeetingsModel</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="158"/>
        <source>Time (%1)</source>
        <translation>Hora (%1)</translation>
    </message>
</context>
<context>
    <name>DelegationsPanel</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="133"/>
        <source>by cluster</source>
        <translation>por cluster</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="134"/>
        <source>by country</source>
        <translation>por país</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="149"/>
        <source>Form these delegations</source>
        <translation>Formar estas delegações</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="152"/>
        <source>Make one delegation per group and put each person in theirs (programme items can then be meant for one delegation)</source>
        <translation>Criar uma delegação por grupo e colocar cada pessoa na sua (os pontos do programa podem então destinar-se a uma só delegação)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="160"/>
        <source>Delegations</source>
        <translation>Delegações</translation>
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
        <translation>Sem delegação</translation>
    </message>
</context>
<context>
    <name>DirectoryDetails</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="61"/>
        <source>no mission yet</source>
        <translation>ainda sem missões</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/details.py" line="63"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n missão</numerusform>
            <numerusform>%n missões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/details.py" line="68"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunião</numerusform>
            <numerusform>%n reuniões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/details.py" line="72"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n pessoa</numerusform>
            <numerusform>%n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="76"/>
        <source>No mission yet.</source>
        <translation>Ainda sem missões.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="80"/>
        <source>No follow-up recorded.</source>
        <translation>Nenhum seguimento registado.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="84"/>
        <source>Nobody in the directory works here yet.</source>
        <translation>Ainda ninguém do diretório trabalha aqui.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="120"/>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="285"/>
        <source>and %1 more</source>
        <translation>e mais %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="142"/>
        <source>This person was erased on request: nothing that identifies them is kept; their registrations and meetings stay so that counts remain right.</source>
        <translation>Esta pessoa foi apagada a pedido: nada que a identifique é mantido; as suas inscrições e reuniões mantêm-se para que as contagens continuem corretas.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="156"/>
        <source>No organisation</source>
        <translation>Sem organização</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="163"/>
        <source>May be listed in attendee packs and contacted</source>
        <translation>Pode constar dos dossiers do participante e ser contactado(a)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="165"/>
        <source>May be listed in attendee packs</source>
        <translation>Pode constar dos dossiers do participante</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="167"/>
        <source>May be contacted</source>
        <translation>Pode ser contactado(a)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="169"/>
        <source>None given</source>
        <translation>Nenhum indicado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="171"/>
        <source>%1 (recorded %2)</source>
        <translation>%1 (registado em %2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="175"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="176"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="177"/>
        <source>Badge name</source>
        <translation>Nome no crachá</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="178"/>
        <source>Languages</source>
        <translation>Línguas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="180"/>
        <source>Documents in</source>
        <translation>Documentos em</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="183"/>
        <source>Diet</source>
        <translation>Dieta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="184"/>
        <source>Accessibility</source>
        <translation>Acessibilidade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="185"/>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="191"/>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="291"/>
        <source>Missions (%1)</source>
        <translation>Missões (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="206"/>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="308"/>
        <source>Follow-ups (%1)</source>
        <translation>Seguimentos (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="217"/>
        <source>, due %1</source>
        <translation>, prazo %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="218"/>
        <source> — done</source>
        <translation> — concluído</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="226"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="244"/>
        <source>member of %1</source>
        <translation>membro de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="250"/>
        <source>Website</source>
        <translation>Sítio web</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="251"/>
        <source>Size</source>
        <translation>Dimensão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="252"/>
        <source>Sectors</source>
        <translation>Setores</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="253"/>
        <source>Technologies</source>
        <translation>Tecnologias</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="255"/>
        <source>Application areas</source>
        <translation>Áreas de aplicação</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="258"/>
        <source>Value chain</source>
        <translation>Cadeia de valor</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="260"/>
        <source>Export readiness</source>
        <translation>Preparação para exportar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="267"/>
        <source>Offers</source>
        <translation>Oferece</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="268"/>
        <source>Seeks</source>
        <translation>Procura</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="269"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="274"/>
        <source>People (%1)</source>
        <translation>Pessoas (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/details.py" line="317"/>
        <source> — next: %1</source>
        <translation> — próximo: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="193"/>
        <source>read the directory</source>
        <translation>ler o diretório</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="203"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n pessoa</numerusform>
            <numerusform>%n pessoas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="205"/>
        <source>%1 of %n people shown</source>
        <translation>
            <numerusform>%1 de %n pessoa apresentada</numerusform>
            <numerusform>%1 de %n pessoas apresentadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="207"/>
        <source>Search people: name, organisation, e-mail, country, sector…</source>
        <translation>Pesquisar pessoas: nome, organização, e-mail, país, setor…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="208"/>
        <source>&amp;Country:</source>
        <translation>P&amp;aís:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="209"/>
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="217"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organização</numerusform>
            <numerusform>%n organizações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="219"/>
        <source>%1 of %n organisations shown</source>
        <translation>
            <numerusform>%1 de %n organização apresentada</numerusform>
            <numerusform>%1 de %n organizações apresentadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="221"/>
        <source>Search organisations: name, country, city, cluster, sector…</source>
        <translation>Pesquisar organizações: nome, país, cidade, cluster, setor…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="222"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="223"/>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="230"/>
        <source>&amp;People</source>
        <translation>&amp;Pessoas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="231"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organizações</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="257"/>
        <source>Directory</source>
        <translation>Diretório</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="278"/>
        <source>New &amp;person…</source>
        <translation>Nova &amp;pessoa…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="281"/>
        <source>New &amp;organisation…</source>
        <translation>Nova &amp;organização…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="283"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="284"/>
        <source>&amp;Merge two…</source>
        <translation>&amp;Fundir duas…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="286"/>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="291"/>
        <source>E&amp;xport this person&apos;s data…</source>
        <translation>E&amp;xportar dados da pessoa…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="293"/>
        <source>Erase this person…</source>
        <translation>Apagar esta pessoa…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="295"/>
        <source>Select exactly two rows, then merge them into one.</source>
        <translation>Selecione exatamente duas linhas e depois funda-as numa só.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="298"/>
        <source>Write everything held about the selected person to a JSON file.</source>
        <translation>Escrever tudo o que está guardado sobre a pessoa selecionada num ficheiro JSON.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="301"/>
        <source>Remove the selected person&apos;s personal data for good.</source>
        <translation>Remover definitivamente os dados pessoais da pessoa selecionada.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="304"/>
        <source>&amp;Find</source>
        <translation>Pes&amp;quisar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="331"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;Editar pessoa…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="331"/>
        <source>&amp;Edit organisation…</source>
        <translation>&amp;Editar organização…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="335"/>
        <source>&amp;Merge two people…</source>
        <translation>&amp;Fundir duas pessoas…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="335"/>
        <source>&amp;Merge two organisations…</source>
        <translation>&amp;Fundir duas organizações…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="339"/>
        <source>&amp;Delete person…</source>
        <translation>E&amp;liminar pessoa…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="339"/>
        <source>&amp;Delete organisation…</source>
        <translation>E&amp;liminar organização…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="388"/>
        <source>No country</source>
        <translation>Sem país</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="454"/>
        <source>%n people selected</source>
        <translation>
            <numerusform>%n pessoa selecionada</numerusform>
            <numerusform>%n pessoas selecionadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="456"/>
        <source>Select a person to see their details, the missions they attended and their follow-ups. Select two to merge them.</source>
        <translation>Selecione uma pessoa para ver os respetivos dados, as missões em que participou e os seguimentos. Selecione duas para as fundir.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="459"/>
        <source>Two people who are one can be merged: Merge two people…</source>
        <translation>Duas pessoas que são a mesma podem ser fundidas: Fundir duas pessoas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="474"/>
        <source>%n organisations selected</source>
        <translation>
            <numerusform>%n organização selecionada</numerusform>
            <numerusform>%n organizações selecionadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="476"/>
        <source>Select an organisation to see its profile and its people. Select two to merge them.</source>
        <translation>Selecione uma organização para ver o respetivo perfil e as suas pessoas. Selecione duas para as fundir.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="480"/>
        <source>Two organisations that are one can be merged: Merge two organisations…</source>
        <translation>Duas organizações que são a mesma podem ser fundidas: Fundir duas organizações…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="558"/>
        <source>New person</source>
        <translation>Nova pessoa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="573"/>
        <source>New organisation</source>
        <translation>Nova organização</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="598"/>
        <source>%1 added.</source>
        <translation>%1 adicionado(a).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="622"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="641"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="625"/>
        <source>open the person</source>
        <translation>abrir a pessoa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="644"/>
        <source>open the organisation</source>
        <translation>abrir a organização</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="682"/>
        <source>%1 saved.</source>
        <translation>%1 guardado(a).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="698"/>
        <source>Merge two people</source>
        <translation>Fundir duas pessoas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="700"/>
        <source>The other record&apos;s registrations, meetings and follow-ups move to the one you keep, and its details fill the kept record&apos;s empty fields. Then the other record is deleted.</source>
        <translation>As inscrições, reuniões e seguimentos do outro registo passam para o que mantiver, e os respetivos dados preenchem os campos vazios do registo mantido. Depois, o outro registo é eliminado.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="712"/>
        <source>Merge two organisations</source>
        <translation>Fundir duas organizações</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="714"/>
        <source>The other organisation&apos;s people and follow-ups move to the one you keep, and its profile fills the kept one&apos;s empty fields. Then the other is deleted.</source>
        <translation>As pessoas e os seguimentos da outra organização passam para a que mantiver, e o respetivo perfil preenche os campos vazios da mantida. Depois, a outra é eliminada.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="765"/>
        <source>delete the person</source>
        <translation>eliminar a pessoa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="781"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="798"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="828"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="782"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="818"/>
        <source>delete %1</source>
        <translation>eliminar %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="783"/>
        <source>Backing up, then deleting %1…</source>
        <translation>A fazer uma cópia de segurança e a eliminar %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="788"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="822"/>
        <source>%1 deleted from the directory.</source>
        <translation>%1 eliminado(a) do diretório.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="795"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="825"/>
        <source>Delete %1?</source>
        <translation>Eliminar %1?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="797"/>
        <source>This cannot be undone here; a backup of the database is taken first.</source>
        <translation>Esta ação não pode ser anulada aqui; é feita primeiro uma cópia de segurança da base de dados.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="808"/>
        <source>delete the organisation</source>
        <translation>eliminar a organização</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="827"/>
        <source>This cannot be undone.</source>
        <translation>Esta ação não pode ser anulada.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="843"/>
        <source>Export the data held about %1</source>
        <translation>Exportar os dados guardados sobre %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="844"/>
        <source>%1 - personal data.json</source>
        <translation>%1 - dados pessoais.json</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="845"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Ficheiros JSON (*.json);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="859"/>
        <source>export the person&apos;s data</source>
        <translation>exportar os dados da pessoa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="862"/>
        <source>The data held about %1 was written to %2.</source>
        <translation>Os dados guardados sobre %1 foram escritos em %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="878"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="886"/>
        <source>erase %1</source>
        <translation>apagar %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="885"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="921"/>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="887"/>
        <source>Erasing %1 from the database and its backups…</source>
        <translation>A apagar %1 da base de dados e das respetivas cópias de segurança…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="898"/>
        <source>%1&apos;s personal data was %2; their registrations stay, anonymous.</source>
        <translation>Dados pessoais de %1: %2; as inscrições mantêm-se, anónimas.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="906"/>
        <source>Some backups still hold this person</source>
        <translation>Algumas cópias de segurança ainda contêm esta pessoa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="909"/>
        <source>%1&apos;s personal data was %2. Delete the backups named here, or make them writable and erase again.</source>
        <translation>Dados pessoais de %1: %2. Elimine as cópias de segurança aqui indicadas, ou torne-as graváveis e volte a apagar.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="918"/>
        <source>Erase %1?</source>
        <translation>Apagar %1?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="919"/>
        <source>Erase %1 for good?</source>
        <translation>Apagar %1 definitivamente?</translation>
    </message>
</context>
<context>
    <name>DirectoryText</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="98"/>
        <source>Registered in %n mission(s)</source>
        <translation>
            <numerusform>Inscrito(a) em %n missão</numerusform>
            <numerusform>Inscrito(a) em %n missões</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="125"/>
        <source>Their name, e-mail, phone, job title, badge name, languages, diet, accessibility needs, consent and notes are removed for good, with the hotel and notes of their registrations. This cannot be undone.

Their registrations, meetings and follow-ups stay, without a name, so that the counts and KPIs of past missions stay right.

They are erased in the database and in every backup in its backups folder; a backup that cannot be rewritten (read-only, damaged, or from another version) is named afterwards.

If they asked for a copy of their data, export it first.</source>
        <translation>O nome, e-mail, telefone, cargo, nome no crachá, línguas, dieta, necessidades de acessibilidade, consentimento e notas são removidos definitivamente, juntamente com o hotel e as notas das respetivas inscrições. Esta ação não pode ser anulada.

As inscrições, reuniões e seguimentos mantêm-se, sem nome, para que as contagens e os KPI das missões anteriores continuem corretos.

Os dados são apagados na base de dados e em todas as cópias de segurança da respetiva pasta de cópias; uma cópia que não possa ser reescrita (só de leitura, danificada ou de outra versão) é indicada no final.

Se a pessoa pediu uma cópia dos seus dados, exporte-os primeiro.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="152"/>
        <source>no e-mail</source>
        <translation>sem e-mail</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="154"/>
        <source>no organisation</source>
        <translation>sem organização</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="155"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n missão</numerusform>
            <numerusform>%n missões</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="163"/>
        <source>no cluster</source>
        <translation>sem cluster</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="164"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n pessoa</numerusform>
            <numerusform>%n pessoas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/document_list.py" line="39"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
</context>
<context>
    <name>DuplicateMissionDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="204"/>
        <source>Duplicate mission</source>
        <translation>Duplicar missão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="210"/>
        <source>The copy gets the venues, organisers and programme (same local times), not the registrations.</source>
        <translation>A cópia recebe os locais, os organizadores e o programa (mesmas horas locais), mas não as inscrições.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="222"/>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="223"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="224"/>
        <source>&amp;First day</source>
        <translation>P&amp;rimeiro dia</translation>
    </message>
</context>
<context>
    <name>EenRating</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="98"/>
        <source>No further contact</source>
        <translation>Sem mais contactos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="99"/>
        <source>Knowledge gained</source>
        <translation>Conhecimento adquirido</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="100"/>
        <source>Valuable contact</source>
        <translation>Contacto valioso</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="101"/>
        <source>Negotiation started</source>
        <translation>Negociação iniciada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="102"/>
        <source>Agreement reached</source>
        <translation>Acordo alcançado</translation>
    </message>
</context>
<context>
    <name>EmblemKind</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="64"/>
        <source>Partnership</source>
        <translation>Parceria</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="65"/>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
</context>
<context>
    <name>ExchangeSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="28"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Folhas de cálculo (*.csv *.xlsx *.txt *.tsv);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="46"/>
        <source>E&amp;xport schedule…</source>
        <translation>Exportar &amp;horário…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="49"/>
        <source>&amp;Import requests…</source>
        <translation>&amp;Importar pedidos…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="52"/>
        <source>Requests from a CSV or XLSX file: requester e-mail, target e-mail, priority</source>
        <translation>Pedidos a partir de um ficheiro CSV ou XLSX: e-mail do requerente, e-mail do destinatário, prioridade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="57"/>
        <source>Import a&amp;vailability…</source>
        <translation>Importar &amp;disponibilidade…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="59"/>
        <source>Availability from a CSV or XLSX file: e-mail, start, end (local time)</source>
        <translation>Disponibilidade a partir de um ficheiro CSV ou XLSX: e-mail, início, fim (hora local)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="63"/>
        <source>&amp;Wish forms…</source>
        <translation>F&amp;ormulários de preferências…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="66"/>
        <source>One XLSX per participant to tick whom they want to meet and when they can (the person chosen above, or everyone)</source>
        <translation>Um XLSX por participante para assinalar com quem quer reunir-se e quando pode (a pessoa escolhida acima, ou todos)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="72"/>
        <source>Import wis&amp;h forms…</source>
        <translation>Importar form&amp;ulários preenchidos…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="74"/>
        <source>Read the filled wish forms back into requests and availability</source>
        <translation>Ler os formulários de preferências preenchidos e convertê-los em pedidos e disponibilidade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="101"/>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="118"/>
        <source>%1: %2. Undo with Ctrl+Z.</source>
        <translation>%1: %2. Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="132"/>
        <source>Folder for the wish form of %1</source>
        <translation>Pasta para o formulário de preferências de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="134"/>
        <source>Folder for the wish forms</source>
        <translation>Pasta para os formulários de preferências</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="157"/>
        <source>write the wish forms</source>
        <translation>escrever os formulários de preferências</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="158"/>
        <source>Writing the wish forms…</source>
        <translation>A escrever os formulários de preferências…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="158"/>
        <source>B2B meetings</source>
        <translation>Reuniões B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="170"/>
        <source>Import filled wish forms</source>
        <translation>Importar formulários de preferências preenchidos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="171"/>
        <source>Wish forms (*.xlsx);;All files (*)</source>
        <translation>Formulários de preferências (*.xlsx);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="184"/>
        <source>Wish forms: %1. Undo with Ctrl+Z.</source>
        <translation>Formulários de preferências: %1. Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="197"/>
        <source>Export the schedule</source>
        <translation>Exportar o horário</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="209"/>
        <source>export the schedule</source>
        <translation>exportar o horário</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/exchange_steps.py" line="211"/>
        <source>%n meeting(s) written to %1.</source>
        <translation>
            <numerusform>%n reunião escrita em %1.</numerusform>
            <numerusform>%n reuniões escritas em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="94"/>
        <source>read the mission&apos;s people</source>
        <translation>ler os participantes da missão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="151"/>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="172"/>
        <source>Print and export</source>
        <translation>Imprimir e exportar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="280"/>
        <source>Save %1…</source>
        <translation>Guardar %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="300"/>
        <source>Choose a mission first (or create one on the Missions page).</source>
        <translation>Escolha primeiro uma missão (ou crie uma na página Missões).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="302"/>
        <source>Reading the mission&apos;s people…</source>
        <translation>A ler os participantes da missão…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="308"/>
        <source>Select people on the Registrations page first (this mission&apos;s).</source>
        <translation>Selecione primeiro pessoas na página Inscrições (desta missão).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="312"/>
        <source>Choose the person: type part of a name.</source>
        <translation>Escolha a pessoa: escreva parte de um nome.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/export_page.py" line="317"/>
        <source>Nobody is registered on this mission yet.</source>
        <translation>Ainda ninguém está inscrito nesta missão.</translation>
    </message>
</context>
<context>
    <name>ExportReadiness</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="34"/>
        <source>Not ready</source>
        <translation>Não pronto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="35"/>
        <source>Exploring</source>
        <translation>A explorar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="36"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="37"/>
        <source>Exporting</source>
        <translation>A exportar</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="265"/>
        <source>Choose the file</source>
        <translation>Escolher o ficheiro</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="268"/>
        <source>A CSV file (UTF-8, Windows-1252 or Latin-1; comma, semicolon or tab) or an Excel workbook (.xlsx). Nothing is written until the last step.</source>
        <translation>Um ficheiro CSV (UTF-8, Windows-1252 ou Latin-1; vírgula, ponto e vírgula ou tabulação) ou um livro do Excel (.xlsx). Nada é gravado antes do último passo.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="274"/>
        <source>the file to import</source>
        <translation>o ficheiro a importar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="276"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="282"/>
        <source>Directory only (no mission)</source>
        <translation>Apenas o diretório (sem missão)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="288"/>
        <source>Register in %1</source>
        <translation>Inscrever em %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="299"/>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="303"/>
        <source>&amp;Sheet</source>
        <translation>F&amp;olha</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="304"/>
        <source>&amp;Mission</source>
        <translation>&amp;Missão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="318"/>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="354"/>
        <source>Import people</source>
        <translation>Importar pessoas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="319"/>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>Folhas de cálculo (*.csv *.xlsx *.xlsm *.txt *.tsv);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="344"/>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="353"/>
        <source>Reading %1…</source>
        <translation>A ler %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="351"/>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="372"/>
        <source>read %1</source>
        <translation>ler %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="386"/>
        <source>read as %1, semicolon-separated</source>
        <translation>lido como %1, separado por ponto e vírgula</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="387"/>
        <source>read as %1, tab-separated</source>
        <translation>lido como %1, separado por tabulações</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="388"/>
        <source>read as %1, comma-separated</source>
        <translation>lido como %1, separado por vírgulas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="390"/>
        <source>sheet “%1”</source>
        <translation>folha “%1”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="396"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2; header on row %3; %4, %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2; cabeçalho na linha %3; %4, %5.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="400"/>
        <source>%n data row(s)</source>
        <translation>
            <numerusform>%n linha de dados</numerusform>
            <numerusform>%n linhas de dados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="401"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n coluna</numerusform>
            <numerusform>%n colunas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="35"/>
        <source>Counting…</source>
        <translation>A contar…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="42"/>
        <source>&amp;Mission:</source>
        <translation>&amp;Missão:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="43"/>
        <source>C&amp;luster:</source>
        <translation>C&amp;luster:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="44"/>
        <source>&amp;Year:</source>
        <translation>&amp;Ano:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="68"/>
        <source>All missions</source>
        <translation>Todas as missões</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="71"/>
        <source>All clusters</source>
        <translation>Todos os clusters</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="74"/>
        <source>All years</source>
        <translation>Todos os anos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/filter_bar.py" line="112"/>
        <source>A single mission&apos;s figures are those of its own dates</source>
        <translation>Os números de uma única missão são os das suas próprias datas</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="202"/>
        <source>Edit the follow-up</source>
        <translation>Editar o seguimento</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="204"/>
        <source>New follow-up</source>
        <translation>Novo seguimento</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="216"/>
        <source>What came of the meeting or contact, and what happens next</source>
        <translation>O que resultou da reunião ou do contacto, e o que acontece a seguir</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="218"/>
        <source>Change what came of it, the next action or who takes it</source>
        <translation>Alterar o resultado, a próxima ação ou o responsável</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="226"/>
        <source>There is no meeting “%1”: choose one from the list, or leave it empty.</source>
        <translation>Não existe a reunião “%1”: escolha uma da lista, ou deixe em branco.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="231"/>
        <source>There is no organisation “%1”: choose one from the list, or leave it empty.</source>
        <translation>Não existe a organização “%1”: escolha uma da lista, ou deixe em branco.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="236"/>
        <source>There is no person “%1”: choose one from the list, or leave it empty.</source>
        <translation>Não existe a pessoa “%1”: escolha uma da lista, ou deixe em branco.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="248"/>
        <source>(no mission)</source>
        <translation>(sem missão)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="252"/>
        <source>choose what came of it</source>
        <translation>escolha o resultado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="254"/>
        <source>(nobody yet)</source>
        <translation>(ainda ninguém)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="310"/>
        <source>the meeting recorded (cancelled since)</source>
        <translation>a reunião registada (entretanto cancelada)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="327"/>
        <source>the meeting&apos;s counterpart</source>
        <translation>a contraparte da reunião</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="328"/>
        <source>the counterpart&apos;s participant</source>
        <translation>o participante da contraparte</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="331"/>
        <source>For a meeting, the organisation and contact are the counterpart&apos;s unless you choose others.</source>
        <translation>Numa reunião, a organização e o contacto são os da contraparte, a menos que escolha outros.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="336"/>
        <source>type to search the organisations</source>
        <translation>escreva para pesquisar as organizações</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="337"/>
        <source>type to search the people</source>
        <translation>escreva para pesquisar as pessoas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="339"/>
        <source>none: a contact met elsewhere</source>
        <translation>nenhuma: contacto feito noutro lugar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="341"/>
        <source>none: choose a mission to see its meetings</source>
        <translation>nenhuma: escolha uma missão para ver as reuniões</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="343"/>
        <source>none: this mission has no meetings</source>
        <translation>nenhuma: esta missão não tem reuniões</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="345"/>
        <source>Without a meeting, choose the organisation or the person met (or both).</source>
        <translation>Sem reunião, escolha a organização ou a pessoa contactada (ou ambas).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_dialog.py" line="454"/>
        <source>Choose what came of it: the outcome.</source>
        <translation>Escolha o que resultou: o resultado.</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <location filename="../../ui/followup_form.ui" line="11"/>
        <source>&amp;Mission</source>
        <translation>&amp;Missão</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="13"/>
        <source>M&amp;eeting</source>
        <translation>R&amp;eunião</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="14"/>
        <source>The B2B meeting this follow-up is for; none for a contact made elsewhere (a reception, a visit, a call)</source>
        <translation>A reunião B2B a que este seguimento se refere; nenhuma para um contacto feito noutro lugar (uma receção, uma visita, uma chamada)</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="15"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organização</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="17"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="19"/>
        <source>O&amp;utcome</source>
        <translation>Res&amp;ultado</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="21"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="22"/>
        <source>what was discussed, what they need, figures, names</source>
        <translation>o que foi discutido, o que precisam, números, nomes</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="23"/>
        <source>Ne&amp;xt action</source>
        <translation>Pró&amp;xima ação</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="24"/>
        <source>e.g. send the quotation, plan a visit of the plant</source>
        <translation>p. ex. enviar o orçamento, planear uma visita à fábrica</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="25"/>
        <source>O&amp;wner</source>
        <translation>Res&amp;ponsável</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="26"/>
        <source>Who takes the next action</source>
        <translation>Quem realiza a próxima ação</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="27"/>
        <source>&amp;Due</source>
        <translation>Pra&amp;zo</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="34"/>
        <source>No d&amp;ue date</source>
        <translation>Sem pr&amp;azo</translation>
    </message>
    <message>
        <location filename="../../ui/followup_form.ui" line="39"/>
        <source>Do&amp;ne: the next action was taken</source>
        <translation>Concluí&amp;do: a próxima ação foi realizada</translation>
    </message>
</context>
<context>
    <name>FollowUpLogText</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="25"/>
        <source>no meeting</source>
        <translation>sem reunião</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="48"/>
        <source>%1 · overdue</source>
        <translation>%1 · em atraso</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="54"/>
        <source>Done on %1</source>
        <translation>Concluído em %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="56"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="56"/>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="87"/>
        <source>EEN rating: %1</source>
        <translation>Classificação EEN: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="172"/>
        <source>%1 overdue</source>
        <translation>%1 em atraso</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="178"/>
        <source>%n follow-up(s) · %1 open · %2</source>
        <translation>
            <numerusform>%n seguimento · %1 em aberto · %2</numerusform>
            <numerusform>%n seguimentos · %1 em aberto · %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="181"/>
        <source>%1 shown of %2</source>
        <translation>%1 apresentados de %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="183"/>
        <source> — choose who you are in “I am” to see your open actions</source>
        <translation> — escolha quem é em “Sou” para ver as suas ações em aberto</translation>
    </message>
</context>
<context>
    <name>FollowUpOutcome</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="90"/>
        <source>No interest</source>
        <translation>Sem interesse</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="91"/>
        <source>Information exchanged</source>
        <translation>Informação trocada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="92"/>
        <source>Follow-up meeting planned</source>
        <translation>Reunião de seguimento planeada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="93"/>
        <source>Quotation or proposal sent</source>
        <translation>Orçamento ou proposta enviados</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="94"/>
        <source>Agreement under negotiation</source>
        <translation>Acordo em negociação</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="95"/>
        <source>Agreement or contract signed</source>
        <translation>Acordo ou contrato assinado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="96"/>
        <source>MoU signed</source>
        <translation>Memorando de entendimento assinado</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_page.py" line="124"/>
        <source>Search: organisation, contact, next action, notes, owner, outcome…</source>
        <translation>Pesquisar: organização, contacto, próxima ação, notas, responsável, resultado…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_page.py" line="151"/>
        <source>Follow-up log</source>
        <translation>Registo de seguimentos</translation>
    </message>
</context>
<context>
    <name>FollowUpSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="83"/>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Novo seguimento…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="86"/>
        <source>Record what came of a meeting or a contact (Ctrl+Shift+N)</source>
        <translation>Registar o resultado de uma reunião ou de um contacto (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="88"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="90"/>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="103"/>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;concluído</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="93"/>
        <source>Mark the selected follow-ups done, or open again if all are done (Ctrl+Enter)</source>
        <translation>Marcar os seguimentos selecionados como concluídos, ou reabri-los se estiverem todos concluídos (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="95"/>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="103"/>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="168"/>
        <source>Follow-up with %1 recorded. Undo with Ctrl+Z.</source>
        <translation>Seguimento com %1 registado. Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="170"/>
        <source>Follow-up recorded. Undo with Ctrl+Z.</source>
        <translation>Seguimento registado. Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="218"/>
        <source>Follow-up with %1 saved. Undo with Ctrl+Z.</source>
        <translation>Seguimento com %1 guardado. Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="220"/>
        <source>Follow-up saved. Undo with Ctrl+Z.</source>
        <translation>Seguimento guardado. Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="254"/>
        <source>mark the follow-ups done</source>
        <translation>marcar os seguimentos como concluídos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="254"/>
        <source>reopen them</source>
        <translation>reabri-los</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="263"/>
        <source>%n follow-up(s) marked done. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n seguimento marcado como concluído. Ctrl+Z para anular.</numerusform>
            <numerusform>%n seguimentos marcados como concluídos. Ctrl+Z para anular.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="265"/>
        <source>%n follow-up(s) open again. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n seguimento reaberto. Ctrl+Z para anular.</numerusform>
            <numerusform>%n seguimentos reabertos. Ctrl+Z para anular.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="278"/>
        <source>delete the follow-up</source>
        <translation>eliminar o seguimento</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="286"/>
        <source>Follow-up with %1 deleted. Undo with Ctrl+Z.</source>
        <translation>Seguimento com %1 eliminado. Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/followup_steps.py" line="288"/>
        <source>Follow-up deleted. Undo with Ctrl+Z.</source>
        <translation>Seguimento eliminado. Ctrl+Z para anular.</translation>
    </message>
</context>
<context>
    <name>FollowUpUndoSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="38"/>
        <source>Record a follow-up with %1</source>
        <translation>Registar um seguimento com %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="40"/>
        <source>Record a follow-up</source>
        <translation>Registar um seguimento</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="72"/>
        <source>Edit the follow-up with %1</source>
        <translation>Editar o seguimento com %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="74"/>
        <source>Edit the follow-up</source>
        <translation>Editar o seguimento</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="88"/>
        <source>Mark %n follow-up(s) done</source>
        <translation>
            <numerusform>Marcar %n seguimento como concluído</numerusform>
            <numerusform>Marcar %n seguimentos como concluídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="90"/>
        <source>Reopen %n follow-up(s)</source>
        <translation>
            <numerusform>Reabrir %n seguimento</numerusform>
            <numerusform>Reabrir %n seguimentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="101"/>
        <source>Delete the follow-up with %1</source>
        <translation>Eliminar o seguimento com %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/commands.py" line="103"/>
        <source>Delete the follow-up</source>
        <translation>Eliminar o seguimento</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="95"/>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="166"/>
        <source>Import people</source>
        <translation>Importar pessoas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="111"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="154"/>
        <source>check %1</source>
        <translation>verificar %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="154"/>
        <source>import %1</source>
        <translation>importar %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="165"/>
        <source>Checking %1…</source>
        <translation>A verificar %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="165"/>
        <source>Importing %1…</source>
        <translation>A importar %1…</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="37"/>
        <source>SMEs engaged</source>
        <translation>PME envolvidas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="39"/>
        <source>Distinct SMEs with at least one confirmed or checked-in participant</source>
        <translation>PME distintas com pelo menos um participante confirmado ou com entrada registada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="46"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="48"/>
        <source>Distinct people with a confirmed or checked-in registration</source>
        <translation>Pessoas distintas com uma inscrição confirmada ou com entrada registada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="55"/>
        <source>Meetings held</source>
        <translation>Reuniões realizadas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="57"/>
        <source>B2B meetings marked held (no-shows and cancelled meetings not counted)</source>
        <translation>Reuniões B2B marcadas como realizadas (faltas e reuniões canceladas não contam)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="64"/>
        <source>Follow-ups</source>
        <translation>Seguimentos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="66"/>
        <source>Follow-ups recorded, any outcome</source>
        <translation>Seguimentos registados, qualquer resultado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="70"/>
        <source>Agreements signed</source>
        <translation>Acordos assinados</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="72"/>
        <source>Follow-ups with the outcome &apos;agreement or contract signed&apos; (the funnel&apos;s last stage counts meetings instead: held meetings that led to an agreement or an MoU)</source>
        <translation>Seguimentos com o resultado “acordo ou contrato assinado” (a última fase do funil conta antes reuniões: reuniões realizadas que deram origem a um acordo ou a um memorando de entendimento)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="80"/>
        <source>MoUs signed</source>
        <translation>Memorandos assinados</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="82"/>
        <source>Follow-ups with the outcome &apos;MoU signed&apos;</source>
        <translation>Seguimentos com o resultado “memorando de entendimento assinado”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="89"/>
        <source>Missions held</source>
        <translation>Missões realizadas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="91"/>
        <source>Missions and workshops held: over, or closed once begun; drafts never count. Only these are counted on this page; the others are the pipeline</source>
        <translation>Missões e workshops realizados: terminados, ou encerrados depois de começarem; os rascunhos nunca contam. Só estes são contados nesta página; os restantes estão em preparação</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="142"/>
        <source>no target set</source>
        <translation>sem meta definida</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="145"/>
        <source>of target %1</source>
        <translation>da meta de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="153"/>
        <source>Target %1: met.</source>
        <translation>Meta %1: atingida.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="153"/>
        <source>Target %1: not met yet.</source>
        <translation>Meta %1: ainda não atingida.</translation>
    </message>
</context>
<context>
    <name>KpiCardsText</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="181"/>
        <source>no target set</source>
        <translation>sem meta definida</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="181"/>
        <source>not held yet</source>
        <translation>ainda não realizada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="187"/>
        <source>and %n workshop(s)</source>
        <translation>
            <numerusform>e %n workshop</numerusform>
            <numerusform>e %n workshops</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="189"/>
        <source>no workshops</source>
        <translation>sem workshops</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="220"/>
        <source>Missions not held yet (to come, or running): what they have gathered so far is not in the cards or charts and is never compared with a target</source>
        <translation>Missões ainda não realizadas (futuras ou em curso): o que reuniram até agora não entra nos cartões nem nos gráficos e nunca é comparado com uma meta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="231"/>
        <source>Mission %1</source>
        <translation>Missão %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="233"/>
        <source>All missions</source>
        <translation>Todas as missões</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="234"/>
        <source>all clusters</source>
        <translation>todos os clusters</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="240"/>
        <source>%1 meetings requested, %2 scheduled, %n no-show(s), %3 cancelled</source>
        <translation>
            <numerusform>%1 reuniões pedidas, %2 agendadas, %n falta, %3 canceladas</numerusform>
            <numerusform>%1 reuniões pedidas, %2 agendadas, %n faltas, %3 canceladas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="251"/>
        <source>%1 — %2 In these: %3.</source>
        <translation>%1 — %2 Nestas: %3.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/cards.py" line="260"/>
        <source>Pipeline so far: %1.</source>
        <translation>Em preparação, até agora: %1.</translation>
    </message>
</context>
<context>
    <name>KpiChartPanels</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="17"/>
        <source>Nothing chosen is held yet: what is planned is in the pipeline above.</source>
        <translation>Nada do que foi escolhido foi ainda realizado: o que está planeado figura acima, em preparação.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="20"/>
        <source>Targets and actual figures</source>
        <translation>Metas e valores realizados</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="77"/>
        <source>Counting…</source>
        <translation>A contar…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="79"/>
        <source>Meetings funnel</source>
        <translation>Funil de reuniões</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="80"/>
        <source>Follow-up outcomes by cluster</source>
        <translation>Resultados dos seguimentos por cluster</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="92"/>
        <source>No targets set for this choice.</source>
        <translation>Nenhuma meta definida para esta escolha.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="96"/>
        <source>%1 Targets are compared with what missions achieved once they are held.</source>
        <translation>%1 As metas são comparadas com o que as missões alcançaram depois de realizadas.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="108"/>
        <source>No meetings requested.</source>
        <translation>Nenhuma reunião pedida.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/chart_panel.py" line="114"/>
        <source>No follow-ups recorded for this choice.</source>
        <translation>Nenhum seguimento registado para esta escolha.</translation>
    </message>
</context>
<context>
    <name>KpiCharts</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="47"/>
        <source>SMEs engaged</source>
        <translation>PME envolvidas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="48"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="49"/>
        <source>Meetings requested</source>
        <translation>Reuniões pedidas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="50"/>
        <source>Meetings scheduled</source>
        <translation>Reuniões agendadas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="51"/>
        <source>Meetings held</source>
        <translation>Reuniões realizadas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="52"/>
        <source>Follow-ups</source>
        <translation>Seguimentos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="53"/>
        <source>Agreements signed</source>
        <translation>Acordos assinados</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="54"/>
        <source>MoUs signed</source>
        <translation>Memorandos assinados</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="59"/>
        <source>No interest</source>
        <translation>Sem interesse</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="60"/>
        <source>Information exchanged</source>
        <translation>Informação trocada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="61"/>
        <source>Meeting planned</source>
        <translation>Reunião planeada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="62"/>
        <source>Proposal sent</source>
        <translation>Proposta enviada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="63"/>
        <source>Under negotiation</source>
        <translation>Em negociação</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="64"/>
        <source>Agreement signed</source>
        <translation>Acordo assinado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="65"/>
        <source>MoU signed</source>
        <translation>Memorando de entendimento assinado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="81"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="82"/>
        <source>Actual: target met</source>
        <translation>Realizado: meta atingida</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="83"/>
        <source>Actual: below target</source>
        <translation>Realizado: abaixo da meta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="86"/>
        <source>No cluster</source>
        <translation>Sem cluster</translation>
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
        <translation>Metas e valores realizados</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="230"/>
        <source>Actual</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="254"/>
        <source>%1: %2 of %3 (%4, target met)</source>
        <translation>%1: %2 de %3 (%4, meta atingida)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="256"/>
        <source>%1: %2 of %3 (%4, below target)</source>
        <translation>%1: %2 de %3 (%4, abaixo da meta)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="316"/>
        <source>Meetings funnel</source>
        <translation>Funil de reuniões</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="317"/>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="326"/>
        <source>under each stage: its share of the stage before</source>
        <translation>sob cada fase: a sua proporção face à fase anterior</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="330"/>
        <source>%1: meetings; the cards count signatures (%2 agreements, %3 MoUs)</source>
        <translation>%1: reuniões; os cartões contam assinaturas (%2 acordos, %3 memorandos)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="346"/>
        <source>%1: %2 meetings (distinct pairs)</source>
        <translation>%1: %2 reuniões (pares distintos)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="349"/>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 de %4)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="385"/>
        <source>Follow-up outcomes by cluster</source>
        <translation>Resultados dos seguimentos por cluster</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/charts.py" line="413"/>
        <source>%1
%2: %3 of %4 follow-ups (%5)</source>
        <translation>%1
%2: %3 de %4 seguimentos (%5)</translation>
    </message>
</context>
<context>
    <name>KpiDashboard</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="134"/>
        <source>&amp;Targets…</source>
        <translation>&amp;Metas…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="136"/>
        <source>KPI &amp;targets…</source>
        <translation>&amp;Metas de KPI…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="138"/>
        <source>&amp;Count again</source>
        <translation>&amp;Recontar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="158"/>
        <source>KPI dashboard</source>
        <translation>Painel de KPI</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="246"/>
        <source>Set the targets of %1</source>
        <translation>Definir as metas de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="248"/>
        <source>Choose a mission, or a year, to set its targets</source>
        <translation>Escolha uma missão, ou um ano, para definir as respetivas metas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="295"/>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="323"/>
        <source>count the KPIs</source>
        <translation>contar os KPI</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="367"/>
        <source>KPI targets</source>
        <translation>Metas de KPI</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="369"/>
        <source>Targets are set for a mission, or for a year (for one cluster or for all clusters together).

Choose a mission, or a year, above; then click Targets… again.</source>
        <translation>As metas são definidas para uma missão, ou para um ano (para um cluster ou para todos os clusters em conjunto).

Escolha uma missão, ou um ano, acima; depois clique novamente em Metas….</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/dashboard.py" line="401"/>
        <source>Targets of %1 saved.</source>
        <translation>Metas de %1 guardadas.</translation>
    </message>
</context>
<context>
    <name>KpiMetric</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="104"/>
        <source>SMEs engaged</source>
        <translation>PME envolvidas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="105"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="106"/>
        <source>Meetings requested</source>
        <translation>Reuniões pedidas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="107"/>
        <source>Meetings scheduled</source>
        <translation>Reuniões agendadas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="108"/>
        <source>Meetings held</source>
        <translation>Reuniões realizadas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="109"/>
        <source>Follow-ups</source>
        <translation>Seguimentos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="110"/>
        <source>Agreements signed</source>
        <translation>Acordos assinados</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="111"/>
        <source>MoUs signed</source>
        <translation>Memorandos assinados</translation>
    </message>
</context>
<context>
    <name>KpiTargetScope</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="63"/>
        <source>%1, for %2</source>
        <translation>%1, para %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="66"/>
        <source>The figures of %1&apos;s members in this mission are compared with these; the mission&apos;s own targets are those with all clusters chosen.</source>
        <translation>Os números dos membros de %1 nesta missão são comparados com estas metas; as metas da própria missão são as que têm todos os clusters escolhidos.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="74"/>
        <source>The mission&apos;s figures are compared with these once it is held (its last day past, or closed once begun); they then count in the totals of its year and of all missions. Before, its figures are the pipeline.</source>
        <translation>Os números da missão são comparados com estas metas depois de realizada (último dia ultrapassado, ou encerrada depois de começar); passam então a contar nos totais do respetivo ano e de todas as missões. Antes disso, os seus números estão em preparação.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="83"/>
        <source>%1, all clusters together</source>
        <translation>%1, todos os clusters em conjunto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="88"/>
        <source>Where one is set here, it stands for %1 in %2 instead of the sum of its targets in the %2 missions held. Over all years, its targets of the years with a held mission add up.</source>
        <translation>Uma meta aqui definida vale para %1 em %2, em vez da soma das respetivas metas nas missões realizadas em %2. Em todos os anos, somam-se as metas dos anos com uma missão realizada.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="98"/>
        <source>Where one is set here, it stands for %1 instead of the sum of the targets of the %1 missions held. Over all years, the targets of the years with a held mission add up.</source>
        <translation>Uma meta aqui definida vale para %1, em vez da soma das metas das missões realizadas em %1. Em todos os anos, somam-se as metas dos anos com uma missão realizada.</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/list_pane.py" line="223"/>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
</context>
<context>
    <name>LogExport</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="64"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="67"/>
        <source>The log shown (this mission or all) as XLSX, CSV or PDF</source>
        <translation>O registo apresentado (esta missão ou todas) em XLSX, CSV ou PDF</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="85"/>
        <source>Export the follow-up log</source>
        <translation>Exportar o registo de seguimentos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="102"/>
        <source>Writing %1…</source>
        <translation>A escrever %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="104"/>
        <source>export the follow-up log</source>
        <translation>exportar o registo de seguimentos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="112"/>
        <source>%n follow-up(s) written on %1 pages to %2.</source>
        <translation>
            <numerusform>%n seguimento escrito em %1 páginas em %2.</numerusform>
            <numerusform>%n seguimentos escritos em %1 páginas em %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/followup/log_export.py" line="115"/>
        <source>%n follow-up(s) written to %1.</source>
        <translation>
            <numerusform>%n seguimento escrito em %1.</numerusform>
            <numerusform>%n seguimentos escritos em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogFilters</name>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="22"/>
        <source>All follow-ups</source>
        <translation>Todos os seguimentos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="23"/>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="24"/>
        <source>Overdue</source>
        <translation>Em atraso</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="25"/>
        <source>My open actions</source>
        <translation>As minhas ações em aberto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="56"/>
        <source>Who you are: “My open actions” shows the open follow-ups you own, and new follow-ups are yours unless you choose another owner</source>
        <translation>Quem é: “As minhas ações em aberto” mostra os seguimentos em aberto de que é responsável, e os novos seguimentos ficam a seu cargo, a menos que escolha outro responsável</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="64"/>
        <source>Mission:</source>
        <translation>Missão:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="67"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="70"/>
        <source>I am:</source>
        <translation>Sou:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="85"/>
        <source>All missions</source>
        <translation>Todas as missões</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_filters.py" line="112"/>
        <source>(choose who you are)</source>
        <translation>(indique quem é)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="114"/>
        <source>Missions</source>
        <translation>Missões</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="115"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="116"/>
        <source>Registrations</source>
        <translation>Inscrições</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="117"/>
        <source>B2B meetings</source>
        <translation>Reuniões B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="118"/>
        <source>Directory</source>
        <translation>Diretório</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="119"/>
        <source>Print &amp; export</source>
        <translation>Imprimir e exportar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="120"/>
        <source>On site</source>
        <translation>No local</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="121"/>
        <source>Follow-ups</source>
        <translation>Seguimentos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="122"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="147"/>
        <source>The database this window works on</source>
        <translation>A base de dados em que esta janela trabalha</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="220"/>
        <source>The mission every page shows (Ctrl+K to search)</source>
        <translation>A missão que todas as páginas mostram (Ctrl+K para pesquisar)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="222"/>
        <source>Mission</source>
        <translation>Missão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="237"/>
        <location filename="../../pimap_desktop/gui/main_window.py" line="719"/>
        <source>Now working on %1.</source>
        <translation>A trabalhar agora em %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="241"/>
        <source>%1 (read only)</source>
        <translation>%1 (só de leitura)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="261"/>
        <source>&amp;Import people…</source>
        <translation>&amp;Importar pessoas…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="264"/>
        <source>&amp;Print and export…</source>
        <translation>Im&amp;primir e exportar…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="267"/>
        <source>Agendas, badges, packs, table plans and calendar files</source>
        <translation>Agendas, crachás, dossiers, planos de mesas e ficheiros de calendário</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="269"/>
        <source>&amp;Back up now</source>
        <translation>Fazer &amp;cópia de segurança agora</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="270"/>
        <source>&amp;Check database</source>
        <translation>&amp;Verificar base de dados</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="272"/>
        <source>&amp;Restore from backup…</source>
        <translation>Res&amp;taurar cópia de segurança…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="275"/>
        <source>Go back to a verified backup; the current state is backed up first</source>
        <translation>Voltar a uma cópia de segurança verificada; é feita primeiro uma cópia do estado atual</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="277"/>
        <source>&amp;Connect to team database…</source>
        <translation>&amp;Ligar à base de dados da equipa…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="279"/>
        <source>Work on a PostgreSQL database shared by the coordinators of several clusters</source>
        <translation>Trabalhar numa base de dados PostgreSQL partilhada pelos coordenadores de vários clusters</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="282"/>
        <source>&amp;Open database file…</source>
        <translation>&amp;Abrir ficheiro de base de dados…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="285"/>
        <source>Work on another PIMAP database file, such as a mission taken offline</source>
        <translation>Trabalhar noutro ficheiro de base de dados PIMAP, por exemplo uma missão levada offline</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="289"/>
        <source>Save a &amp;copy as SQLite…</source>
        <translation>&amp;Guardar uma cópia como SQLite…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="292"/>
        <source>Write the whole database to a file you can take along</source>
        <translation>Escrever toda a base de dados num ficheiro que pode levar consigo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="296"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="299"/>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="301"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="306"/>
        <source>S&amp;witch mission…</source>
        <translation>&amp;Mudar de missão…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="308"/>
        <source>Choose the mission every page shows (Ctrl+K)</source>
        <translation>Escolher a missão que todas as páginas mostram (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="317"/>
        <source>&amp;Branding…</source>
        <translation>&amp;Identidade visual…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="319"/>
        <source>The partnership&apos;s and funders&apos; emblems and the funding statement on documents</source>
        <translation>Os emblemas da parceria e dos financiadores e a menção de financiamento nos documentos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="322"/>
        <source>&amp;About PIMAP Desktop</source>
        <translation>&amp;Acerca do PIMAP Desktop</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="331"/>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="352"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="354"/>
        <source>&amp;Missions</source>
        <translation>&amp;Missões</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="366"/>
        <source>&amp;Programme</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="378"/>
        <source>&amp;Registrations</source>
        <translation>&amp;Inscrições</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="392"/>
        <source>&amp;B2B</source>
        <translation>&amp;B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="420"/>
        <source>&amp;Directory</source>
        <translation>&amp;Diretório</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="433"/>
        <source>On &amp;site</source>
        <translation>No &amp;local</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="447"/>
        <source>F&amp;ollow-ups</source>
        <translation>&amp;Seguimentos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="457"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="458"/>
        <source>Se&amp;ttings</source>
        <translation>Defi&amp;nições</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="459"/>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="469"/>
        <source>&amp;Language</source>
        <translation>&amp;Língua</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="481"/>
        <source>Takes effect when PIMAP Desktop starts again</source>
        <translation>Aplica-se quando o PIMAP Desktop for reiniciado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="489"/>
        <source>The interface is in %1.</source>
        <translation>A interface está em %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="493"/>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="495"/>
        <source>%1: takes effect when PIMAP Desktop starts again.</source>
        <translation>%1: aplica-se quando o PIMAP Desktop for reiniciado.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="574"/>
        <source>%1 imported: %2. Undo with Ctrl+Z.</source>
        <translation>%1 importado: %2. Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="612"/>
        <source>Daily backup made: %1</source>
        <translation>Cópia de segurança diária feita: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="616"/>
        <source>make the daily backup</source>
        <translation>fazer a cópia de segurança diária</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="624"/>
        <source>Backing up…</source>
        <translation>A fazer cópia de segurança…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="628"/>
        <source>Backup written and verified: %1</source>
        <translation>Cópia de segurança escrita e verificada: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="630"/>
        <source>Backups are up to the server.</source>
        <translation>As cópias de segurança são da responsabilidade do servidor.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="635"/>
        <source>back up the database</source>
        <translation>fazer uma cópia de segurança da base de dados</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="669"/>
        <source>Open a PIMAP database</source>
        <translation>Abrir uma base de dados PIMAP</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="670"/>
        <source>PIMAP databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de dados PIMAP (*.sqlite *.db);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="692"/>
        <source>open %1</source>
        <translation>abrir %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="781"/>
        <source>Save a copy as SQLite</source>
        <translation>Guardar uma cópia como SQLite</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="783"/>
        <source>PIMAP database (*.sqlite)</source>
        <translation>Base de dados PIMAP (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="790"/>
        <source>That is the database itself: choose another file.</source>
        <translation>Esse é o próprio ficheiro da base de dados: escolha outro ficheiro.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="793"/>
        <source>Saving a copy…</source>
        <translation>A guardar uma cópia…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="798"/>
        <source>save a copy as SQLite</source>
        <translation>guardar uma cópia como SQLite</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="800"/>
        <source>Copy saved: %1</source>
        <translation>Cópia guardada: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="806"/>
        <source>Checking the database…</source>
        <translation>A verificar a base de dados…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="812"/>
        <source>The database is damaged</source>
        <translation>A base de dados está danificada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="815"/>
        <source>The integrity check found problems:

%1

Restore the latest backup from the backups folder beside it.</source>
        <translation>A verificação de integridade encontrou problemas:

%1

Restaure a cópia de segurança mais recente a partir da pasta de cópias de segurança que se encontra ao lado.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="822"/>
        <source>The database is in good order.</source>
        <translation>A base de dados está em bom estado.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="826"/>
        <source>check the database</source>
        <translation>verificar a base de dados</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="839"/>
        <source>Branding saved: the next documents carry it.</source>
        <translation>Identidade visual guardada: os próximos documentos vão incluí-la.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="848"/>
        <source>About PIMAP Desktop</source>
        <translation>Acerca do PIMAP Desktop</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/main_window.py" line="851"/>
        <source>&lt;b&gt;PIMAP Desktop&lt;/b&gt; %1&lt;br&gt;Missions, delegations, B2B meetings and follow-up for technology clusters.&lt;br&gt;&lt;br&gt;Database: %2&lt;br&gt;%3&lt;br&gt;Log file: %4</source>
        <translation>&lt;b&gt;PIMAP Desktop&lt;/b&gt; %1&lt;br&gt;Missões, delegações, reuniões B2B e seguimento para clusters tecnológicos.&lt;br&gt;&lt;br&gt;Base de dados: %2&lt;br&gt;%3&lt;br&gt;Ficheiro de registo: %4</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="413"/>
        <source>Match the columns</source>
        <translation>Associar as colunas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="416"/>
        <source>What each column of the file holds. PIMAP recognised what it could; correct it where needed. An e-mail and a last (or full) name are required.</source>
        <translation>O que contém cada coluna do ficheiro. O PIMAP reconheceu o que pôde; corrija onde for necessário. São obrigatórios um e-mail e um apelido (ou nome completo).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="422"/>
        <source>Column in the file</source>
        <translation>Coluna no ficheiro</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="422"/>
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="422"/>
        <source>Means</source>
        <translation>Significa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="439"/>
        <source>The first %1 rows, as they will be read:</source>
        <translation>As primeiras %1 linhas, tal como serão lidas:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="452"/>
        <source>(column %1)</source>
        <translation>(coluna %1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="459"/>
        <source>(not imported)</source>
        <translation>(não importada)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="481"/>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="499"/>
        <source>Two columns mean the same: %1.</source>
        <translation>Duas colunas têm o mesmo significado: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="504"/>
        <source>Choose the column that holds the e-mail: it is how PIMAP recognises a person.</source>
        <translation>Escolha a coluna que contém o e-mail: é assim que o PIMAP reconhece uma pessoa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="507"/>
        <source>Choose the column with the last name (or the full name).</source>
        <translation>Escolha a coluna com o apelido (ou o nome completo).</translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="25"/>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="71"/>
        <source>Matches appear here as you type a name, an organisation or an e-mail.</source>
        <translation>As correspondências aparecem aqui à medida que escreve um nome, uma organização ou um e-mail.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="73"/>
        <source>A code: Enter reads it.</source>
        <translation>Um código: Enter lê-o.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="75"/>
        <source>Nobody matches “%1”. Walk-in… registers someone new.</source>
        <translation>Ninguém corresponde a “%1”. Inscrição no local… inscreve uma pessoa nova.</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="85"/>
        <source>Scheduled</source>
        <translation>Agendada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="86"/>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="87"/>
        <source>No-show</source>
        <translation>Falta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="88"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>MeetingSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="33"/>
        <source>&amp;Lock</source>
        <translation>&amp;Fixar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="36"/>
        <source>U&amp;nlock</source>
        <translation>Desfi&amp;xar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="39"/>
        <source>Re&amp;move meeting</source>
        <translation>Re&amp;mover reunião</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="43"/>
        <source>&amp;Fit this request in</source>
        <translation>A&amp;gendar este pedido</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="45"/>
        <source>Place the selected request at the first free slot</source>
        <translation>Colocar o pedido selecionado no primeiro horário livre</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="60"/>
        <source>no session is shown</source>
        <translation>nenhuma sessão apresentada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="69"/>
        <source>Cannot go there: %1</source>
        <translation>Não é possível mover para aí: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="87"/>
        <source>move the meeting</source>
        <translation>mover a reunião</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="108"/>
        <source>Meeting %1 moved and locked. Undo with Ctrl+Z.</source>
        <translation>Reunião %1 movida e fixada. Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="149"/>
        <source>Remove a meeting</source>
        <translation>Remover uma reunião</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="151"/>
        <source>Meeting %1 removed. Undo with Ctrl+Z.</source>
        <translation>Reunião %1 removida. Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="159"/>
        <source>Fit a request in</source>
        <translation>Agendar um pedido</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/meeting_steps.py" line="162"/>
        <source>%1 and %2 now meet (locked).</source>
        <translation>%1 e %2 têm agora uma reunião (fixada).</translation>
    </message>
</context>
<context>
    <name>MeetingsOfDayView</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="118"/>
        <source>locked</source>
        <translation>fixada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="127"/>
        <source>Not checked in yet</source>
        <translation>Entrada ainda não registada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="226"/>
        <source>Only meetings with someone &amp;late</source>
        <translation>Só reuniões com alguém a&amp;trasado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="252"/>
        <source>Notes for the follow-up (optional), then pick the outcome</source>
        <translation>Notas para o seguimento (opcional); depois escolha o resultado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="268"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Seguimento</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="270"/>
        <source>The outcome of the selected meeting, in one click (marks it held)</source>
        <translation>O resultado da reunião selecionada, num clique (marca-a como realizada)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="277"/>
        <source>&amp;Day:</source>
        <translation>&amp;Dia:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="311"/>
        <source>&amp;Held</source>
        <translation>&amp;Realizada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="314"/>
        <source>Mark held</source>
        <translation>Marcar como realizada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="317"/>
        <source>&amp;No-show</source>
        <translation>&amp;Falta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="320"/>
        <source>Mark no-show</source>
        <translation>Marcar como falta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="323"/>
        <source>&amp;Cancelled</source>
        <translation>Ca&amp;ncelada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="326"/>
        <source>Mark cancelled</source>
        <translation>Marcar como cancelada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="329"/>
        <source>&amp;Scheduled</source>
        <translation>&amp;Agendada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="332"/>
        <source>Back to scheduled</source>
        <translation>Voltar a agendada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="335"/>
        <source>&amp;Move…</source>
        <translation>&amp;Mover…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="338"/>
        <source>Move the meeting to a free slot or table</source>
        <translation>Mover a reunião para um horário ou uma mesa livre</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="340"/>
        <source>Follow-&amp;up</source>
        <translation>Se&amp;guimento</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="388"/>
        <source>Times in %1 (%2)</source>
        <translation>Horas em %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="439"/>
        <source>No meetings this day.</source>
        <translation>Nenhuma reunião neste dia.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="448"/>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="503"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunião</numerusform>
            <numerusform>%n reuniões</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="450"/>
        <source>%1, %2 to come</source>
        <translation>%1, %2 por realizar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="454"/>
        <source>%1 late</source>
        <translation>%1 em atraso</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="496"/>
        <source>change the meeting&apos;s status</source>
        <translation>alterar o estado da reunião</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="506"/>
        <source>%1: %2. Undo with Ctrl+Z.</source>
        <translation>%1: %2. Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="523"/>
        <source>move the meeting</source>
        <translation>mover a reunião</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="555"/>
        <source>Meeting %1 moved and locked. Undo with Ctrl+Z.</source>
        <translation>Reunião %1 movida e fixada. Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="577"/>
        <source>record the follow-up</source>
        <translation>registar o seguimento</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="589"/>
        <source>Follow-up “%1” recorded for %2 (meeting marked held). Undo with Ctrl+Z.</source>
        <translation>Seguimento “%1” registado para %2 (reunião marcada como realizada). Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="591"/>
        <source>Follow-up “%1” recorded for %2. Undo with Ctrl+Z.</source>
        <translation>Seguimento “%1” registado para %2. Ctrl+Z para anular.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="399"/>
        <source>Which record do you keep?</source>
        <translation>Que registo mantém?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="405"/>
        <source>Keep %1</source>
        <translation>Manter %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="432"/>
        <source>Merge</source>
        <translation>Fundir</translation>
    </message>
</context>
<context>
    <name>MissionChooser</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/chooser.py" line="30"/>
        <source>&amp;Mission:</source>
        <translation>&amp;Missão:</translation>
    </message>
</context>
<context>
    <name>MissionDeletionText</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="398"/>
        <source>%n programme item(s)</source>
        <translation>
            <numerusform>%n elemento do programa</numerusform>
            <numerusform>%n elementos do programa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="399"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n inscrição</numerusform>
            <numerusform>%n inscrições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="400"/>
        <source>%n B2B session(s)</source>
        <translation>
            <numerusform>%n sessão B2B</numerusform>
            <numerusform>%n sessões B2B</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="401"/>
        <source>%n meeting request(s)</source>
        <translation>
            <numerusform>%n pedido de reunião</numerusform>
            <numerusform>%n pedidos de reunião</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="402"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunião</numerusform>
            <numerusform>%n reuniões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="403"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n seguimento</numerusform>
            <numerusform>%n seguimentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="404"/>
        <source>%n KPI target(s)</source>
        <translation>
            <numerusform>%n meta de KPI</numerusform>
            <numerusform>%n metas de KPI</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="418"/>
        <source>Mission %1 has nothing else attached to it.</source>
        <translation>Nada mais está ligado à missão %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="421"/>
        <source>Deleting mission %1 also deletes %2.</source>
        <translation>Eliminar a missão %1 elimina também %2.</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="99"/>
        <source>New mission</source>
        <translation>Nova missão</translation>
    </message>
</context>
<context>
    <name>MissionForm</name>
    <message>
        <location filename="../../ui/mission_form.ui" line="10"/>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="11"/>
        <source>e.g. PW2027</source>
        <translation>p. ex. PW2027</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="12"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="13"/>
        <source>e.g. Photonics West 2027 business mission</source>
        <translation>p. ex. Missão empresarial Photonics West 2027</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="14"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="16"/>
        <source>&amp;Host event</source>
        <translation>E&amp;vento anfitrião</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="17"/>
        <source>optional, e.g. SPIE Photonics West</source>
        <translation>opcional, p. ex. SPIE Photonics West</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="18"/>
        <source>C&amp;ity</source>
        <translation>C&amp;idade</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="20"/>
        <source>Co&amp;untry</source>
        <translation>P&amp;aís</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="21"/>
        <source>Type the name in English, French, Portuguese, Finnish or Swedish, or the code (DE)</source>
        <translation>Escreva o nome em inglês, francês, português, finlandês ou sueco, ou o código (DE)</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="22"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuso horário</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="25"/>
        <source>Type a city (Berlin, São Paulo, Munich) or part of a zone&apos;s name</source>
        <translation>Escreva uma cidade (Berlim, São Paulo, Munique) ou parte do nome de um fuso horário</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="26"/>
        <source>The zone&apos;s offset from UTC today (it changes with daylight saving time)</source>
        <translation>A diferença do fuso horário em relação a UTC hoje (muda com a hora de verão)</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="29"/>
        <source>&amp;First day</source>
        <translation>P&amp;rimeiro dia</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="31"/>
        <source>&amp;Last day</source>
        <translation>Últi&amp;mo dia</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="33"/>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="35"/>
        <source>Organised &amp;by</source>
        <translation>Organi&amp;zada por</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="37"/>
        <source>&amp;Objectives</source>
        <translation>&amp;Objetivos</translation>
    </message>
    <message>
        <location filename="../../ui/mission_form.ui" line="39"/>
        <source>&amp;Practical information</source>
        <translation>Informações &amp;práticas</translation>
    </message>
</context>
<context>
    <name>MissionKind</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="39"/>
        <source>Business mission</source>
        <translation>Missão empresarial</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="40"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="41"/>
        <source>Fair participation</source>
        <translation>Participação em feira</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="42"/>
        <source>Matchmaking event</source>
        <translation>Evento de matchmaking</translation>
    </message>
</context>
<context>
    <name>MissionPicker</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="481"/>
        <source>Take mission offline</source>
        <translation>Levar missão offline</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="493"/>
        <source>&amp;Mission to take to the fair:</source>
        <translation>&amp;Missão a levar para a feira:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="499"/>
        <source>&amp;Next…</source>
        <translation>&amp;Seguinte…</translation>
    </message>
</context>
<context>
    <name>MissionStatus</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="44"/>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="45"/>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="46"/>
        <source>Running</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="47"/>
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
</context>
<context>
    <name>MissionSwitcher</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/current.py" line="125"/>
        <source>Switch mission</source>
        <translation>Mudar de missão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/current.py" line="144"/>
        <source>Type a code, name, city or year…</source>
        <translation>Escreva um código, nome, cidade ou ano…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/current.py" line="148"/>
        <source>No mission matches.</source>
        <translation>Nenhuma missão corresponde.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/current.py" line="156"/>
        <source>Switch</source>
        <translation>Mudar</translation>
    </message>
</context>
<context>
    <name>MissionsPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="68"/>
        <source>%1 to %2, %3</source>
        <translation>%1 a %2, %3</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="101"/>
        <source>Search missions: code, name, city, kind…</source>
        <translation>Pesquisar missões: código, nome, cidade, tipo…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="105"/>
        <source>All statuses</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="124"/>
        <source>&amp;New mission…</source>
        <translation>&amp;Nova missão…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="127"/>
        <source>&amp;Edit mission…</source>
        <translation>&amp;Editar missão…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="130"/>
        <source>D&amp;uplicate mission…</source>
        <translation>D&amp;uplicar missão…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="133"/>
        <source>&amp;Delete mission…</source>
        <translation>E&amp;liminar missão…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="135"/>
        <source>Open &amp;programme</source>
        <translation>Abrir &amp;programa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="155"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="159"/>
        <source>Missions and workshops</source>
        <translation>Missões e workshops</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="185"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n missão</numerusform>
            <numerusform>%n missões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="187"/>
        <source>%1 of %n mission(s) shown</source>
        <translation>
            <numerusform>%1 de %n missão apresentada</numerusform>
            <numerusform>%1 de %n missões apresentadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="248"/>
        <source>New mission</source>
        <translation>Nova missão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="254"/>
        <source>Mission %1 created.</source>
        <translation>Missão %1 criada.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="269"/>
        <source>open the mission</source>
        <translation>abrir a missão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="282"/>
        <source>Edit mission %1</source>
        <translation>Editar a missão %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="288"/>
        <source>Mission %1 saved.</source>
        <translation>Missão %1 guardada.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="312"/>
        <source>%1 (copy)</source>
        <translation>%1 (cópia)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="320"/>
        <source>Mission %1 duplicated.</source>
        <translation>Missão %1 duplicada.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="332"/>
        <source>delete the mission</source>
        <translation>eliminar a missão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="337"/>
        <source>Delete mission %1?</source>
        <translation>Eliminar a missão %1?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="340"/>
        <source>%1

A backup of the database is taken first, in the backups folder beside it.</source>
        <translation>%1

É feita primeiro uma cópia de segurança da base de dados, na pasta de cópias de segurança ao lado.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="349"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="370"/>
        <source>Mission %1 deleted (a backup was taken first).</source>
        <translation>Missão %1 eliminada (foi feita primeiro uma cópia de segurança).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="372"/>
        <source>Backing up, then deleting mission %1…</source>
        <translation>A fazer uma cópia de segurança e a eliminar a missão %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="374"/>
        <source>delete mission %1</source>
        <translation>eliminar a missão %1</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="190"/>
        <source>Move the meeting</source>
        <translation>Mover a reunião</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="195"/>
        <source>%1&lt;br&gt;Free places (no table taken, nobody busy or away):</source>
        <translation>%1&lt;br&gt;Lugares livres (nenhuma mesa ocupada, ninguém ocupado ou ausente):</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="199"/>
        <source>%1&lt;br&gt;&lt;b&gt;No free place:&lt;/b&gt; every other slot and table is taken, or a participant is busy, away or in a programme item then.</source>
        <translation>%1&lt;br&gt;&lt;b&gt;Nenhum lugar livre:&lt;/b&gt; todos os outros horários e mesas estão ocupados, ou um participante está ocupado, ausente ou num ponto do programa nesse momento.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="208"/>
        <source>Filter: a day, a time, a table…</source>
        <translation>Filtrar: um dia, uma hora, uma mesa…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="224"/>
        <source>&amp;Move</source>
        <translation>&amp;Mover</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="251"/>
        <source>Choose a free place in the list.</source>
        <translation>Escolha um lugar livre na lista.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="87"/>
        <source>New practical note</source>
        <translation>Nova informação prática</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="92"/>
        <source>e.g. Entry to the US</source>
        <translation>p. ex. Entrada nos EUA</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="95"/>
        <source>What they need to know</source>
        <translation>O que precisam de saber</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="97"/>
        <source>&amp;Everyone</source>
        <translation>&amp;Todos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="98"/>
        <source>One &amp;delegation:</source>
        <translation>Uma &amp;delegação:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="102"/>
        <source>Some &amp;roles:</source>
        <translation>Algumas &amp;funções:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="112"/>
        <source>The mission has no delegations yet</source>
        <translation>A missão ainda não tem delegações</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="131"/>
        <source>&amp;Title</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="133"/>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="137"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="171"/>
        <source>(a removed delegation)</source>
        <translation>(uma delegação removida)</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="229"/>
        <source>Practical notes — %1</source>
        <translation>Informações práticas — %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="233"/>
        <source>&lt;b&gt;Practical notes of %1 — %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Informações práticas de %1 — %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="241"/>
        <source>Notes go into the packs of those they are for. The mission&apos;s own practical information is for everyone. Changes are saved at once (no undo).</source>
        <translation>As informações vão para os dossiers dos respetivos destinatários. As informações práticas da própria missão destinam-se a todos. As alterações são guardadas de imediato (sem anulação).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="249"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="249"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="260"/>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="262"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="264"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="359"/>
        <source>Edit practical note</source>
        <translation>Editar informação prática</translation>
    </message>
</context>
<context>
    <name>OfflineCopies</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="40"/>
        <source>PIMAP database (*.sqlite)</source>
        <translation>Base de dados PIMAP (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="43"/>
        <source>Take mission offline</source>
        <translation>Levar missão offline</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="44"/>
        <source>Bring back an offline copy</source>
        <translation>Trazer de volta uma cópia offline</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="139"/>
        <source>&amp;Take mission offline…</source>
        <translation>Levar missão &amp;offline…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="141"/>
        <source>Write the mission and all it needs into a file for the laptop at the fair</source>
        <translation>Escrever a missão e tudo o que ela requer num ficheiro para o portátil da feira</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="144"/>
        <source>Brin&amp;g back an offline copy…</source>
        <translation>Tra&amp;zer de volta uma cópia offline…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="146"/>
        <source>Merge what changed at the fair into this database, choosing per conflict</source>
        <translation>Integrar nesta base de dados o que foi alterado na feira, escolhendo em cada conflito</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="160"/>
        <source>There is no mission to take offline.</source>
        <translation>Não há nenhuma missão para levar offline.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="186"/>
        <source>Take %1 offline</source>
        <translation>Levar %1 offline</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="196"/>
        <source>Cancelled: no copy was written.</source>
        <translation>Cancelado: nenhuma cópia foi escrita.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="208"/>
        <source>take %1 offline</source>
        <translation>levar %1 offline</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="211"/>
        <source>Writing %1 into %2…</source>
        <translation>A escrever %1 em %2…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="223"/>
        <source>%1 taken offline: %2</source>
        <translation>%1 levada offline: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="225"/>
        <source>Mission taken offline</source>
        <translation>Missão levada offline</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="242"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="252"/>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="293"/>
        <source>bring back the copy</source>
        <translation>trazer de volta a cópia</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="255"/>
        <source>Comparing %1 with this database…</source>
        <translation>A comparar %1 com esta base de dados…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="295"/>
        <source>Bringing the copy back (a backup is taken first)…</source>
        <translation>A trazer de volta a cópia (é feita primeiro uma cópia de segurança)…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="309"/>
        <source>Offline copy brought back</source>
        <translation>Cópia offline trazida de volta</translation>
    </message>
</context>
<context>
    <name>OfflinePreviewText</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="66"/>
        <source>No conflicts.</source>
        <translation>Sem conflitos.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="67"/>
        <source>Keep here</source>
        <translation>Manter aqui</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="68"/>
        <source>Take the laptop&apos;s</source>
        <translation>Usar a do portátil</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="73"/>
        <source>person</source>
        <translation>pessoa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="74"/>
        <source>registration</source>
        <translation>inscrição</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="75"/>
        <source>organisation</source>
        <translation>organização</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="76"/>
        <source>follow-up</source>
        <translation>seguimento</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="77"/>
        <source>meeting</source>
        <translation>reunião</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="78"/>
        <source>meeting request</source>
        <translation>pedido de reunião</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="79"/>
        <source>availability</source>
        <translation>disponibilidade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="80"/>
        <source>programme item</source>
        <translation>ponto do programa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="81"/>
        <source>B2B session</source>
        <translation>Sessão B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="82"/>
        <source>B2B table</source>
        <translation>mesa B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="83"/>
        <source>practical note</source>
        <translation>informação prática</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="84"/>
        <source>delegation</source>
        <translation>delegação</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="85"/>
        <source>mission</source>
        <translation>missão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="86"/>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="87"/>
        <source>venue</source>
        <translation>local</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="91"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n pessoa</numerusform>
            <numerusform>%n pessoas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="92"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n inscrição</numerusform>
            <numerusform>%n inscrições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="93"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organização</numerusform>
            <numerusform>%n organizações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="94"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n seguimento</numerusform>
            <numerusform>%n seguimentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="95"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunião</numerusform>
            <numerusform>%n reuniões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="96"/>
        <source>%n meeting request(s)</source>
        <translation>
            <numerusform>%n pedido de reunião</numerusform>
            <numerusform>%n pedidos de reunião</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="97"/>
        <source>%n availability window(s)</source>
        <translation>
            <numerusform>%n período de disponibilidade</numerusform>
            <numerusform>%n períodos de disponibilidade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="98"/>
        <source>%n programme item(s)</source>
        <translation>
            <numerusform>%n ponto do programa</numerusform>
            <numerusform>%n pontos do programa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="99"/>
        <source>%n B2B session(s)</source>
        <translation>
            <numerusform>%n sessão B2B</numerusform>
            <numerusform>%n sessões B2B</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="100"/>
        <source>%n B2B table(s)</source>
        <translation>
            <numerusform>%n mesa B2B</numerusform>
            <numerusform>%n mesas B2B</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="101"/>
        <source>%n practical note(s)</source>
        <translation>
            <numerusform>%n informação prática</numerusform>
            <numerusform>%n informações práticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="102"/>
        <source>%n delegation(s)</source>
        <translation>
            <numerusform>%n delegação</numerusform>
            <numerusform>%n delegações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="103"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n missão</numerusform>
            <numerusform>%n missões</numerusform>
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
            <numerusform>%n local</numerusform>
            <numerusform>%n locais</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="119"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="119"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="132"/>
        <source>the whole record</source>
        <translation>o registo completo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="174"/>
        <source>Coming back (conflicts aside): %1 added, %2 updated, %3 deleted.</source>
        <translation>A trazer de volta (excluindo conflitos): %1 adicionados, %2 atualizados, %3 eliminados.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="176"/>
        <source>Coming back: %1 added, %2 updated, %3 deleted.</source>
        <translation>A trazer de volta: %1 adicionados, %2 atualizados, %3 eliminados.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="180"/>
        <source>Copy of %1, taken %2 from %3.</source>
        <translation>Cópia de %1, feita em %2 a partir de %3.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="188"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="190"/>
        <source>Added</source>
        <translation>Adicionados</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="191"/>
        <source>Updated</source>
        <translation>Atualizados</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/dialog.py" line="192"/>
        <source>Deleted</source>
        <translation>Eliminados</translation>
    </message>
</context>
<context>
    <name>OfflineText</name>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="75"/>
        <source>%1 — %2 was written to %3: %4, %5, %6.

Open it on the laptop with File ▸ Open database file…, or pimap-desktop --db &quot;%3&quot;.</source>
        <translation>%1 — %2 foi escrita em %3: %4, %5, %6.

Abra-a no portátil com Ficheiro ▸ Abrir ficheiro de base de dados…, ou pimap-desktop --db &quot;%3&quot;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="81"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n inscrição</numerusform>
            <numerusform>%n inscrições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="82"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunião</numerusform>
            <numerusform>%n reuniões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="83"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n seguimento</numerusform>
            <numerusform>%n seguimentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="94"/>
        <source>The copy of %1 is back: %2 added, %3 updated, %4 deleted.</source>
        <translation>A cópia de %1 foi trazida de volta: %2 adicionados, %3 atualizados, %4 eliminados.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="107"/>
        <source>%n conflict(s): the laptop&apos;s value taken for %1, this database&apos;s kept for %2.</source>
        <translation>
            <numerusform>%n conflito: valor do portátil usado em %1, valor desta base de dados mantido em %2.</numerusform>
            <numerusform>%n conflitos: valor do portátil usado em %1, valor desta base de dados mantido em %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="117"/>
        <source>The conflicts are listed in %1.</source>
        <translation>Os conflitos estão listados em %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="122"/>
        <source>The list of conflicts could not be written: %1</source>
        <translation>Não foi possível escrever a lista de conflitos: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="127"/>
        <source>No conflicts.</source>
        <translation>Sem conflitos.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/offline/commands.py" line="129"/>
        <source>Backup taken first: %1</source>
        <translation>Cópia de segurança feita primeiro: %1</translation>
    </message>
</context>
<context>
    <name>OnSitePage</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="124"/>
        <source>Check-&amp;in</source>
        <translation>Chec&amp;k-in</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="125"/>
        <source>Meetings of the &amp;day</source>
        <translation>Reuniões do &amp;dia</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="145"/>
        <source>On site</source>
        <translation>No local</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="161"/>
        <source>Reprint &amp;badge</source>
        <translation>Reimprimir &amp;crachá</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="164"/>
        <source>Print the badge of the person shown again (a lost badge)</source>
        <translation>Imprimir novamente o crachá da pessoa apresentada (crachá perdido)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="167"/>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Inscrição no local…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="170"/>
        <source>Register someone who is not on the list, and check them in</source>
        <translation>Inscrever alguém que não consta da lista e registar a sua entrada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="172"/>
        <source>Let in and &amp;confirm (Enter)</source>
        <translation>Deixar entrar e c&amp;onfirmar (Enter)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="173"/>
        <source>Confirm their registration and check them in</source>
        <translation>Confirmar a inscrição e registar a entrada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="177"/>
        <source>Not now (Esc)</source>
        <translation>Agora não (Esc)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="178"/>
        <source>Leave their registration as it is</source>
        <translation>Deixar a inscrição como está</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="220"/>
        <source>Ready · %1</source>
        <translation>Pronto · %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="220"/>
        <source>No mission</source>
        <translation>Sem missão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="221"/>
        <source>Scan a badge</source>
        <translation>Leia um crachá</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="222"/>
        <source>or type a name or an e-mail</source>
        <translation>ou escreva um nome ou um e-mail</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="343"/>
        <source>Reprinting the badge of %1…</source>
        <translation>A reimprimir o crachá de %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="370"/>
        <source>Registered, not checked in</source>
        <translation>Inscrito, sem entrada registada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_page.py" line="379"/>
        <source>Walk-in %1 registered. Undo with Ctrl+Z.</source>
        <translation>Inscrição no local de %1 registada. Ctrl+Z para anular.</translation>
    </message>
</context>
<context>
    <name>OnSiteSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="140"/>
        <source>Check in %1</source>
        <translation>Registar a entrada de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="176"/>
        <source>Walk-in %1</source>
        <translation>Inscrição no local de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="208"/>
        <source>Mark a meeting %1</source>
        <translation>Marcar uma reunião como %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="210"/>
        <source>Mark %n meetings %1</source>
        <translation>
            <numerusform>Marcar %n reunião como %1</numerusform>
            <numerusform>Marcar %n reuniões como %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="247"/>
        <source>Move the meeting %1</source>
        <translation>Mover a reunião %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/commands.py" line="269"/>
        <source>Follow-up “%1” for %2</source>
        <translation>Seguimento “%1” para %2</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="141"/>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="151"/>
        <source>The layout&apos;s own paper</source>
        <translation>O papel do próprio modelo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="155"/>
        <source>Crop marks for cutting</source>
        <translation>Marcas de corte</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="157"/>
        <source>One PDF for everyone</source>
        <translation>Um PDF para todos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="158"/>
        <source>One PDF per person, in a folder</source>
        <translation>Um PDF por pessoa, numa pasta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="161"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="162"/>
        <source>First sector</source>
        <translation>Primeiro setor</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="169"/>
        <source>The document&apos;s language. A person&apos;s own agenda, pack or badge is in their preferred language when one is recorded.</source>
        <translation>A língua do documento. A agenda, o dossier ou o crachá de uma pessoa ficam na sua língua preferida, quando esta estiver registada.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="188"/>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="189"/>
        <source>Badge layout:</source>
        <translation>Modelo de crachá:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="190"/>
        <source>Sheet:</source>
        <translation>Folha:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="192"/>
        <source>Files:</source>
        <translation>Ficheiros:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="193"/>
        <source>B2B session:</source>
        <translation>Sessão B2B:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="194"/>
        <source>Group by:</source>
        <translation>Agrupar por:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="195"/>
        <source>Language:</source>
        <translation>Língua:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="217"/>
        <source>All sessions</source>
        <translation>Todas as sessões</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="288"/>
        <source>New organisation</source>
        <translation>Nova organização</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../ui/organisation_form.ui" line="10"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="11"/>
        <source>e.g. LaserTech Aquitaine</source>
        <translation>p. ex. LaserTech Aquitaine</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="12"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="16"/>
        <source>&amp;Size</source>
        <translation>Di&amp;mensão</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="21"/>
        <source>C&amp;ity</source>
        <translation>C&amp;idade</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="25"/>
        <source>Co&amp;untry</source>
        <translation>P&amp;aís</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="26"/>
        <source>Type the name in English, French, Portuguese, Finnish or Swedish, or the code (DE)</source>
        <translation>Escreva o nome em inglês, francês, português, finlandês ou sueco, ou o código (DE)</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="29"/>
        <source>&amp;Website</source>
        <translation>Sítio &amp;web</translation>
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
        <translation>&amp;Setores</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="34"/>
        <source>separated by commas, e.g. Photonics, Aerospace</source>
        <translation>separados por vírgulas, p. ex. Fotónica, Aeroespacial</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="35"/>
        <source>&amp;Technologies</source>
        <translation>Te&amp;cnologias</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="36"/>
        <location filename="../../ui/organisation_form.ui" line="38"/>
        <source>separated by commas</source>
        <translation>separadas por vírgulas</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="37"/>
        <source>&amp;Application areas</source>
        <translation>Áreas de a&amp;plicação</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="39"/>
        <source>&amp;Value chain</source>
        <translation>Cadeia de &amp;valor</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="40"/>
        <source>position, e.g. component supplier, integrator</source>
        <translation>posição, p. ex. fornecedor de componentes, integrador</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="41"/>
        <source>E&amp;xport readiness</source>
        <translation>Preparação para e&amp;xportar</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="43"/>
        <source>&amp;Offers</source>
        <translation>&amp;Oferece</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="45"/>
        <source>See&amp;ks</source>
        <translation>P&amp;rocura</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="47"/>
        <source>&amp;Description</source>
        <translation>&amp;Descrição</translation>
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
        <translation>Grande empresa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="22"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="23"/>
        <source>Research centre</source>
        <translation>Centro de investigação</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="24"/>
        <source>Integrator</source>
        <translation>Integrador</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="25"/>
        <source>Investor</source>
        <translation>Investidor</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="26"/>
        <source>Public body</source>
        <translation>Organismo público</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="27"/>
        <source>Other</source>
        <translation>Outro</translation>
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
        <translation>Pequena</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="31"/>
        <source>Medium</source>
        <translation>Média</translation>
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
        <translation>Sem semelhanças: cada organização ou é exatamente conhecida ou é nova.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="521"/>
        <source>Organisations that look alike</source>
        <translation>Organizações semelhantes</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="524"/>
        <source>These organisation names of the file are close to organisations already in the directory. Choose whether each is one of them or a new one.</source>
        <translation>Estes nomes de organizações do ficheiro são próximos de organizações que já constam do diretório. Escolha se cada um corresponde a uma delas ou a uma nova.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="540"/>
        <source>Looking for organisations that look alike…</source>
        <translation>A procurar organizações semelhantes…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="547"/>
        <source>A new organisation</source>
        <translation>Uma organização nova</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/wizard.py" line="549"/>
        <source>The same as “%1”</source>
        <translation>A mesma que “%1”</translation>
    </message>
</context>
<context>
    <name>PeopleGridModel</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="362"/>
        <source>Not available (outside their availability windows)</source>
        <translation>Indisponível (fora dos seus períodos de disponibilidade)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="144"/>
        <source>New person</source>
        <translation>Nova pessoa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="156"/>
        <source>the language of each export</source>
        <translation>a língua de cada exportação</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="171"/>
        <source>none; type to search the directory&apos;s organisations</source>
        <translation>nenhuma; escreva para pesquisar as organizações do diretório</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="215"/>
        <source>Several organisations are called &apos;%1&apos;: pick one from the list.</source>
        <translation>Há várias organizações chamadas “%1”: escolha uma da lista.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="222"/>
        <source>No organisation called &apos;%1&apos; is in the directory: pick one from the list, or create it first on the Organisations tab.</source>
        <translation>Não existe nenhuma organização chamada “%1” no diretório: escolha uma da lista, ou crie-a primeiro no separador Organizações.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/person_form.ui" line="10"/>
        <source>&amp;First name</source>
        <translation>Nome &amp;próprio</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="12"/>
        <source>&amp;Last name</source>
        <translation>&amp;Apelido</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="14"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="15"/>
        <source>the same e-mail is the same person</source>
        <translation>o mesmo e-mail corresponde à mesma pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="16"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organização</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="18"/>
        <source>&amp;Job title</source>
        <translation>&amp;Cargo</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="19"/>
        <source>e.g. Business development manager</source>
        <translation>p. ex. Gestor de desenvolvimento de negócio</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="20"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="21"/>
        <source>with the country code, e.g. +33 5 56 00 00 01</source>
        <translation>com o indicativo do país, p. ex. +33 5 56 00 00 01</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="22"/>
        <source>&amp;Badge name</source>
        <translation>Nome no c&amp;rachá</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="23"/>
        <source>optional; the full name is printed when empty</source>
        <translation>opcional; se vazio, é impresso o nome completo</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="24"/>
        <source>L&amp;anguages</source>
        <translation>&amp;Línguas</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="25"/>
        <source>separated by commas, e.g. French, English</source>
        <translation>separadas por vírgulas, p. ex. francês, inglês</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="26"/>
        <source>Documents &amp;in</source>
        <translation>Doc&amp;umentos em</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="27"/>
        <source>The language of their own agenda, badge and pack</source>
        <translation>A língua da agenda, do crachá e do dossier da própria pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="28"/>
        <source>&amp;Diet</source>
        <translation>D&amp;ieta</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="29"/>
        <source>e.g. vegetarian, no nuts</source>
        <translation>p. ex. vegetariana, sem frutos secos</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="30"/>
        <source>A&amp;ccessibility</source>
        <translation>Acessi&amp;bilidade</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="31"/>
        <source>needs to plan for, if any</source>
        <translation>necessidades a prever, se existirem</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="32"/>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="35"/>
        <source>May be &amp;listed in attendee packs</source>
        <translation>Pode constar dos do&amp;ssiers do participante</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="36"/>
        <source>May be c&amp;ontacted after the mission</source>
        <translation>Pode ser contactado(a) após a &amp;missão</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="39"/>
        <source>Consent &amp;given on</source>
        <translation>Consentimento &amp;dado em</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="40"/>
        <source>not recorded</source>
        <translation>não registado</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="41"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="75"/>
        <source>type part of a name or organisation</source>
        <translation>escreva parte de um nome ou de uma organização</translation>
    </message>
</context>
<context>
    <name>PreviewCaption</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="59"/>
        <source>First page, made for the first person of %1 (the saved document has everyone).</source>
        <translation>Primeira página, feita para a primeira pessoa de %1 (o documento guardado inclui todos).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="63"/>
        <source>First page, made for the first %1 people of %2 (the saved document has everyone).</source>
        <translation>Primeira página, feita para as primeiras %1 pessoas de %2 (o documento guardado inclui todos).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="66"/>
        <source>First page of %1.</source>
        <translation>Primeira página de %1.</translation>
    </message>
</context>
<context>
    <name>PreviewRunner</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="134"/>
        <source>Making the preview…</source>
        <translation>A preparar a pré-visualização…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="136"/>
        <source>make the preview</source>
        <translation>preparar a pré-visualização</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="166"/>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="170"/>
        <source>No preview</source>
        <translation>Sem pré-visualização</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/preview_runner.py" line="169"/>
        <source>The preview could not be made; the details are in the log file.</source>
        <translation>Não foi possível preparar a pré-visualização; os detalhes estão no ficheiro de registo.</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="71"/>
        <source>New programme item</source>
        <translation>Novo ponto do programa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="93"/>
        <source>pick or type a new venue</source>
        <translation>escolha ou escreva um novo local</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="95"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="97"/>
        <source>Delegation: %1</source>
        <translation>Delegação: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="98"/>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="199"/>
        <source>Roles</source>
        <translation>Funções</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="121"/>
        <source>Make this item the alternative to another: whoever attends that one does not get this one (a free afternoon instead of a site visit)</source>
        <translation>Tornar este ponto a alternativa a outro: quem participa nesse não recebe este (uma tarde livre em vez de uma visita técnica)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="125"/>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="128"/>
        <source>&amp;Instead of</source>
        <translation>&amp;Em vez de</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="183"/>
        <source>%1 — ends the next day</source>
        <translation>%1 — termina no dia seguinte</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="199"/>
        <source>Roles: %1</source>
        <translation>Funções: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="209"/>
        <source>Another item of the programme</source>
        <translation>Outro ponto do programa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_dialog.py" line="227"/>
        <source>Named people (%1)</source>
        <translation>Pessoas designadas (%1)</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemForm</name>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="10"/>
        <source>&amp;Title</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="11"/>
        <source>e.g. Delegation briefing</source>
        <translation>p. ex. Briefing da delegação</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="12"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="14"/>
        <source>&amp;Day</source>
        <translation>&amp;Dia</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="16"/>
        <source>&amp;From / to</source>
        <translation>De / &amp;até</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="26"/>
        <source>&amp;Venue</source>
        <translation>&amp;Local</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="28"/>
        <source>&amp;Room</source>
        <translation>&amp;Sala</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="29"/>
        <source>optional, e.g. Room 2014</source>
        <translation>opcional, p. ex. Sala 2014</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="30"/>
        <source>&amp;Who attends</source>
        <translation>&amp;Quem participa</translation>
    </message>
    <message>
        <location filename="../../ui/programme_item_form.ui" line="32"/>
        <source>D&amp;escription</source>
        <translation>D&amp;escrição</translation>
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
        <translation>Visita à feira</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="51"/>
        <source>Site visit</source>
        <translation>Visita técnica</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="52"/>
        <source>Reception</source>
        <translation>Receção</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="53"/>
        <source>Workshop session</source>
        <translation>Sessão de workshop</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="54"/>
        <source>B2B session</source>
        <translation>Sessão B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="55"/>
        <source>Meal</source>
        <translation>Refeição</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="56"/>
        <source>Travel</source>
        <translation>Viagem</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="57"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="59"/>
        <source>Calendars (*.ics *.ical *.icalendar);;All files (*)</source>
        <translation>Calendários (*.ics *.ical *.icalendar);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="132"/>
        <source>Show every day of the mission side by side, or one day</source>
        <translation>Mostrar todos os dias da missão lado a lado, ou um só dia</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="139"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="146"/>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="147"/>
        <source>T&amp;imeline</source>
        <translation>&amp;Cronograma</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="149"/>
        <source>&amp;Add item…</source>
        <translation>&amp;Adicionar ponto…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="152"/>
        <source>&amp;Edit item…</source>
        <translation>&amp;Editar ponto…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="155"/>
        <source>D&amp;uplicate item</source>
        <translation>D&amp;uplicar ponto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="158"/>
        <source>&amp;Delete item</source>
        <translation>Eli&amp;minar ponto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="161"/>
        <source>&amp;Import agenda (.ics)…</source>
        <translation>&amp;Importar agenda (.ics)…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="164"/>
        <source>Add a partner&apos;s agenda (an .ics calendar file) to the programme, or bring it up to date</source>
        <translation>Adicionar ao programa a agenda de um parceiro (um ficheiro de calendário .ics), ou atualizá-la</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="169"/>
        <source>Practical &amp;notes…</source>
        <translation>Informações &amp;práticas…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="172"/>
        <source>Practical information for everyone, one delegation or some roles (visas, hotel rates, shuttles)</source>
        <translation>Informações práticas para todos, para uma delegação ou para algumas funções (vistos, tarifas de hotel, transferes)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="197"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="246"/>
        <source>Times in %1 (%2)</source>
        <translation>Horas em %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="248"/>
        <source>Times in %1</source>
        <translation>Horas em %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="254"/>
        <source>⚠ %1 items overlap with another item in the same room: %2</source>
        <translation>⚠ %1 pontos sobrepõem-se a outro ponto na mesma sala: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="274"/>
        <source>All days</source>
        <translation>Todos os dias</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="366"/>
        <source>Added “%1”, %2.</source>
        <translation>“%1” adicionado, %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="448"/>
        <source>Saved “%1”, %2.</source>
        <translation>“%1” guardado, %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="455"/>
        <source>Edit programme item</source>
        <translation>Editar ponto do programa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="481"/>
        <source>duplicate the item</source>
        <translation>duplicar o ponto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="485"/>
        <source>Duplicated “%1”, %2.</source>
        <translation>“%1” duplicado, %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="495"/>
        <source>delete the item</source>
        <translation>eliminar o ponto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="502"/>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>“%1” eliminado. Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="517"/>
        <source>Import a partner&apos;s agenda</source>
        <translation>Importar a agenda de um parceiro</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="525"/>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="541"/>
        <source>import %1</source>
        <translation>importar %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="528"/>
        <source>Nothing new</source>
        <translation>Nada de novo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="529"/>
        <source>Nothing new in %1.</source>
        <translation>Nada de novo em %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="553"/>
        <source>%1 imported: %2. Undo with Ctrl+Z.</source>
        <translation>%1 importado: %2. Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="566"/>
        <source>%1 ⚠ Same room at the same time as %2.</source>
        <translation>%1 ⚠ Mesma sala à mesma hora que %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="574"/>
        <source>Nothing new in %1: its %n item(s) are already on the programme, unchanged.</source>
        <translation>
            <numerusform>Nada de novo em %1: %n ponto já está no programa, sem alterações.</numerusform>
            <numerusform>Nada de novo em %1: os seus %n pontos já estão no programa, sem alterações.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="581"/>
        <source>Nothing to import from %1.</source>
        <translation>Nada a importar de %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="586"/>
        <source>… and %1 more</source>
        <translation>… e mais %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/programme_page.py" line="587"/>
        <source>%n event(s) skipped:
%1</source>
        <translation>
            <numerusform>%n evento ignorado:
%1</numerusform>
            <numerusform>%n eventos ignorados:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeTimeline</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline.py" line="170"/>
        <source>Times in the mission&apos;s local time</source>
        <translation>Horas na hora local da missão</translation>
    </message>
</context>
<context>
    <name>ProgrammeTreeModel</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="30"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="31"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="32"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="33"/>
        <source>Venue</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="34"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="35"/>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="36"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="46"/>
        <source> (+%1d)</source>
        <translation> (+%1d)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="115"/>
        <source>Time (%1)</source>
        <translation>Hora (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="134"/>
        <source>⚠ same room as %1</source>
        <translation>⚠ mesma sala que %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="143"/>
        <source>Overlaps in the same room with: %1</source>
        <translation>Sobrepõe-se na mesma sala a: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="154"/>
        <source>no items</source>
        <translation>sem pontos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="154"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n ponto</numerusform>
            <numerusform>%n pontos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/programme_model.py" line="157"/>
        <source>⚠ %1 overlapping</source>
        <translation>⚠ %1 sobrepostos</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="63"/>
        <source>Registration of %1</source>
        <translation>Inscrição de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="70"/>
        <source>Arrival and departure are local times of the mission (%1).</source>
        <translation>A chegada e a partida estão na hora local da missão (%1).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="85"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <location filename="../../ui/registration_form.ui" line="11"/>
        <source>&amp;Role</source>
        <translation>&amp;Função</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="13"/>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="15"/>
        <source>&amp;Delegation</source>
        <translation>&amp;Delegação</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="17"/>
        <source>&amp;Arrival</source>
        <translation>&amp;Chegada</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="19"/>
        <source>D&amp;eparture</source>
        <translation>&amp;Partida</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="21"/>
        <source>&amp;Hotel</source>
        <translation>&amp;Hotel</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="23"/>
        <source>&amp;Badge name</source>
        <translation>Nome no c&amp;rachá</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="24"/>
        <source>as printed on the badge, if not the full name</source>
        <translation>tal como impresso no crachá, se não for o nome completo</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="25"/>
        <source>D&amp;iet</source>
        <translation>D&amp;ieta</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="26"/>
        <source>e.g. vegetarian, halal, gluten-free</source>
        <translation>p. ex. vegetariana, halal, sem glúten</translation>
    </message>
    <message>
        <location filename="../../ui/registration_form.ui" line="27"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>RegistrationRole</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="67"/>
        <source>Delegate</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="68"/>
        <source>Local participant</source>
        <translation>Participante local</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="69"/>
        <source>Local host</source>
        <translation>Anfitrião local</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="70"/>
        <source>Coordinator</source>
        <translation>Coordenador</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="71"/>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="72"/>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="74"/>
        <source>Invited</source>
        <translation>Convidado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="75"/>
        <source>Registered</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="76"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="77"/>
        <source>Waitlisted</source>
        <translation>Em lista de espera</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="78"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="79"/>
        <source>No-show</source>
        <translation>Falta</translation>
    </message>
</context>
<context>
    <name>RegistrationSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="91"/>
        <source>&amp;Add people…</source>
        <translation>&amp;Adicionar pessoas…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="92"/>
        <source>&amp;Edit registration…</source>
        <translation>&amp;Editar inscrição…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="93"/>
        <source>&amp;Remove from mission</source>
        <translation>&amp;Remover da missão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="94"/>
        <source>&amp;Import people…</source>
        <translation>&amp;Importar pessoas…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="95"/>
        <source>E&amp;xport people…</source>
        <translation>E&amp;xportar pessoas…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="97"/>
        <source>Reprint &amp;badge…</source>
        <translation>Reimprimir &amp;crachá…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="101"/>
        <source>Print the selected person&apos;s badge on a printer</source>
        <translation>Imprimir o crachá da pessoa selecionada numa impressora</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="103"/>
        <source>Save badge P&amp;DF…</source>
        <translation>Guardar crachá em P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="105"/>
        <source>The selected person&apos;s badge as a PDF file</source>
        <translation>O crachá da pessoa selecionada como ficheiro PDF</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="106"/>
        <source>Set &amp;status</source>
        <translation>Definir e&amp;stado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="113"/>
        <source>Set status</source>
        <translation>Definir estado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="160"/>
        <source>%1 added to the mission.</source>
        <translation>%1 adicionado(a) à missão.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="206"/>
        <source>Registration of %1 saved.</source>
        <translation>Inscrição de %1 guardada.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="230"/>
        <source>change the status</source>
        <translation>alterar o estado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="238"/>
        <source>%1 set to %2. Undo with Ctrl+Z.</source>
        <translation>%1 passou a %2. Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="254"/>
        <source>remove from the mission</source>
        <translation>remover da missão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="263"/>
        <source>%1 removed from the mission. Undo with Ctrl+Z.</source>
        <translation>%1 removido(a) da missão. Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="276"/>
        <source>form the delegations</source>
        <translation>formar as delegações</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="282"/>
        <source>Delegations formed %1: %2 people placed. Undo with Ctrl+Z.</source>
        <translation>Delegações formadas %1: %2 pessoas colocadas. Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="307"/>
        <source>Export the mission&apos;s people</source>
        <translation>Exportar as pessoas da missão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="319"/>
        <source>export the people</source>
        <translation>exportar as pessoas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_steps.py" line="321"/>
        <source>%1 registrations written to %2.</source>
        <translation>%1 inscrições escritas em %2.</translation>
    </message>
</context>
<context>
    <name>RegistrationTable</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="168"/>
        <source>Right-click to choose the columns</source>
        <translation>Clique com o botão direito para escolher as colunas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="239"/>
        <source>Default columns</source>
        <translation>Colunas predefinidas</translation>
    </message>
</context>
<context>
    <name>RegistrationUndoSteps</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="37"/>
        <source>Add %n person(s)</source>
        <translation>
            <numerusform>Adicionar %n pessoa</numerusform>
            <numerusform>Adicionar %n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="53"/>
        <source>Remove %1 from the mission</source>
        <translation>Remover %1 da missão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="85"/>
        <source>Edit the registration of %1</source>
        <translation>Editar a inscrição de %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="103"/>
        <source>Set %1 to %2</source>
        <translation>Passar %1 a %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="119"/>
        <source>Form delegations by country</source>
        <translation>Formar delegações por país</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/commands.py" line="121"/>
        <source>Form delegations by cluster</source>
        <translation>Formar delegações por cluster</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="124"/>
        <source>read the registrations</source>
        <translation>ler as inscrições</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="140"/>
        <source>Search: name, organisation, country, cluster, role, status…</source>
        <translation>Pesquisar: nome, organização, país, cluster, função, estado…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="145"/>
        <source>All statuses</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="193"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="197"/>
        <source>The delegations beside the list; or drag the bar between them to the edge</source>
        <translation>As delegações ao lado da lista; ou arraste a barra entre ambas até à margem</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="223"/>
        <source>Registrations and delegations</source>
        <translation>Inscrições e delegações</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="267"/>
        <source>Hide delegations ▸</source>
        <translation>Ocultar delegações ▸</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="267"/>
        <source>◂ Show delegations</source>
        <translation>◂ Mostrar delegações</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="358"/>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="374"/>
        <source>%1 registered</source>
        <translation>%1 inscritos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registrations_page.py" line="376"/>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 apresentados</translation>
    </message>
</context>
<context>
    <name>RemovalDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="356"/>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="381"/>
        <source>Delete the session</source>
        <translation>Eliminar a sessão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="356"/>
        <source>Change the session</source>
        <translation>Alterar a sessão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="373"/>
        <source>You can undo this with Edit ▸ Undo (Ctrl+Z).</source>
        <translation>Pode anular esta ação com Editar ▸ Anular (Ctrl+Z).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="379"/>
        <source>Delete the session and %n meeting(s)</source>
        <translation>
            <numerusform>Eliminar a sessão e %n reunião</numerusform>
            <numerusform>Eliminar a sessão e %n reuniões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="384"/>
        <source>Change the session and remove %n meeting(s)</source>
        <translation>
            <numerusform>Alterar a sessão e remover %n reunião</numerusform>
            <numerusform>Alterar a sessão e remover %n reuniões</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="26"/>
        <source>PDF document (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>Documento PDF (*.pdf);;Livro do Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="70"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar relatório…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="72"/>
        <source>Save these figures as a PDF (with the charts) or a workbook</source>
        <translation>Guardar estes números em PDF (com os gráficos) ou num livro do Excel</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="74"/>
        <source>&amp;Export KPI report…</source>
        <translation>E&amp;xportar relatório de KPI…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="89"/>
        <source>Save the KPI report</source>
        <translation>Guardar o relatório de KPI</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="106"/>
        <source>The KPI report was not written.</source>
        <translation>O relatório de KPI não foi escrito.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="107"/>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="111"/>
        <source>write the KPI report</source>
        <translation>escrever o relatório de KPI</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="109"/>
        <source>Writing the KPI report to %1…</source>
        <translation>A escrever o relatório de KPI em %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="123"/>
        <source>KPI report written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Relatório de KPI escrito em %1 (%n página).</numerusform>
            <numerusform>Relatório de KPI escrito em %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/report_export.py" line="126"/>
        <source>KPI report written to %1.</source>
        <translation>Relatório de KPI escrito em %1.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="129"/>
        <source>Add a meeting request</source>
        <translation>Adicionar um pedido de reunião</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="137"/>
        <source>1 — must meet</source>
        <translation>1 — obrigatória</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="138"/>
        <source>2 — would like to</source>
        <translation>2 — desejável</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="139"/>
        <source>3 — if time</source>
        <translation>3 — se houver tempo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="144"/>
        <source>&amp;Who asks:</source>
        <translation>&amp;Quem pede:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="145"/>
        <source>&amp;Wants to meet:</source>
        <translation>Quer &amp;reunir-se com:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="146"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridade:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="147"/>
        <source>If the request exists already, its priority is changed.</source>
        <translation>Se o pedido já existir, a sua prioridade é alterada.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="173"/>
        <source>Pick who asks for the meeting from the list.</source>
        <translation>Escolha na lista quem pede a reunião.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="176"/>
        <source>Pick whom they want to meet from the list.</source>
        <translation>Escolha na lista com quem quer reunir-se.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_dialog.py" line="179"/>
        <source>Nobody can ask to meet themselves.</source>
        <translation>Ninguém pode pedir uma reunião consigo próprio.</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="81"/>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="82"/>
        <source>Accepted</source>
        <translation>Aceite</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/enum_labels.py" line="83"/>
        <source>Declined</source>
        <translation>Recusado</translation>
    </message>
</context>
<context>
    <name>RequestSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="40"/>
        <source>&amp;Accept</source>
        <translation>&amp;Aceitar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="43"/>
        <source>&amp;Decline</source>
        <translation>Re&amp;cusar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="47"/>
        <source>Add re&amp;quest…</source>
        <translation>Adicionar &amp;pedido…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="50"/>
        <source>Who wants to meet whom, and how much (priority 1 = must meet)</source>
        <translation>Quem quer reunir-se com quem, e com que prioridade (prioridade 1 = obrigatória)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="54"/>
        <source>Remove re&amp;quest</source>
        <translation>Remo&amp;ver pedido</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="56"/>
        <source>Remove the selected requests (a meeting already placed stays)</source>
        <translation>Remover os pedidos selecionados (uma reunião já colocada mantém-se)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="58"/>
        <source>&amp;Priority</source>
        <translation>P&amp;rioridade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="61"/>
        <source>1 — must meet</source>
        <translation>1 — obrigatória</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="62"/>
        <source>2 — would like to</source>
        <translation>2 — desejável</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="63"/>
        <source>3 — if time</source>
        <translation>3 — se houver tempo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="70"/>
        <source>Change the priority of the selected requests</source>
        <translation>Alterar a prioridade dos pedidos selecionados</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="74"/>
        <source>Re&amp;quest it</source>
        <translation>Pe&amp;dir</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="76"/>
        <source>Turn the selected suggestions into requests of priority 3 (double-click)</source>
        <translation>Converter as sugestões selecionadas em pedidos de prioridade 3 (duplo clique)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="140"/>
        <source>Request added.</source>
        <translation>Pedido adicionado.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="154"/>
        <source>The request existed: its priority is now %1.</source>
        <translation>O pedido já existia: a sua prioridade passou a %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="156"/>
        <source>%1 Undo with Ctrl+Z.</source>
        <translation>%1 Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="167"/>
        <source>remove the request</source>
        <translation>remover o pedido</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="173"/>
        <source>%n request(s) removed. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n pedido removido. Ctrl+Z para anular.</numerusform>
            <numerusform>%n pedidos removidos. Ctrl+Z para anular.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="189"/>
        <source>set the priority</source>
        <translation>definir a prioridade</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="198"/>
        <source>Priority %1 set on %n request(s).</source>
        <translation>
            <numerusform>Prioridade %1 definida em %n pedido.</numerusform>
            <numerusform>Prioridade %1 definida em %n pedidos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="214"/>
        <source>answer the request</source>
        <translation>responder ao pedido</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="237"/>
        <source>Request a suggested meeting</source>
        <translation>Pedir uma reunião sugerida</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="239"/>
        <source>Request suggested meetings</source>
        <translation>Pedir reuniões sugeridas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="249"/>
        <source>request the suggested meeting</source>
        <translation>pedir a reunião sugerida</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="260"/>
        <source>Request %1 – %2</source>
        <translation>Pedir %1 – %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/request_steps.py" line="270"/>
        <source>%n suggested meeting(s) requested with priority 3. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n reunião sugerida pedida com prioridade 3. Ctrl+Z para anular.</numerusform>
            <numerusform>%n reuniões sugeridas pedidas com prioridade 3. Ctrl+Z para anular.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPane</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="54"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="154"/>
        <source>Show the requests of:</source>
        <translation>Mostrar os pedidos de:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="162"/>
        <source>Suggested</source>
        <translation>Sugeridas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="186"/>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="231"/>
        <source>%n pair(s) who have not asked each other for %1, best first, from what their organisations offer and seek. Double-click or Request it: a request of priority 3.</source>
        <translation>
            <numerusform>%n par que ainda não pediu reunião entre si para %1, os melhores primeiro, com base no que as suas organizações oferecem e procuram. Duplo clique ou Pedir: um pedido de prioridade 3.</numerusform>
            <numerusform>%n pares que ainda não pediram reunião entre si para %1, os melhores primeiro, com base no que as suas organizações oferecem e procuram. Duplo clique ou Pedir: um pedido de prioridade 3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="241"/>
        <source>%n pair(s) who have not asked each other, best first, from what their organisations offer and seek. Double-click or Request it: a request of priority 3.</source>
        <translation>
            <numerusform>%n par que ainda não pediu reunião entre si, os melhores primeiro, com base no que as suas organizações oferecem e procuram. Duplo clique ou Pedir: um pedido de prioridade 3.</numerusform>
            <numerusform>%n pares que ainda não pediram reunião entre si, os melhores primeiro, com base no que as suas organizações oferecem e procuram. Duplo clique ou Pedir: um pedido de prioridade 3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="250"/>
        <source>No suggestion for %1: the profiles have nothing to match, or everyone who should meet has asked already.</source>
        <translation>Nenhuma sugestão para %1: os perfis não têm correspondências, ou todos os que deviam reunir-se já o pediram.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="257"/>
        <source>No suggestion: the profiles have nothing to match, or everyone who should meet has asked already.</source>
        <translation>Nenhuma sugestão: os perfis não têm correspondências, ou todos os que deviam reunir-se já o pediram.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="114"/>
        <source>Restore from backup</source>
        <translation>Restaurar cópia de segurança</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="119"/>
        <source>Verified backups of this database, newest first. Restoring one replaces what the database holds now; a backup of the current state is taken first, so a restore can itself be undone.</source>
        <translation>Cópias de segurança verificadas desta base de dados, das mais recentes para as mais antigas. Restaurar uma substitui o conteúdo atual da base de dados; é feita primeiro uma cópia do estado atual, pelo que o próprio restauro pode ser anulado.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="137"/>
        <source>Looking for backups…</source>
        <translation>A procurar cópias de segurança…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="141"/>
        <source>Backups folder: %1</source>
        <translation>Pasta de cópias de segurança: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="147"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="149"/>
        <source>Restore the selected backup</source>
        <translation>Restaurar a cópia de segurança selecionada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="168"/>
        <source>Backups of this database are made by its server.</source>
        <translation>As cópias de segurança desta base de dados são feitas pelo respetivo servidor.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="173"/>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="195"/>
        <source>list the backups</source>
        <translation>listar as cópias de segurança</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="188"/>
        <source>%n verified backup(s). Choose one and press Restore…</source>
        <translation>
            <numerusform>%n cópia de segurança verificada. Escolha uma e prima Restaurar…</numerusform>
            <numerusform>%n cópias de segurança verificadas. Escolha uma e prima Restaurar…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="194"/>
        <source>The backups could not be listed.</source>
        <translation>Não foi possível listar as cópias de segurança.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="215"/>
        <source>Restore this backup?</source>
        <translation>Restaurar esta cópia de segurança?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="218"/>
        <source>Restore the backup taken %1 (%2: %3 missions, %4 people)?

What the database holds now is replaced. A backup of the current state is taken first, so you can go back to it.</source>
        <translation>Restaurar a cópia de segurança de %1 (%2: %3 missões, %4 pessoas)?

O conteúdo atual da base de dados é substituído. É feita primeiro uma cópia do estado atual, para que possa voltar a ele.</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="460"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="461"/>
        <source>Scan a badge</source>
        <translation>Leia um crachá</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/desk_widgets.py" line="462"/>
        <source>or type a name or an e-mail</source>
        <translation>ou escreva um nome ou um e-mail</translation>
    </message>
</context>
<context>
    <name>SavePanel</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="77"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="88"/>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="90"/>
        <source>Open file</source>
        <translation>Abrir ficheiro</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="140"/>
        <source>write the %1</source>
        <translation>escrever %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="142"/>
        <source>Writing %1…</source>
        <translation>A escrever %1…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="143"/>
        <source>Print and export</source>
        <translation>Imprimir e exportar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="156"/>
        <source>Choose where to put the %1</source>
        <translation>Escolher onde guardar: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="163"/>
        <source>Save %1</source>
        <translation>Guardar %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="165"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendário (*.ics)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="165"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SavedText</name>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="46"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="48"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="50"/>
        <source>Wrote %1 files (%2) to %3</source>
        <translation>%1 ficheiros (%2) escritos em %3</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="52"/>
        <source>Wrote %1 to %2</source>
        <translation>Escrito em %2: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="54"/>
        <source>%1. Left out: %2</source>
        <translation>%1. Excluídos: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/save_panel.py" line="56"/>
        <source>%1 and %2 more</source>
        <translation>%1 e mais %2</translation>
    </message>
</context>
<context>
    <name>SchedulerRun</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="28"/>
        <source>&amp;Run the scheduler…</source>
        <translation>&amp;Executar o planificador…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="31"/>
        <source>Schedule the requests; locked meetings stay, the others are replaced</source>
        <translation>Agendar os pedidos; as reuniões fixadas mantêm-se, as restantes são substituídas</translation>
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
        <translation>Tempo durante o qual o planificador pode procurar um horário melhor</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="67"/>
        <source>Run the scheduler</source>
        <translation>Executar o planificador</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="73"/>
        <source>Schedule ready: %1. Undo with Ctrl+Z.</source>
        <translation>Horário pronto: %1. Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="77"/>
        <source>schedule the meetings</source>
        <translation>agendar as reuniões</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="79"/>
        <source>Scheduling the requested meetings…</source>
        <translation>A agendar as reuniões pedidas…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/scheduler_run.py" line="79"/>
        <source>B2B meetings</source>
        <translation>Reuniões B2B</translation>
    </message>
</context>
<context>
    <name>ServiceWords</name>
    <message>
        <location filename="../../pimap_desktop/domain/enums.py" line="30"/>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>«%1» não é um dos valores: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="274"/>
        <source>no e-mail address given</source>
        <translation>nenhum endereço de e-mail indicado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="284"/>
        <source>&apos;%1&apos; is not a valid e-mail address: %2</source>
        <translation>«%1» não é um endereço de e-mail válido: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="299"/>
        <source>An e-mail address must have an @-sign.</source>
        <translation>Um endereço de e-mail tem de ter um @.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="300"/>
        <source>There must be something before the @-sign.</source>
        <translation>Tem de haver algo antes do @.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="301"/>
        <source>There must be something after the @-sign.</source>
        <translation>Tem de haver algo depois do @.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="302"/>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>A parte depois do @ não é válida. Devia ter um ponto.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="303"/>
        <source>An e-mail address cannot have two periods in a row.</source>
        <translation>Um endereço de e-mail não pode ter dois pontos seguidos.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="304"/>
        <source>An e-mail address cannot start with a period.</source>
        <translation>Um endereço de e-mail não pode começar por um ponto.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="305"/>
        <source>An e-mail address cannot have a period immediately before the @-sign.</source>
        <translation>Um endereço de e-mail não pode ter um ponto logo antes do @.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="307"/>
        <source>The part after the @-sign is not valid. It is not within a valid top-level domain.</source>
        <translation>A parte depois do @ não é válida. Não pertence a um domínio de topo válido.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="315"/>
        <source>The e-mail address contains invalid characters before the @-sign: %1.</source>
        <translation>O endereço de e-mail contém caracteres inválidos antes do @: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="320"/>
        <source>The part after the @-sign contains invalid characters: %1.</source>
        <translation>A parte depois do @ contém caracteres inválidos: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/domain/rules.py" line="355"/>
        <source>&apos;%1&apos; is not a language PIMAP makes documents in (English, French, Swedish, Portuguese or Finnish)</source>
        <translation>«%1» não é uma língua em que o PIMAP faz documentos (inglês, francês, sueco, português ou finlandês)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="327"/>
        <source>registered in %1</source>
        <translation>inscrito(a) em %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="702"/>
        <source>no e-mail address</source>
        <translation>sem endereço de e-mail</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="720"/>
        <source>the same e-mail as row %1; only that row is imported</source>
        <translation>o mesmo e-mail que a linha %1; só essa linha é importada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="729"/>
        <source>no last name</source>
        <translation>sem apelido</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="731"/>
        <source>no first name</source>
        <translation>sem nome próprio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="807"/>
        <source>first name</source>
        <translation>nome próprio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="808"/>
        <source>last name</source>
        <translation>apelido</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="809"/>
        <source>job title</source>
        <translation>cargo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="810"/>
        <source>phone</source>
        <translation>telefone</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="811"/>
        <source>badge name</source>
        <translation>nome no crachá</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="812"/>
        <source>diet</source>
        <translation>dieta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="813"/>
        <source>accessibility</source>
        <translation>acessibilidade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="814"/>
        <source>languages</source>
        <translation>línguas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="815"/>
        <source>preferred language</source>
        <translation>língua preferida</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="816"/>
        <source>consent to be listed</source>
        <translation>consentimento para constar da lista</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="817"/>
        <source>consent to be contacted</source>
        <translation>consentimento para ser contactado(a)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="818"/>
        <source>consent date</source>
        <translation>data do consentimento</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="819"/>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="820"/>
        <source>organisation</source>
        <translation>organização</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="821"/>
        <source>role</source>
        <translation>função</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="822"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="823"/>
        <source>arrival</source>
        <translation>chegada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="824"/>
        <source>departure</source>
        <translation>partida</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="825"/>
        <source>hotel</source>
        <translation>hotel</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="827"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="827"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="847"/>
        <source>&apos;%1&apos;: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="868"/>
        <source>%1: &apos;%2&apos; → &apos;%3&apos;</source>
        <translation>%1: «%2» → «%3»</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="870"/>
        <source>%1: &apos;%2&apos;</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="997"/>
        <source>&apos;%1&apos; is not a date PIMAP can place in %2</source>
        <translation>«%1» não é uma data que o PIMAP possa situar em %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1008"/>
        <source>the arrival (%1) is after the departure</source>
        <translation>a chegada (%1) é depois da partida</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1036"/>
        <source>&apos;%1&apos; is not a country PIMAP knows; use a name or a two-letter code</source>
        <translation>«%1» não é um país que o PIMAP conheça; use um nome ou um código de duas letras</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1134"/>
        <source>arrives %1</source>
        <translation>chega %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1136"/>
        <source>leaves %1</source>
        <translation>parte %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1141"/>
        <source>registered in %1 (%2)</source>
        <translation>inscrito(a) em %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/people.py" line="1143"/>
        <source>registered in %1 (%2, %3)</source>
        <translation>inscrito(a) em %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="106"/>
        <source>&apos;%1&apos; is not a date: there is no month %2</source>
        <translation>«%1» não é uma data: não existe o mês %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="111"/>
        <source>&apos;%1&apos; is not a date: there is no day %2 in that month</source>
        <translation>«%1» não é uma data: esse mês não tem dia %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="120"/>
        <source>&apos;%1&apos; is not a date: the year should have four digits</source>
        <translation>«%1» não é uma data: o ano deve ter quatro algarismos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="128"/>
        <location filename="../../pimap_desktop/services/importing/values.py" line="152"/>
        <source>&apos;%1&apos; is not a date: use day/month/year or YYYY-MM-DD</source>
        <translation>«%1» não é uma data: use dia/mês/ano ou AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="148"/>
        <source>&apos;%1&apos; is not a date: &apos;%2&apos; is not a month</source>
        <translation>«%1» não é uma data: «%2» não é um mês</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="159"/>
        <source>&apos;%1&apos; is not a date: give the day, the month and a four-digit year</source>
        <translation>«%1» não é uma data: indique o dia, o mês e o ano com quatro algarismos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="182"/>
        <source>&apos;%1&apos; has a time zone; give the local time of the mission without one</source>
        <translation>«%1» tem um fuso horário; indique a hora local da missão, sem fuso</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="193"/>
        <source>&apos;%1&apos; is not a time: %2 %3 does not exist</source>
        <translation>«%1» não é uma hora: %2 %3 não existe</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="198"/>
        <source>&apos;%1&apos; is not a time of day</source>
        <translation>«%1» não é uma hora do dia</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="210"/>
        <source>no date given</source>
        <translation>nenhuma data indicada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/values.py" line="269"/>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>«%1» não é sim nem não</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="71"/>
        <source>First name</source>
        <translation>Nome próprio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="72"/>
        <source>Last name</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="73"/>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="74"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="75"/>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="76"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="77"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="78"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="79"/>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="80"/>
        <source>Website</source>
        <translation>Sítio web</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="81"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="82"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="83"/>
        <source>Arrival</source>
        <translation>Chegada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="84"/>
        <source>Departure</source>
        <translation>Partida</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="85"/>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="86"/>
        <source>Badge name</source>
        <translation>Nome no crachá</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="87"/>
        <source>Diet</source>
        <translation>Dieta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="88"/>
        <source>Accessibility</source>
        <translation>Acessibilidade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="89"/>
        <source>Preferred language</source>
        <translation>Língua preferida</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="90"/>
        <source>Languages</source>
        <translation>Línguas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="91"/>
        <source>Consent to be listed</source>
        <translation>Consentimento para constar da lista</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="92"/>
        <source>Consent to be contacted</source>
        <translation>Consentimento para ser contactado(a)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="93"/>
        <source>Consent date</source>
        <translation>Data do consentimento</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="94"/>
        <source>Sectors</source>
        <translation>Setores</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/importing/headers.py" line="95"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="119"/>
        <source>The session ends (%1) before it starts (%2).</source>
        <translation>A sessão termina (%1) antes de começar (%2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="123"/>
        <source>A slot lasts between 5 and 240 minutes.</source>
        <translation>Um horário dura entre 5 e 240 minutos.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="127"/>
        <source>A break lasts between 0 and 120 minutes.</source>
        <translation>Uma pausa dura entre 0 e 120 minutos.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="131"/>
        <source>A session has between 1 and 1,000 tables.</source>
        <translation>Uma sessão tem entre 1 e 1000 mesas.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="137"/>
        <source>No %1-minute slot fits between %2 and %3.</source>
        <translation>Nenhum horário de %1 minutos cabe entre %2 e %3.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="239"/>
        <source>The mission has no B2B session &apos;%1&apos;.</source>
        <translation>A missão não tem nenhuma sessão B2B «%1».</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="346"/>
        <source>A priority is 1 (highest), 2 or 3.</source>
        <translation>Uma prioridade é 1 (a mais alta), 2 ou 3.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="362"/>
        <source>Nobody can ask to meet themselves.</source>
        <translation>Ninguém pode pedir uma reunião consigo próprio.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="374"/>
        <source>Both people must be registered in the mission.</source>
        <translation>As duas pessoas têm de estar inscritas na missão.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="411"/>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="463"/>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="975"/>
        <source>That meeting request no longer exists.</source>
        <translation>Esse pedido de reunião já não existe.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="507"/>
        <source>An availability window must end after it starts.</source>
        <translation>Uma janela de disponibilidade tem de terminar depois de começar.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="647"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1579"/>
        <source>That meeting no longer exists.</source>
        <translation>Essa reunião já não existe.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="730"/>
        <source>%1 at %2 was just taken by another meeting (a colleague&apos;s change); nothing was changed.</source>
        <translation>%1 às %2 acabou de ser ocupada por outra reunião (alteração de um colega); nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="739"/>
        <source>A table and slot was just taken by another meeting (a colleague&apos;s change); nothing was changed.</source>
        <translation>Uma mesa e um horário acabaram de ser ocupados por outra reunião (alteração de um colega); nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="757"/>
        <source>that slot is not in the session</source>
        <translation>esse horário não pertence à sessão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="761"/>
        <source>that table is not in the session</source>
        <translation>essa mesa não pertence à sessão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="779"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1535"/>
        <source>%1 is taken by %2</source>
        <translation>%1 está ocupada por %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="784"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1541"/>
        <source>%1 is already meeting %2 at that time</source>
        <translation>%1 já tem reunião com %2 a essa hora</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="790"/>
        <source>%1 is not available at that time</source>
        <translation>%1 não está disponível a essa hora</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="797"/>
        <source>another meeting</source>
        <translation>outra reunião</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="832"/>
        <source>That meeting has no place in a B2B session.</source>
        <translation>Essa reunião não tem lugar numa sessão B2B.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="837"/>
        <source>That meeting no longer matches a slot of its session.</source>
        <translation>Essa reunião já não corresponde a um horário da sua sessão.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="846"/>
        <source>that meeting no longer exists</source>
        <translation>essa reunião já não existe</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="849"/>
        <source>that B2B session no longer exists</source>
        <translation>essa sessão B2B já não existe</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="880"/>
        <source>The meeting cannot move there: %1.</source>
        <translation>A reunião não pode ir para aí: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="934"/>
        <source>That B2B session no longer exists.</source>
        <translation>Essa sessão B2B já não existe.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="944"/>
        <source>The meeting cannot go there: %1.</source>
        <translation>A reunião não pode ficar aí: %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="997"/>
        <source>There is no slot and table where both are free and available; free one by hand (move or cancel a meeting) and try again.</source>
        <translation>Não há nenhum horário e mesa em que ambos estejam livres e disponíveis; liberte um à mão (mova ou cancele uma reunião) e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="772"/>
        <source>That registration is not in this mission.</source>
        <translation>Essa inscrição não pertence a esta missão.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1022"/>
        <source>Give the first name.</source>
        <translation>Indique o nome próprio.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1024"/>
        <source>Give the last name.</source>
        <translation>Indique o apelido.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1042"/>
        <source>Give the organisation&apos;s country (a code such as FR).</source>
        <translation>Indique o país da organização (um código como FR).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1109"/>
        <source>%1 is already registered: check them in from the list instead.</source>
        <translation>%1 já está inscrito(a): registe antes a entrada a partir da lista.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1173"/>
        <source>That delegation is not in this mission.</source>
        <translation>Essa delegação não pertence a esta missão.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1273"/>
        <source>This walk-in has meetings or meeting requests since: remove the registration from the mission&apos;s list instead.</source>
        <translation>Esta inscrição no local tem desde então reuniões ou pedidos de reunião: retire antes a inscrição da lista da missão.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1552"/>
        <source>nobody</source>
        <translation>ninguém</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1564"/>
        <source>Some of those meetings no longer exist.</source>
        <translation>Algumas dessas reuniões já não existem.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/text.py" line="103"/>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/text.py" line="108"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="180"/>
        <source>That person is no longer in the directory.</source>
        <translation>Essa pessoa já não está no diretório.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="189"/>
        <source>Nobody in the directory has the e-mail &apos;%1&apos;.</source>
        <translation>Ninguém no diretório tem o e-mail «%1».</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="199"/>
        <source>A person needs a last name.</source>
        <translation>Uma pessoa precisa de um apelido.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="201"/>
        <source>A person needs a first name.</source>
        <translation>Uma pessoa precisa de um nome próprio.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="210"/>
        <source>Give the date on which the consent was given.</source>
        <translation>Indique a data em que o consentimento foi dado.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="215"/>
        <source>&apos;%1&apos; is not a language PIMAP makes documents in.</source>
        <translation>«%1» não é uma língua em que o PIMAP faz documentos.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="240"/>
        <source>%1 is already the e-mail of %2: the same e-mail is the same person (merge the two if they are one).</source>
        <translation>%1 já é o e-mail de %2: o mesmo e-mail é a mesma pessoa (junte as duas se forem uma só).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="402"/>
        <source>That organisation is no longer in the directory.</source>
        <translation>Essa organização já não está no diretório.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="409"/>
        <source>An organisation needs a name.</source>
        <translation>Uma organização precisa de um nome.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="414"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="1036"/>
        <source>The country &apos;%1&apos; should be a two-letter code such as FR.</source>
        <translation>O país «%1» deve ser um código de duas letras, como FR.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="531"/>
        <source>Choose two different people to merge.</source>
        <translation>Escolha duas pessoas diferentes para juntar.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/directory/directory.py" line="638"/>
        <source>Choose two different organisations to merge.</source>
        <translation>Escolha duas organizações diferentes para juntar.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="378"/>
        <source>That follow-up no longer exists; it may have been deleted.</source>
        <translation>Esse seguimento já não existe; pode ter sido eliminado.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="386"/>
        <source>That organisation no longer exists; choose another.</source>
        <translation>Essa organização já não existe; escolha outra.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="387"/>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="388"/>
        <source>That person no longer exists; choose another.</source>
        <translation>Essa pessoa já não existe; escolha outra.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="407"/>
        <source>Choose an outcome.</source>
        <translation>Escolha um resultado.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="412"/>
        <source>The next action is at most %1 characters; put the rest in the notes.</source>
        <translation>A próxima ação tem no máximo %1 caracteres; ponha o resto nas notas.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="426"/>
        <source>A follow-up without a meeting needs an organisation or a contact.</source>
        <translation>Um seguimento sem reunião precisa de uma organização ou de um contacto.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="442"/>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="557"/>
        <source>That meeting no longer exists; choose another.</source>
        <translation>Essa reunião já não existe; escolha outra.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="446"/>
        <source>That meeting belongs to another mission.</source>
        <translation>Essa reunião pertence a outra missão.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="478"/>
        <source>That organisation was not in that meeting: choose one of its participants&apos; organisations, or leave it empty for the meeting&apos;s counterpart.</source>
        <translation>Essa organização não esteve nessa reunião: escolha a organização de um dos participantes, ou deixe vazio para a contraparte da reunião.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="488"/>
        <source>That person was not in that meeting and works for none of its organisations: choose one of its participants, or leave it empty for the meeting&apos;s counterpart.</source>
        <translation>Essa pessoa não esteve nessa reunião nem trabalha para nenhuma das suas organizações: escolha um dos participantes, ou deixe vazio para a contraparte da reunião.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/followup/followup.py" line="562"/>
        <source>That meeting was cancelled; record the follow-up for the contact instead.</source>
        <translation>Essa reunião foi cancelada; registe antes o seguimento para o contacto.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="131"/>
        <source>A mission needs a code, such as PW2027.</source>
        <translation>Uma missão precisa de um código, como PW2027.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="135"/>
        <source>The code &apos;%1&apos; may only hold letters, digits, &apos;-&apos; and &apos;_&apos; (2 to 20 characters).</source>
        <translation>O código «%1» só pode ter letras, algarismos, «-» e «_» (2 a 20 caracteres).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="142"/>
        <source>A mission needs a name.</source>
        <translation>Uma missão precisa de um nome.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="144"/>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="219"/>
        <source>name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="145"/>
        <source>city</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="146"/>
        <source>host event</source>
        <translation>Evento anfitrião</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="151"/>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="961"/>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="93"/>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="218"/>
        <source>The %1 is too long (%2 characters; at most %3).</source>
        <translation>%1: demasiado longo (%2 caracteres; no máximo %3).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="159"/>
        <source>The mission ends (%1) before it starts (%2).</source>
        <translation>A missão termina (%1) antes de começar (%2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="169"/>
        <source>The country &apos;%1&apos; should be a two-letter code such as US or FI.</source>
        <translation>O país «%1» deve ser um código de duas letras, como US ou FI.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="598"/>
        <source>There is no cluster called &apos;%1&apos;.</source>
        <translation>Não há nenhum cluster chamado «%1».</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="605"/>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="693"/>
        <source>That cluster no longer exists; it may have been deleted.</source>
        <translation>Esse cluster já não existe; pode ter sido eliminado.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="676"/>
        <source>A target is for a mission or for a year, not both: a mission&apos;s year is that of its dates.</source>
        <translation>Uma meta é para uma missão ou para um ano, não para ambos: o ano de uma missão é o das suas datas.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="683"/>
        <source>Choose a mission or a year to set targets for.</source>
        <translation>Escolha uma missão ou um ano para definir metas.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="686"/>
        <source>%1 is not a year like 2027.</source>
        <translation>%1 não é um ano como 2027.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="689"/>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="1574"/>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="234"/>
        <source>That mission no longer exists; it may have been deleted.</source>
        <translation>Essa missão já não existe; pode ter sido eliminada.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="703"/>
        <source>The target for %1 cannot be negative; leave it empty for no target.</source>
        <translation>A meta para %1 não pode ser negativa; deixe-a vazia para não ter meta.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/kpi/kpi.py" line="710"/>
        <source>The target for %1 is too large (at most %2).</source>
        <translation>A meta para %1 é demasiado grande (no máximo %2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="243"/>
        <source>There is no mission with the code &apos;%1&apos;.</source>
        <translation>Não há nenhuma missão com o código «%1».</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="274"/>
        <source>The code %1 is already used by another mission.</source>
        <translation>O código %1 já é usado por outra missão.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="286"/>
        <source>One of the chosen clusters no longer exists.</source>
        <translation>Um dos clusters escolhidos já não existe.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="395"/>
        <source>No free code could be found for the copy.</source>
        <translation>Não foi encontrado nenhum código livre para a cópia.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="574"/>
        <source>A programme item needs a title.</source>
        <translation>Um elemento do programa precisa de um título.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="580"/>
        <source>The item ends (%1) before it starts (%2).</source>
        <translation>O elemento termina (%1) antes de começar (%2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="583"/>
        <source>A programme item lasts at most 24 hours.</source>
        <translation>Um elemento do programa dura no máximo 24 horas.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="108"/>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="588"/>
        <source>%1 is outside the mission %2 (%3 to %4).</source>
        <translation>%1 está fora da missão %2 (%3 a %4).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="598"/>
        <source>Choose the delegation this item is for.</source>
        <translation>Escolha a delegação a que este elemento se destina.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="602"/>
        <source>Choose the roles this item is for.</source>
        <translation>Escolha as funções a que este elemento se destina.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="623"/>
        <source>An item cannot be the alternative to itself, even through other items.</source>
        <translation>Um elemento não pode ser alternativa a si próprio, nem através de outros elementos.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="631"/>
        <source>The item this one is the alternative to is not on this mission&apos;s programme.</source>
        <translation>O elemento de que este é alternativa não está no programa desta missão.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="700"/>
        <source>That programme item no longer exists.</source>
        <translation>Esse elemento do programa já não existe.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="956"/>
        <source>A practical note needs a title, such as “Entry to the US”.</source>
        <translation>Uma informação prática precisa de um título, como «Entrada nos EUA».</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="962"/>
        <source>title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="970"/>
        <source>A practical note is for everyone, a delegation or some roles.</source>
        <translation>Uma informação prática destina-se a todos, a uma delegação ou a algumas funções.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="976"/>
        <source>Choose one of %1&apos;s delegations for this note.</source>
        <translation>Escolha uma das delegações de %1 para esta informação.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="981"/>
        <source>Choose the roles this note is for.</source>
        <translation>Escolha as funções a que esta informação se destina.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/missions/missions.py" line="1047"/>
        <source>That practical note no longer exists.</source>
        <translation>Essa informação prática já não existe.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/b2b/meetings.py" line="511"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="698"/>
        <location filename="../../pimap_desktop/services/onsite/onsite.py" line="986"/>
        <location filename="../../pimap_desktop/services/registrations/registrations.py" line="176"/>
        <source>That registration no longer exists.</source>
        <translation>Essa inscrição já não existe.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/registrations/registrations.py" line="207"/>
        <source>The arrival (%1) is after the departure (%2).</source>
        <translation>A chegada (%1) é depois da partida (%2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/exporting.py" line="309"/>
        <source>%1 is a folder; give a file name to write to.</source>
        <translation>%1 é uma pasta; indique um nome de ficheiro onde escrever.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/exporting.py" line="322"/>
        <location filename="../../pimap_desktop/services/exporting.py" line="337"/>
        <source>%1 cannot be written: %2.</source>
        <translation>Não é possível escrever %1: %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/exporting.py" line="340"/>
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="94"/>
        <source>funding statement</source>
        <translation>Menção de financiamento</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="151"/>
        <source>%1 is too large for an emblem (%2 MB; at most %3 MB).</source>
        <translation>%1 é demasiado grande para um emblema (%2 MB; no máximo %3 MB).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="161"/>
        <source>%1 cannot be read: %2.</source>
        <translation>Não é possível ler %1: %2.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="175"/>
        <source>%1 is not a picture PIMAP can print: choose a PNG or JPEG file (an SVG must be saved as PNG first).</source>
        <translation>%1 não é uma imagem que o PIMAP possa imprimir: escolha um ficheiro PNG ou JPEG (um SVG tem de ser primeiro guardado como PNG).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="212"/>
        <source>Name the emblem, such as the partnership&apos;s or the funder&apos;s name.</source>
        <translation>Dê um nome ao emblema, como o da parceria ou do financiador.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="249"/>
        <source>That emblem was already removed.</source>
        <translation>Esse emblema já foi retirado.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/branding.py" line="257"/>
        <source>That emblem no longer exists.</source>
        <translation>Esse emblema já não existe.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/agenda.py" line="255"/>
        <source>Choose at least one person to print a personal agenda for.</source>
        <translation>Escolha pelo menos uma pessoa para quem imprimir uma agenda pessoal.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/catalogue.py" line="201"/>
        <source>No organisation to list in the catalogue of %1: nobody taking part (invited, registered or confirmed) belongs to an organisation.</source>
        <translation>Nenhuma organização para listar no catálogo de %1: nenhum participante (convidado, inscrito ou confirmado) pertence a uma organização.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/catalogue.py" line="217"/>
        <source>No organisation to list in the catalogue of %1: the organisation taking part has no participant who agreed to be listed.</source>
        <translation>Nenhuma organização para listar no catálogo de %1: a organização participante não tem nenhum participante que tenha aceitado constar da lista.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/catalogue.py" line="223"/>
        <source>No organisation to list in the catalogue of %1: none of the %2 organisations taking part has a participant who agreed to be listed.</source>
        <translation>Nenhuma organização para listar no catálogo de %1: nenhuma das %2 organizações participantes tem um participante que tenha aceitado constar da lista.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/packs.py" line="195"/>
        <source>Choose at least one person to print a pack for.</source>
        <translation>Escolha pelo menos uma pessoa para quem imprimir um dossier.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/packs.py" line="198"/>
        <source>Nobody is registered on %1 with a status that travels: there is no pack to print.</source>
        <translation>Ninguém está inscrito em %1 com um estado que viaja: não há dossier para imprimir.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/tableplan.py" line="226"/>
        <source>No meeting is scheduled in the B2B session %1 yet, so there is no table plan to print. Run the scheduler first (B2B meetings ▸ Run the scheduler, or pimap schedule --mission %2).</source>
        <translation>Ainda não há reuniões agendadas na sessão B2B %1, por isso não há plano de mesas para imprimir. Execute primeiro o planificador (Reuniões B2B ▸ Executar o planificador, ou pimap schedule --mission %2).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/tableplan.py" line="233"/>
        <source>No meeting is scheduled in any of %1&apos;s %2 B2B sessions yet, so there is no table plan to print. Run the scheduler first (B2B meetings ▸ Run the scheduler, or pimap schedule --mission %1).</source>
        <translation>Ainda não há reuniões agendadas em nenhuma das %2 sessões B2B de %1, por isso não há plano de mesas para imprimir. Execute primeiro o planificador (Reuniões B2B ▸ Executar o planificador, ou pimap schedule --mission %1).</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/tableplan.py" line="259"/>
        <source>%1 has no B2B session; add one on the B2B page first.</source>
        <translation>%1 não tem nenhuma sessão B2B; acrescente primeiro uma na página B2B.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/services/printing/tableplan.py" line="267"/>
        <source>That B2B session is not one of %1&apos;s; it may have been deleted.</source>
        <translation>Essa sessão B2B não é de %1; pode ter sido eliminada.</translation>
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
        <translation>opcional: Sala A; Sala B; … (pela ordem das mesas)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="92"/>
        <source>Names of the tables or rooms, in order, separated by ; or commas. Tables without a name are called Table 1, Table 2, …</source>
        <translation>Nomes das mesas ou salas, por ordem, separados por ; ou vírgulas. As mesas sem nome chamam-se Mesa 1, Mesa 2, …</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="98"/>
        <source>B2B meetings</source>
        <translation>Reuniões B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="108"/>
        <source>&amp;Day:</source>
        <translation>&amp;Dia:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="109"/>
        <source>&amp;From:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="110"/>
        <source>&amp;To:</source>
        <translation>&amp;Fim:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="112"/>
        <source>&amp;Slot length:</source>
        <translation>D&amp;uração de cada horário:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="113"/>
        <source>&amp;Break between slots:</source>
        <translation>Inter&amp;valo entre horários:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="114"/>
        <source>T&amp;ables:</source>
        <translation>&amp;Mesas:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="115"/>
        <source>Table &amp;names:</source>
        <translation>N&amp;omes das mesas:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="116"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="120"/>
        <source>Times in the mission&apos;s zone (%1). Meetings that no longer fit are listed before anything changes; they go back to the requests.</source>
        <translation>Horas no fuso horário da missão (%1). As reuniões que deixem de caber são listadas antes de qualquer alteração; voltam aos pedidos.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="127"/>
        <source>Times in the mission&apos;s zone (%1). The session is added to the programme.</source>
        <translation>Horas no fuso horário da missão (%1). A sessão é adicionada ao programa.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="170"/>
        <source>No %1-minute slot fits between %2 and %3.</source>
        <translation>Nenhum horário de %1 minutos cabe entre %2 e %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="176"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n mesa</numerusform>
            <numerusform>%n mesas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="179"/>
        <source>%n slot(s) of %1 min with %2-min breaks, %3–%4, %5 = %6 meetings at most</source>
        <translation>
            <numerusform>%n horário de %1 min com intervalos de %2 min, %3–%4, %5 = %6 reuniões no máximo</numerusform>
            <numerusform>%n horários de %1 min com intervalos de %2 min, %3–%4, %5 = %6 reuniões no máximo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="185"/>
        <source>%n slot(s) of %1 min, %3–%4, %5 = %6 meetings at most</source>
        <translation>
            <numerusform>%n horário de %1 min, %3–%4, %5 = %6 reuniões no máximo</numerusform>
            <numerusform>%n horários de %1 min, %3–%4, %5 = %6 reuniões no máximo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="197"/>
        <source>%1 (the last slot ends at %2)</source>
        <translation>%1 (o último horário termina às %2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="209"/>
        <source>Local time in %1 (%2)</source>
        <translation>Hora local em %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SessionRemovalText</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="278"/>
        <source>removed (it was cancelled)</source>
        <translation>removida (tinha sido cancelada)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="280"/>
        <source>removed (placed by hand, no request)</source>
        <translation>removida (colocada manualmente, sem pedido)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="281"/>
        <source>back to the requests</source>
        <translation>volta aos pedidos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="285"/>
        <source>slot gone</source>
        <translation>horário eliminado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="286"/>
        <source>table removed</source>
        <translation>mesa removida</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="287"/>
        <source>deleted</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="326"/>
        <source>Delete “%1”, its tables and its place in the programme? It has no meetings.</source>
        <translation>Eliminar “%1”, as respetivas mesas e o seu lugar no programa? Não tem reuniões.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="332"/>
        <source>Delete “%1”, its tables and its place in the programme? These %n meetings are removed with it</source>
        <translation>
            <numerusform>Eliminar “%1”, as respetivas mesas e o seu lugar no programa? %n reunião é removida juntamente com ela</numerusform>
            <numerusform>Eliminar “%1”, as respetivas mesas e o seu lugar no programa? Estas %n reuniões são removidas juntamente com ela</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="341"/>
        <source>These %n meetings no longer fit “%1”</source>
        <translation>
            <numerusform>%n reunião já não cabe em “%1”</numerusform>
            <numerusform>Estas %n reuniões já não cabem em “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="344"/>
        <source>%1 and go back to the requests:</source>
        <translation>
            <numerusform>%1 e volta aos pedidos:</numerusform>
            <numerusform>%1 e voltam aos pedidos:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="346"/>
        <source>%1; none has a request to go back to:</source>
        <translation>%1; nenhuma tem um pedido ao qual voltar:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="347"/>
        <source>%1; %n of them go back to the requests:</source>
        <translation>
            <numerusform>%1; %n delas volta aos pedidos:</numerusform>
            <numerusform>%1; %n delas voltam aos pedidos:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionSteps</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="32"/>
        <source>&amp;Edit session…</source>
        <translation>Edi&amp;tar sessão…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="34"/>
        <source>Change the day, times, slots, tables or name of the session shown</source>
        <translation>Alterar o dia, as horas, os horários, as mesas ou o nome da sessão apresentada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="38"/>
        <source>De&amp;lete session…</source>
        <translation>E&amp;liminar sessão…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="40"/>
        <source>Delete the session shown; its meetings go back to the requests</source>
        <translation>Eliminar a sessão apresentada; as respetivas reuniões voltam aos pedidos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="44"/>
        <source>A&amp;dd session…</source>
        <translation>Adicionar &amp;sessão…</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="46"/>
        <source>A B2B session: a day&apos;s window cut into meeting slots, with its tables</source>
        <translation>Uma sessão B2B: um período de um dia dividido em horários de reunião, com as respetivas mesas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="68"/>
        <source>edit the session</source>
        <translation>editar a sessão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="95"/>
        <source>Edit the B2B session</source>
        <translation>Editar a sessão B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="99"/>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="123"/>
        <source>%1 Undo with Ctrl+Z.</source>
        <translation>%1 Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="118"/>
        <source>delete the session</source>
        <translation>eliminar a sessão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="152"/>
        <source>Add a B2B session</source>
        <translation>Adicionar uma sessão B2B</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_steps.py" line="167"/>
        <source>Session “%1” added. Undo with Ctrl+Z.</source>
        <translation>Sessão “%1” adicionada. Ctrl+Z para anular.</translation>
    </message>
</context>
<context>
    <name>TargetSpinBox</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="120"/>
        <source>A whole number; clear the box (or go below 0) for no target</source>
        <translation>Um número inteiro; esvazie a caixa (ou desça abaixo de 0) para não definir meta</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="157"/>
        <source>KPI targets</source>
        <translation>Metas de KPI</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="161"/>
        <source>&lt;b&gt;Targets of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Metas de %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="166"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="168"/>
        <source>Actual</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="173"/>
        <source>Target for %1</source>
        <translation>Meta para %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="187"/>
        <source>%1&lt;br&gt;%2 means no target: clear the box for none.</source>
        <translation>%1&lt;br&gt;%2 significa sem meta: esvazie a caixa para não definir nenhuma.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/targets_dialog.py" line="203"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>TimeZoneCombo</name>
    <message>
        <location filename="../../pimap_desktop/gui/widgets.py" line="106"/>
        <source>type a city, e.g. Helsinki or San Francisco</source>
        <translation>escreva uma cidade, p. ex. Helsínquia ou São Francisco</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_canvas.py" line="40"/>
        <source>Programme timeline</source>
        <translation>Cronograma do programa</translation>
    </message>
</context>
<context>
    <name>UnscheduledPane</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="72"/>
        <source>Requester</source>
        <translation>Requerente</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="72"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="72"/>
        <source>Why no meeting</source>
        <translation>Motivo de não haver reunião</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="96"/>
        <source>No meeting has been requested yet.</source>
        <translation>Ainda não foi pedida nenhuma reunião.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="100"/>
        <source>All %1 requested meetings are scheduled.</source>
        <translation>As %1 reuniões pedidas estão todas agendadas.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/unscheduled_pane.py" line="102"/>
        <source>The one requested meeting is scheduled.</source>
        <translation>A única reunião pedida está agendada.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="73"/>
        <source>Walk-in registration</source>
        <translation>Inscrição no local</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="79"/>
        <source>optional; finds them if they are in the directory</source>
        <translation>opcional; encontra a pessoa se constar do diretório</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="81"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="84"/>
        <source>e.g. FR</source>
        <translation>p. ex. FR</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="90"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="93"/>
        <source>Check in now</source>
        <translation>Registar a entrada agora</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="96"/>
        <source>&amp;First name</source>
        <translation>Nome &amp;próprio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="97"/>
        <source>&amp;Last name</source>
        <translation>&amp;Apelido</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="98"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="99"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organização</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="100"/>
        <source>&amp;Country</source>
        <translation>Paí&amp;s</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="101"/>
        <source>&amp;Role</source>
        <translation>&amp;Função</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="102"/>
        <source>&amp;Delegation</source>
        <translation>&amp;Delegação</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="108"/>
        <source>&amp;Register</source>
        <translation>&amp;Inscrever</translation>
    </message>
</context>
<context>
    <name>WhoBox</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="32"/>
        <source>Everyone on the mission</source>
        <translation>Todos os participantes da missão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="33"/>
        <source>People selected on the Registrations page</source>
        <translation>Pessoas selecionadas na página Inscrições</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="34"/>
        <source>One person</source>
        <translation>Uma pessoa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="51"/>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="66"/>
        <source>type a name or an organisation</source>
        <translation>escreva um nome ou uma organização</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="71"/>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/exports/options_panel.py" line="72"/>
        <source>Person:</source>
        <translation>Pessoa:</translation>
    </message>
</context>
<context>
    <name>WishesImportDialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="63"/>
        <source>Import wish forms</source>
        <translation>Importar formulários de preferências</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="74"/>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="147"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="93"/>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="115"/>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="94"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="95"/>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="96"/>
        <source>Changed</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="97"/>
        <source>Unchanged</source>
        <translation>Sem alterações</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="98"/>
        <source>Availability</source>
        <translation>Disponibilidade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="109"/>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="115"/>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="115"/>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="115"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="119"/>
        <source>whole file</source>
        <translation>ficheiro inteiro</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="126"/>
        <source>Files</source>
        <translation>Ficheiros</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="134"/>
        <source>No problems</source>
        <translation>Sem problemas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="130"/>
        <source>&lt;b&gt;Problems (%1)&lt;/b&gt; — these rows are left out; the rest is imported</source>
        <translation>&lt;b&gt;Problemas (%1)&lt;/b&gt; — estas linhas são excluídas; o resto é importado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="140"/>
        <source>Nothing is written until you import; one Undo takes the import back.</source>
        <translation>Nada é gravado antes de importar; uma só anulação desfaz a importação.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/wishes_dialog.py" line="147"/>
        <source>Nothing to import</source>
        <translation>Nada a importar</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../pimap_desktop/gui/app.py" line="96"/>
        <source>PIMAP Desktop was started again on this database: this is it.</source>
        <translation>O PIMAP Desktop foi iniciado novamente nesta base de dados: é esta janela.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/app.py" line="152"/>
        <source>Give the database as a file or with --db, not both.</source>
        <translation>Indique a base de dados como ficheiro ou com --db, não de ambas as formas.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/app.py" line="158"/>
        <source>%1 is not a PIMAP database: PIMAP Desktop opens .pimap and .sqlite files.</source>
        <translation>%1 não é uma base de dados PIMAP: o PIMAP Desktop abre ficheiros .pimap e .sqlite.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/app.py" line="167"/>
        <source>There is no PIMAP database at %1.</source>
        <translation>Não existe nenhuma base de dados PIMAP em %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/app.py" line="179"/>
        <source>PIMAP Desktop cannot open the database</source>
        <translation>O PIMAP Desktop não consegue abrir a base de dados</translation>
    </message>
</context>
<context>
    <name>b2b.grid</name>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="42"/>
        <source>Scheduled</source>
        <translation>Agendada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="43"/>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="44"/>
        <source>No-show</source>
        <translation>Falta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="45"/>
        <source>Locked (the scheduler leaves it)</source>
        <translation>Fixada (o planificador não lhe mexe)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="46"/>
        <source>Not available</source>
        <translation>Indisponível</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/grid.py" line="108"/>
        <source>locked (the scheduler leaves it here)</source>
        <translation>fixada (o planificador mantém-na aqui)</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="56"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="81"/>
        <source>Last name</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="86"/>
        <source>First name</source>
        <translation>Nome próprio</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="100"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="102"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="120"/>
        <source>Sectors</source>
        <translation>Setores</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="108"/>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="57"/>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="30"/>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="133"/>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="49"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="109"/>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="58"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="111"/>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="60"/>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="64"/>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="74"/>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="75"/>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="114"/>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="64"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/missions_page.py" line="77"/>
        <source>Registrations</source>
        <translation>Inscrições</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="35"/>
        <source>Requester</source>
        <translation>Requerente</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="39"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="90"/>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="31"/>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="137"/>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="55"/>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="41"/>
        <source>Wants to meet</source>
        <translation>Quer reunir-se com</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="45"/>
        <source>Their organisation</source>
        <translation>Organização do destinatário</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="47"/>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="53"/>
        <source>Mutual</source>
        <translation>Mútuo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="56"/>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="61"/>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="67"/>
        <source>Should ask</source>
        <translation>Deveria pedir</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="72"/>
        <source>To meet</source>
        <translation>Reunir com</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/requests_pane.py" line="77"/>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="304"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="293"/>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="174"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="298"/>
        <location filename="../../pimap_desktop/gui/onsite/dialogs.py" line="175"/>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="107"/>
        <source>Table</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="302"/>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="69"/>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/b2b/session_dialog.py" line="312"/>
        <source>Afterwards</source>
        <translation>Depois</translation>
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
        <translation>Conv.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="40"/>
        <source>Wait.</source>
        <translation>Esp.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="41"/>
        <source>Canc.</source>
        <translation>Canc.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="42"/>
        <source>No-show</source>
        <translation>Falta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="65"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="67"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="93"/>
        <source>The delegation (or cluster, or country)</source>
        <translation>A delegação (ou o cluster, ou o país)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/delegations_panel.py" line="94"/>
        <source>All registrations</source>
        <translation>Todas as inscrições</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="91"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="110"/>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="39"/>
        <location filename="../../pimap_desktop/gui/registrations/dialogs.py" line="138"/>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="59"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="81"/>
        <source>Taken</source>
        <translation>Feita em</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="82"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="84"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="94"/>
        <source>Missions</source>
        <translation>Missões</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="89"/>
        <location filename="../../pimap_desktop/gui/directory/directory_page.py" line="113"/>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="43"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="92"/>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="112"/>
        <source>Organisations</source>
        <translation>Organizações</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/backups/restore_dialog.py" line="101"/>
        <source>Size</source>
        <translation>Dimensão</translation>
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
        <translation>Reuniões</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="46"/>
        <source>Follow-ups</source>
        <translation>Seguimentos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="47"/>
        <source>Agreements</source>
        <translation>Acordos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="48"/>
        <source>MoUs</source>
        <translation>Memorandos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="51"/>
        <source>The organisation&apos;s country</source>
        <translation>O país da organização</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="52"/>
        <source>Participants: distinct people with a confirmed or checked-in registration</source>
        <translation>Participantes: pessoas distintas com uma inscrição confirmada ou com entrada registada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="55"/>
        <source>Distinct SMEs engaged</source>
        <translation>PME distintas envolvidas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="56"/>
        <source>Meetings held with someone from this country</source>
        <translation>Reuniões realizadas com alguém deste país</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="57"/>
        <source>Follow-ups involving an organisation from this country</source>
        <translation>Seguimentos que envolvem uma organização deste país</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="58"/>
        <source>Agreements or contracts signed</source>
        <translation>Acordos ou contratos assinados</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="59"/>
        <source>MoUs signed</source>
        <translation>Memorandos assinados</translation>
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
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="56"/>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="32"/>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="66"/>
        <source>Delegation</source>
        <translation>Delegação</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="57"/>
        <location filename="../../pimap_desktop/gui/onsite/match_list.py" line="33"/>
        <source>Checked in</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="58"/>
        <source>Expected</source>
        <translation>Previstos</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/counts.py" line="59"/>
        <source>To come</source>
        <translation>Por chegar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="71"/>
        <source>Arrival</source>
        <translation>Chegada</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="76"/>
        <source>Departure</source>
        <translation>Partida</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="80"/>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="81"/>
        <source>Diet</source>
        <translation>Dieta</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="83"/>
        <source>Badges</source>
        <translation>Crachás</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="60"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="62"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="67"/>
        <source>Mission</source>
        <translation>Missão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="75"/>
        <source>Our organisation</source>
        <translation>A nossa organização</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="80"/>
        <source>Counterpart</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="83"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="85"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="90"/>
        <source>Next action</source>
        <translation>Próxima ação</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="94"/>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/followup/log_table.py" line="96"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="105"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="111"/>
        <source>Participants (✓ checked in)</source>
        <translation>Participantes (✓ com entrada)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/meetings_view.py" line="125"/>
        <source>Late</source>
        <translation>Atrasados</translation>
    </message>
</context>
<context>
    <name>connect.dialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="85"/>
        <source>Connect without encryption?</source>
        <translation>Ligar sem cifragem?</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="87"/>
        <source>The password and the data would cross the network unencrypted: anyone on the way to %1 (a hotel or a fair&apos;s Wi-Fi, for one) could read them.</source>
        <translation>A palavra-passe e os dados atravessariam a rede sem cifragem: qualquer pessoa no caminho até %1 (o Wi-Fi de um hotel ou de uma feira, por exemplo) poderia lê-los.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="98"/>
        <source>Turn it off only when the server&apos;s administrator says that the server cannot encrypt. PIMAP still encrypts whenever the server offers it.</source>
        <translation>Desative-a apenas quando o administrador do servidor indicar que o servidor não consegue cifrar. O PIMAP cifra sempre que o servidor o permita.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/dialog.py" line="105"/>
        <source>Turn encryption off</source>
        <translation>Desativar a cifragem</translation>
    </message>
</context>
<context>
    <name>connect.recent</name>
    <message>
        <location filename="../../pimap_desktop/gui/connect/recent.py" line="29"/>
        <source>No recent databases</source>
        <translation>Sem bases de dados recentes</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/recent.py" line="30"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Limpar a lista</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/recent.py" line="108"/>
        <source>%1 — as %2</source>
        <translation>%1 — como %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/connect/recent.py" line="148"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
</context>
<context>
    <name>directory.dialogs</name>
    <message>
        <location filename="../../pimap_desktop/gui/directory/dialogs.py" line="45"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../pimap_desktop/gui/errors.py" line="26"/>
        <source>Could not %1</source>
        <translation>Não foi possível %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/errors.py" line="44"/>
        <source>Something unexpected went wrong; nothing was saved by the failed action.

The details are in the log file:
%1</source>
        <translation>Ocorreu um erro inesperado; a ação que falhou não guardou nada.

Os detalhes estão no ficheiro de registo:
%1</translation>
    </message>
</context>
<context>
    <name>exports.desktop</name>
    <message>
        <location filename="../../pimap_desktop/gui/exports/desktop.py" line="25"/>
        <source>Print the badge</source>
        <translation>Imprimir o crachá</translation>
    </message>
</context>
<context>
    <name>importing.commands</name>
    <message>
        <location filename="../../pimap_desktop/gui/importing/commands.py" line="38"/>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/commands.py" line="49"/>
        <source>%1 created, %2 updated, %3 unchanged</source>
        <translation>%1 criados, %2 atualizados, %3 inalterados</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/commands.py" line="56"/>
        <source>, %1 skipped</source>
        <translation>, %1 ignorados</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/importing/commands.py" line="60"/>
        <source>; %1 newly registered in the mission</source>
        <translation>; %1 novas inscrições na missão</translation>
    </message>
</context>
<context>
    <name>kpi.country_table</name>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="27"/>
        <source>No country</source>
        <translation>Sem país</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/kpi/country_table.py" line="105"/>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
</context>
<context>
    <name>missions.commands</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/commands.py" line="47"/>
        <source>Add “%1”</source>
        <translation>Adicionar “%1”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/commands.py" line="79"/>
        <source>Edit “%1”</source>
        <translation>Editar “%1”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/commands.py" line="96"/>
        <source>Delete “%1”</source>
        <translation>Eliminar “%1”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/commands.py" line="129"/>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
</context>
<context>
    <name>missions.mission_dialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="79"/>
        <source>%1 now (%2)</source>
        <translation>%1 agora (%2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/mission_dialog.py" line="81"/>
        <source>%1 now</source>
        <translation>%1 agora</translation>
    </message>
</context>
<context>
    <name>missions.notes_dialog</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="56"/>
        <source>Delete practical note</source>
        <translation>Eliminar informação prática</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/notes_dialog.py" line="58"/>
        <source>Delete the practical note “%1”?

This cannot be undone.</source>
        <translation>Eliminar a informação prática “%1”?

Esta ação não pode ser anulada.</translation>
    </message>
</context>
<context>
    <name>missions.timeline</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_geometry.py" line="30"/>
        <source>No programme items yet. Use Add item to plan the first one.</source>
        <translation>Ainda não há pontos no programa. Use Adicionar ponto para planear o primeiro.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_geometry.py" line="207"/>
        <source>Nothing planned on %1.</source>
        <translation>Nada planeado em %1.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_geometry.py" line="211"/>
        <source>No programme items on these days.</source>
        <translation>Nenhum ponto do programa nestes dias.</translation>
    </message>
</context>
<context>
    <name>missions.timeline_text</name>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="21"/>
        <source>Mon</source>
        <translation>Seg</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="22"/>
        <source>Tue</source>
        <translation>Ter</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="23"/>
        <source>Wed</source>
        <translation>Qua</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="24"/>
        <source>Thu</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="25"/>
        <source>Fri</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="26"/>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="27"/>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="30"/>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="31"/>
        <source>Feb</source>
        <translation>fev</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="32"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="33"/>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="34"/>
        <source>May</source>
        <translation>mai</translation>
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
        <translation>ago</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="38"/>
        <source>Sep</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="39"/>
        <source>Oct</source>
        <translation>out</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="40"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="41"/>
        <source>Dec</source>
        <translation>dez</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="48"/>
        <source>%1 %2 %3</source>
        <comment>day label: weekday, day, month</comment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="80"/>
        <source>Times in the mission&apos;s local time (%1)</source>
        <translation>Horas na hora local da missão (%1)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="85"/>
        <source>Times in the mission&apos;s local time</source>
        <translation>Horas na hora local da missão</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="90"/>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="128"/>
        <source>Times in %1 (%2)</source>
        <translation>Horas em %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="94"/>
        <source>Times in %1</source>
        <translation>Horas em %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="107"/>
        <source>Times in %1 (%2, %3)</source>
        <translation>Horas em %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="114"/>
        <source>%1 until %2</source>
        <translation>%1 até %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="121"/>
        <source>then %1 from %2</source>
        <translation>depois %1 a partir de %2</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="158"/>
        <source>Venue: %1</source>
        <translation>Local: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="165"/>
        <source>Room: %1</source>
        <translation>Sala: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="172"/>
        <source>Audience: %1</source>
        <translation>Público: %1</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/missions/timeline_text.py" line="181"/>
        <source>⚠ Same room as: %1</source>
        <translation>⚠ Mesma sala que: %1</translation>
    </message>
</context>
<context>
    <name>onsite.checkin_desk</name>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="235"/>
        <source>Checked in %1. Undo with Ctrl+Z.</source>
        <translation>Entrada de %1 registada. Ctrl+Z para anular.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/onsite/checkin_desk.py" line="240"/>
        <source>%1 Enter: let in and confirm; Esc: not now.</source>
        <translation>%1 Enter: deixar entrar e confirmar; Esc: agora não.</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../pimap_desktop/gui/operations.py" line="258"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/operations.py" line="284"/>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
</context>
<context>
    <name>registrations.registration_table</name>
    <message>
        <location filename="../../pimap_desktop/gui/registrations/registration_table.py" line="41"/>
        <source>%1, last %2</source>
        <translation>%1, última em %2</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../pimap_desktop/gui/undo.py" line="42"/>
        <source>This step can no longer be undone or redone: the records it concerns were changed or deleted since. Nothing was changed now.</source>
        <translation>Este passo já não pode ser anulado nem refeito: os registos a que diz respeito foram entretanto alterados ou eliminados. Nada foi alterado agora.</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/undo.py" line="82"/>
        <source>redo “%1”</source>
        <translation>refazer “%1”</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/undo.py" line="85"/>
        <source>undo “%1”</source>
        <translation>anular “%1”</translation>
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
        <translation>Livro do Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/widgets.py" line="225"/>
        <source>CSV, semicolons (*.csv)</source>
        <translation>CSV, ponto e vírgula (*.csv)</translation>
    </message>
    <message>
        <location filename="../../pimap_desktop/gui/widgets.py" line="226"/>
        <source>CSV, commas (*.csv)</source>
        <translation>CSV, vírgulas (*.csv)</translation>
    </message>
</context>
</TS>
