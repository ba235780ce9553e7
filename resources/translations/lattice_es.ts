<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>Passphrase or PIN</source>
        <translation>Contraseña o PIN</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Firmado por:</translation>
    </message>
    <message>
        <source>Passphrase or PIN:</source>
        <translation>Contraseña o PIN:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>%1 is unlocked on this computer: no passphrase needed.</source>
        <translation>La clave de %1 está desbloqueada en este equipo: no hace falta la contraseña.</translation>
    </message>
    <message>
        <source>Nobody on this computer may do this.</source>
        <translation>Nadie en este equipo puede hacer esto.</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>does not count</source>
        <translation>no cuenta</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>AddEntryDialog</name>
    <message>
        <source>Record an entry</source>
        <translation>Registrar un movimiento</translation>
    </message>
    <message>
        <source>Type of entry</source>
        <translation>Tipo de movimiento</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>To fund</source>
        <translation>Al fondo</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Importe en %1</translation>
    </message>
    <message>
        <source>e.g. 250.00</source>
        <translation>p. ej. 250.00</translation>
    </message>
    <message>
        <source>Interest in %1</source>
        <translation>Interés en %1</translation>
    </message>
    <message>
        <source>0 if none</source>
        <translation>0 si no hay</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Shares bought</source>
        <translation>Acciones compradas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Qué corregir</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Miembro:</translation>
    </message>
    <message>
        <source>Fund:</source>
        <translation>Fondo:</translation>
    </message>
    <message>
        <source>To fund:</source>
        <translation>Al fondo:</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>Importe (%1):</translation>
    </message>
    <message>
        <source>Interest (%1):</source>
        <translation>Interés (%1):</translation>
    </message>
    <message>
        <source>Shares bought:</source>
        <translation>Acciones compradas:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Type the amount.</source>
        <translation>Escriba el importe.</translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation>Los importes no pueden ser negativos.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Choose the member this entry concerns.</source>
        <translation>Elija el miembro al que corresponde este movimiento.</translation>
    </message>
    <message>
        <source>Choose two different funds for a transfer.</source>
        <translation>Elija dos fondos distintos para una transferencia.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Record attendance</source>
        <translation>Registrar la asistencia</translation>
    </message>
</context>
<context>
    <name>CloseMeetingDialog</name>
    <message>
        <source>Close the meeting</source>
        <translation>Cerrar la reunión</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record a decision</source>
        <translation>Registrar una decisión</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Moción</translation>
    </message>
    <message>
        <source>Motion:</source>
        <translation>Moción:</translation>
    </message>
    <message>
        <source>Votes for:</source>
        <translation>Votos a favor:</translation>
    </message>
    <message>
        <source>Votes against:</source>
        <translation>Votos en contra:</translation>
    </message>
    <message>
        <source>Abstained:</source>
        <translation>Abstenciones:</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>carried</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>defeated</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>aplazada</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Moción</translation>
    </message>
    <message>
        <source>For</source>
        <translation>A favor</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>En contra</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Abstenciones</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>Spreadsheet, plain (CSV)</source>
        <translation>Hoja de cálculo simple (CSV)</translation>
    </message>
    <message>
        <source>Spreadsheet (Excel, LibreOffice)</source>
        <translation>Hoja de cálculo (Excel, LibreOffice)</translation>
    </message>
    <message>
        <source>PDF report with charts</source>
        <translation>Informe PDF con gráficos</translation>
    </message>
    <message>
        <source>Signed bundle anyone can verify offline</source>
        <translation>Paquete firmado que cualquiera puede verificar sin conexión</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <source>Name the members (only with their consent)</source>
        <translation>Nombrar a los miembros (solo con su consentimiento)</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>Passphrase or PIN</source>
        <translation>Frase de contraseña o PIN</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que se escribirá</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Firmado por:</translation>
    </message>
    <message>
        <source>Passphrase or PIN:</source>
        <translation>Frase de contraseña o PIN:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>cualquier fecha</translation>
    </message>
    <message>
        <source>A bundle holds the signed records themselves; anyone can check it with &apos;lattice verify&apos; without trusting this computer.</source>
        <translation>Un paquete contiene los propios registros firmados; cualquiera puede comprobarlo con &apos;lattice verify&apos; sin fiarse de este ordenador.</translation>
    </message>
    <message>
        <source>Figures are totals per fund and month unless you name the members.</source>
        <translation>Las cifras son totales por fondo y por mes, salvo que nombre a los miembros.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Nobody on this computer may sign a bundle.</source>
        <translation>Nadie en este ordenador puede firmar un paquete.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo que se escribirá.</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Escrito:</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>No se exportó nada: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Lattice</source>
        <translation>Bienvenida a Lattice</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>¿Quién es usted?</translation>
    </message>
    <message>
        <source>Your name is shown to the group. Your passphrase or PIN protects your signature: nobody can record anything in your name without it.</source>
        <translation>El grupo verá su nombre. Su frase de contraseña o PIN protege su firma: nadie puede registrar nada en su nombre sin ella.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>Alguien nuevo</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Passphrase or PIN</source>
        <translation>Frase de contraseña o PIN</translation>
    </message>
    <message>
        <source>Passphrase or PIN again</source>
        <translation>Frase de contraseña o PIN otra vez</translation>
    </message>
    <message>
        <source>You are:</source>
        <translation>Usted es:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Passphrase or PIN:</source>
        <translation>Frase de contraseña o PIN:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Otra vez:</translation>
    </message>
    <message>
        <source>Start a new group</source>
        <translation>Crear un grupo nuevo</translation>
    </message>
    <message>
        <source>Join a group with an invite code</source>
        <translation>Unirse a un grupo con un código de invitación</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Currency code, e.g. KES, RWF, USD</source>
        <translation>Código de moneda, p. ej. KES, RWF, USD</translation>
    </message>
    <message>
        <source>Elders who must sign each entry</source>
        <translation>Ancianos que deben firmar cada movimiento</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Código de invitación</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Nombre del grupo:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>Elders who sign each entry:</source>
        <translation>Ancianos que firman cada movimiento:</translation>
    </message>
    <message>
        <source>Invite code:</source>
        <translation>Código de invitación:</translation>
    </message>
    <message>
        <source>Type your passphrase or PIN.</source>
        <translation>Escriba su frase de contraseña o PIN.</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Escriba su nombre.</translation>
    </message>
    <message>
        <source>The passphrase or PIN needs at least 4 characters.</source>
        <translation>La frase de contraseña o el PIN necesita al menos 4 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Name the group.</source>
        <translation>Ponga nombre al grupo.</translation>
    </message>
    <message>
        <source>Type the invite code.</source>
        <translation>Escriba el código de invitación.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>This version cannot fetch a group from the network here yet. Run &apos;lattice join CODE --as NAME&apos; on this computer, then start Lattice again.</source>
        <translation>Esta versión aún no puede traer un grupo de la red desde aquí. Ejecute &apos;lattice join CODE --as NAME&apos; en este ordenador y vuelva a abrir Lattice.</translation>
    </message>
    <message>
        <source>Looking for a member&apos;s computer to share the group… Keep Lattice open.</source>
        <translation>Buscando el ordenador de un miembro que comparta el grupo… Mantenga Lattice abierto.</translation>
    </message>
</context>
<context>
    <name>FundsModel</name>
    <message>
        <source>savings</source>
        <translation>ahorro</translation>
    </message>
    <message>
        <source>social</source>
        <translation>social</translation>
    </message>
    <message>
        <source>loan</source>
        <translation>préstamos</translation>
    </message>
    <message>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>for the family of %1</source>
        <translation>para la familia de %1</translation>
    </message>
    <message>
        <source>a group goal</source>
        <translation>una meta del grupo</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>para el %1</translation>
    </message>
    <message>
        <source>proposed by %1</source>
        <translation>propuesta por %1</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progreso de %1</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Mark achieved</source>
        <translation>Marcar como lograda</translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation>Activar %1</translation>
    </message>
    <message>
        <source>Mark %1 achieved</source>
        <translation>Marcar %1 como lograda</translation>
    </message>
</context>
<context>
    <name>GoalStatusDialog</name>
    <message>
        <source>“%1” becomes %2.</source>
        <translation>«%1» pasa a estar %2.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>lograda</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonada</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>sin cantidad objetivo</translation>
    </message>
    <message>
        <source>target %1; no fund linked yet</source>
        <translation>objetivo %1; aún sin fondo asociado</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 de %2 (%3%)</translation>
    </message>
</context>
<context>
    <name>GoalsStrip</name>
    <message>
        <source>Goals and their progress</source>
        <translation>Metas y su progreso</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Aún no hay metas.</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <source>Propose a goal…</source>
        <translation>Proponer una meta…</translation>
    </message>
    <message>
        <source>The group&apos;s goals</source>
        <translation>Las metas del grupo</translation>
    </message>
    <message>
        <source>This computer holds no group yet.</source>
        <translation>Este ordenador aún no tiene ningún grupo.</translation>
    </message>
    <message>
        <source>No goals yet. Any member may propose one.</source>
        <translation>Aún no hay metas. Cualquier miembro puede proponer una.</translation>
    </message>
    <message>
        <source>Only council members activate goals or mark them achieved.</source>
        <translation>Solo los miembros del consejo activan metas o las marcan como logradas.</translation>
    </message>
</context>
<context>
    <name>InviteCodeDialog</name>
    <message>
        <source>Invite code</source>
        <translation>Código de invitación</translation>
    </message>
    <message>
        <source>Give this code to the person you invite. It works once, until it expires. Anyone who has it can join, so share it only with them.</source>
        <translation>Dé este código a la persona que invita. Sirve una sola vez, hasta que caduque. Quien lo tenga puede unirse, así que compártalo solo con esa persona.</translation>
    </message>
    <message>
        <source>Invite code as a QR code</source>
        <translation>Código de invitación como código QR</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite someone</source>
        <translation>Invitar a alguien</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Válido durante</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Válido durante:</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>contribution</source>
        <translation>aportación</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>retiro</translation>
    </message>
    <message>
        <source>loan</source>
        <translation>préstamo</translation>
    </message>
    <message>
        <source>repayment</source>
        <translation>devolución</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>multa</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transferencia</translation>
    </message>
    <message>
        <source>share-out</source>
        <translation>reparto</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>anulación</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>anulado</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>pending (%1 of %2 sign-offs)</source>
        <translation>pendiente (%1 de %2 firmas)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>Filter by member</source>
        <translation>Filtrar por miembro</translation>
    </message>
    <message>
        <source>Filter by fund</source>
        <translation>Filtrar por fondo</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <source>Filter by sign-off</source>
        <translation>Filtrar por firma</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Confirmed and pending</source>
        <translation>Confirmados y pendientes</translation>
    </message>
    <message>
        <source>Confirmed only</source>
        <translation>Solo confirmados</translation>
    </message>
    <message>
        <source>Pending only</source>
        <translation>Solo pendientes</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation>Movimientos del libro</translation>
    </message>
    <message>
        <source>Select several entries with Shift or Ctrl to sign them off together.</source>
        <translation>Seleccione varios movimientos con Mayús o Ctrl para firmarlos juntos.</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation>Movimientos mostrados</translation>
    </message>
    <message>
        <source>Record an entry…</source>
        <translation>Registrar un movimiento…</translation>
    </message>
    <message>
        <source>Reverse…</source>
        <translation>Anular…</translation>
    </message>
    <message>
        <source>Sign off selected…</source>
        <translation>Firmar los seleccionados…</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>cualquier fecha</translation>
    </message>
    <message>
        <source>This computer holds no group yet.</source>
        <translation>Este ordenador aún no tiene ningún grupo.</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>Todos los miembros</translation>
    </message>
    <message>
        <source>All funds</source>
        <translation>Todos los fondos</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n movimiento</numerusform>
            <numerusform>%n movimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Only council members record entries and only elders sign them off; none of them has a key on this computer. You can still read the ledger.</source>
        <translation>Solo los miembros del consejo registran movimientos y solo los ancianos los firman; ninguno tiene su clave en este ordenador. Aun así puede leer el libro.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You sign off %n entries:</source>
        <translation>
            <numerusform>Usted firma %n movimiento:</numerusform>
            <numerusform>Usted firma %n movimientos:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Libro de cuentas</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Passbook</source>
        <translation>Libreta</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Lattice</source>
        <translation>Lattice</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Choose a section with the arrow keys, or press Ctrl and its number.</source>
        <translation>Elija una sección con las flechas, o pulse Ctrl y su número.</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Lattice — %1</source>
        <translation>Lattice — %1</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Sin sincronizar</translation>
    </message>
    <message>
        <source>Looking for other computers…</source>
        <translation>Buscando otros equipos…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Problema de sincronización</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) connected</source>
        <translation>
            <numerusform>%n equipo conectado</numerusform>
            <numerusform>%n equipos conectados</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync state: %1</source>
        <translation>Estado de sincronización: %1</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Settings for this computer</source>
        <translation>Ajustes de este equipo</translation>
    </message>
    <message>
        <source>Settings for this computer (Ctrl+,)</source>
        <translation>Ajustes de este equipo (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>MeetingGuide</name>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excusado</translation>
    </message>
    <message>
        <source>represented</source>
        <translation>representado</translation>
    </message>
    <message>
        <source>Steps of the meeting</source>
        <translation>Pasos de la reunión</translation>
    </message>
    <message>
        <source>Save attendance…</source>
        <translation>Guardar la asistencia…</translation>
    </message>
    <message>
        <source>Fines paid at this meeting (lateness, absence…):</source>
        <translation>Multas pagadas en esta reunión (retraso, ausencia…):</translation>
    </message>
    <message>
        <source>Record a fine…</source>
        <translation>Registrar una multa…</translation>
    </message>
    <message>
        <source>Each member buys shares into the savings fund.</source>
        <translation>Cada miembro compra acciones del fondo de ahorro.</translation>
    </message>
    <message>
        <source>Record shares bought…</source>
        <translation>Registrar acciones compradas…</translation>
    </message>
    <message>
        <source>Loan repayments, with their interest.</source>
        <translation>Devoluciones de préstamos, con sus intereses.</translation>
    </message>
    <message>
        <source>Record a repayment…</source>
        <translation>Registrar una devolución…</translation>
    </message>
    <message>
        <source>New loans agreed at this meeting.</source>
        <translation>Préstamos nuevos acordados en esta reunión.</translation>
    </message>
    <message>
        <source>Record a new loan…</source>
        <translation>Registrar un préstamo nuevo…</translation>
    </message>
    <message>
        <source>Contributions to the social fund, and help paid from it.</source>
        <translation>Aportaciones al fondo social y ayudas pagadas con él.</translation>
    </message>
    <message>
        <source>Record a social fund contribution…</source>
        <translation>Registrar una aportación al fondo social…</translation>
    </message>
    <message>
        <source>Close the meeting…</source>
        <translation>Cerrar la reunión…</translation>
    </message>
    <message>
        <source>Count the cash in each box and type what you counted. A difference from the books is kept, and the elders witness it before the meeting is closed.</source>
        <translation>Cuente el efectivo de cada caja y escriba lo contado. Una diferencia con el libro queda registrada, y los ancianos la atestiguan antes de cerrar la reunión.</translation>
    </message>
    <message>
        <source>1. Attendance and fines</source>
        <translation>1. Asistencia y multas</translation>
    </message>
    <message>
        <source>2. Shares bought</source>
        <translation>2. Acciones compradas</translation>
    </message>
    <message>
        <source>3. Repayments</source>
        <translation>3. Devoluciones</translation>
    </message>
    <message>
        <source>4. New loans</source>
        <translation>4. Préstamos nuevos</translation>
    </message>
    <message>
        <source>5. Social fund</source>
        <translation>5. Fondo social</translation>
    </message>
    <message>
        <source>6. Cash count and close</source>
        <translation>6. Arqueo y cierre</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Asistencia de %1</translation>
    </message>
    <message>
        <source>books say %1</source>
        <translation>el libro dice %1</translation>
    </message>
    <message>
        <source>Cash counted for %1</source>
        <translation>Efectivo contado de %1</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>contado</translation>
    </message>
    <message>
        <source>Type the cash counted for at least one fund.</source>
        <translation>Escriba el efectivo contado de al menos un fondo.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Un arqueo no puede ser negativo.</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Open a meeting…</source>
        <translation>Abrir una reunión…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Record a decision…</source>
        <translation>Registrar una decisión…</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Sign off this meeting…</source>
        <translation>Firmar esta reunión…</translation>
    </message>
    <message>
        <source>Guided meeting</source>
        <translation>Reunión guiada</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>closing: cash difference to witness</source>
        <translation>cerrándose: diferencia de caja por atestiguar</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>No meeting yet. Open one to start.</source>
        <translation>Aún no hay reuniones. Abra una para empezar.</translation>
    </message>
    <message>
        <source>(no agenda was set)</source>
        <translation>(no se fijó orden del día)</translation>
    </message>
    <message>
        <source>The minutes are empty.</source>
        <translation>El acta está vacía.</translation>
    </message>
    <message>
        <source>The minutes are a draft: %1 of %2 elders approved this text.</source>
        <translation>El acta es un borrador: %1 de %2 ancianos aprobaron este texto.</translation>
    </message>
    <message>
        <source>The minutes are approved (%1 of %2 elders).</source>
        <translation>El acta está aprobada (%1 de %2 ancianos).</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of this meeting await sign-off.</source>
        <translation>
            <numerusform>%n movimiento de esta reunión espera firma.</numerusform>
            <numerusform>%n movimientos de esta reunión esperan firma.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cash count differs from the books; elders witness it.</source>
        <translation>El arqueo no coincide con el libro; los ancianos lo atestiguan.</translation>
    </message>
    <message>
        <source>Attendance: %1 %2.</source>
        <translation>Asistencia: %1 %2.</translation>
    </message>
    <message>
        <source>You sign this meeting&apos;s minutes as they read now, its entries and its cash count.</source>
        <translation>Usted firma el acta de esta reunión tal como está ahora, sus movimientos y su arqueo.</translation>
    </message>
    <message>
        <source>Parts of the meeting</source>
        <translation>Partes de la reunión</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>council</source>
        <translation>consejo</translation>
    </message>
    <message>
        <source>elder</source>
        <translation>anciano</translation>
    </message>
    <message>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>observador</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Members of the group</source>
        <translation>Miembros del grupo</translation>
    </message>
    <message>
        <source>Invite someone…</source>
        <translation>Invitar a alguien…</translation>
    </message>
    <message>
        <source>Remove from group…</source>
        <translation>Retirar del grupo…</translation>
    </message>
    <message>
        <source>This computer holds no group yet.</source>
        <translation>Este equipo todavía no tiene ningún grupo.</translation>
    </message>
    <message>
        <source>Only council members can invite or remove people, and none of them has a key on this computer.</source>
        <translation>Solo los miembros del consejo pueden invitar o retirar personas, y ninguno tiene su llave en este equipo.</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Save the minutes…</source>
        <translation>Guardar el acta…</translation>
    </message>
    <message>
        <source>Open or choose a meeting to keep its minutes.</source>
        <translation>Abra o elija una reunión para llevar su acta.</translation>
    </message>
    <message>
        <source>Not saved yet. Others&apos; saved changes still merge in as they arrive.</source>
        <translation>Aún sin guardar. Los cambios guardados por otros se siguen incorporando según llegan.</translation>
    </message>
    <message>
        <source>Saved. Changes from other computers appear here as they arrive.</source>
        <translation>Guardado. Los cambios de otros ordenadores aparecen aquí según llegan.</translation>
    </message>
    <message>
        <source>Nobody on this computer may write the minutes; you can read them.</source>
        <translation>Nadie en este ordenador puede escribir el acta; puede leerla.</translation>
    </message>
</context>
<context>
    <name>OpenMeetingDialog</name>
    <message>
        <source>Open a meeting</source>
        <translation>Abrir una reunión</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Agenda, one item per line</source>
        <translation>Orden del día, un punto por línea</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>Un punto por línea</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Orden del día:</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Set up this computer…</source>
        <translation>Configurar este ordenador…</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Actividad reciente</translation>
    </message>
    <message>
        <source>Funds, confirmed and pending</source>
        <translation>Fondos, confirmado y pendiente</translation>
    </message>
    <message>
        <source>Pooled funds over time</source>
        <translation>Fondos comunes a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Fondos</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>members</source>
        <translation>miembros</translation>
    </message>
    <message>
        <source>elders; %1 must sign each entry</source>
        <translation>ancianos; %1 deben firmar cada registro</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>This computer holds no group yet. Create one with the command &apos;lattice group create&apos;, or join one with an invite code.</source>
        <translation>Este equipo todavía no tiene ningún grupo. Cree uno con la orden &apos;lattice group create&apos;, o únase a uno con un código de invitación.</translation>
    </message>
    <message>
        <source>other computers connected</source>
        <translation>otros equipos conectados</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) do not count:</source>
        <translation>
            <numerusform>%n registro no cuenta:</numerusform>
            <numerusform>%n registros no cuentan:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s computer sent two different records with the same number. Their records from that point on do not count until the council sorts it out.</source>
        <translation>El equipo de %1 envió dos registros distintos con el mismo número. Sus registros a partir de ese punto no cuentan hasta que el consejo lo resuelva.</translation>
    </message>
</context>
<context>
    <name>PassbookModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>PassbookSlip</name>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>(+%1 pending)</source>
        <translation>(+%1 pendiente)</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Ahorro</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Loan owed</source>
        <translation>Préstamo debido</translation>
    </message>
    <message>
        <source>Interest paid</source>
        <translation>Intereses pagados</translation>
    </message>
    <message>
        <source>Fines paid</source>
        <translation>Multas pagadas</translation>
    </message>
    <message>
        <source>Share-out (projected)</source>
        <translation>Reparto (previsto)</translation>
    </message>
    <message>
        <source>%1 — passbook of %2</source>
        <translation>%1 — libreta de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier line(s) not shown.</source>
        <translation>
            <numerusform>%n línea anterior no se muestra.</numerusform>
            <numerusform>%n líneas anteriores no se muestran.</numerusform>
        </translation>
    </message>
    <message>
        <source>State code: %1 (%2 changes)</source>
        <translation>Código de estado: %1 (%2 cambios)</translation>
    </message>
    <message>
        <source>Any computer of the group shows the same code when it holds the same signed records.</source>
        <translation>Cualquier ordenador del grupo muestra el mismo código cuando tiene los mismos registros firmados.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Movimientos</translation>
    </message>
</context>
<context>
    <name>PassbookView</name>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Print slip…</source>
        <translation>Imprimir el comprobante…</translation>
    </message>
    <message>
        <source>Save slip as PDF…</source>
        <translation>Guardar el comprobante en PDF…</translation>
    </message>
    <message>
        <source>Passbook of:</source>
        <translation>Libreta de:</translation>
    </message>
    <message>
        <source>Passbook entries</source>
        <translation>Movimientos de la libreta</translation>
    </message>
    <message>
        <source>State code</source>
        <translation>Código de estado</translation>
    </message>
    <message>
        <source>This computer holds no group yet.</source>
        <translation>Este ordenador aún no tiene ningún grupo.</translation>
    </message>
    <message>
        <source>State code %1 — the same on every computer holding the same records.</source>
        <translation>Código de estado %1: el mismo en todo ordenador que tenga los mismos registros.</translation>
    </message>
    <message>
        <source>Save slip as PDF</source>
        <translation>Guardar el comprobante en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <source>found on this network</source>
        <translation>encontrado en esta red</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>añadido a mano</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>How found</source>
        <translation>Cómo se encontró</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>PeersView</name>
    <message>
        <source>This computer: %1</source>
        <translation>Este equipo: %1</translation>
    </message>
    <message>
        <source>Other computers</source>
        <translation>Otros equipos</translation>
    </message>
    <message>
        <source>e.g. /ip4/192.168.1.20/tcp/4001/p2p/12D3KooW…</source>
        <translation>p. ej. /ip4/192.168.1.20/tcp/4001/p2p/12D3KooW…</translation>
    </message>
    <message>
        <source>Address of another computer</source>
        <translation>Dirección de otro equipo</translation>
    </message>
    <message>
        <source>Add computer</source>
        <translation>Añadir equipo</translation>
    </message>
    <message>
        <source>Computers on the same network find each other by themselves. If the network blocks that, type the address shown on the other computer.</source>
        <translation>Los equipos de la misma red se encuentran solos. Si la red lo impide, escriba la dirección que muestra el otro equipo.</translation>
    </message>
    <message>
        <source>Its address: %1</source>
        <translation>Su dirección: %1</translation>
    </message>
</context>
<context>
    <name>PendingView</name>
    <message>
        <source>This section is not available in this version of Lattice yet.</source>
        <translation>Esta sección todavía no está disponible en esta versión de Lattice.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Nobody (reading only)</source>
        <translation>Nadie (solo lectura)</translation>
    </message>
    <message>
        <source>At the keyboard:</source>
        <translation>Ante el teclado:</translation>
    </message>
    <message>
        <source>Who is at the keyboard</source>
        <translation>Quién está ante el teclado</translation>
    </message>
    <message>
        <source>Choose who is using this computer. Reading needs no passphrase; the first signature asks it once, until the computer locks again.</source>
        <translation>Elija quién usa este equipo. Leer no necesita contraseña; la primera firma la pide una vez, hasta que el equipo se vuelva a bloquear.</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Lock the signing key now</source>
        <translation>Bloquear ahora la clave de firma</translation>
    </message>
    <message>
        <source>Forget the unlocked key now (Ctrl+L)</source>
        <translation>Olvidar ahora la clave desbloqueada (Ctrl+L)</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Comprobando la contraseña…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueado</translation>
    </message>
    <message numerus="yes">
        <source>Signs without asking again; locks after %n idle minute(s), or with Lock now.</source>
        <translation>
            <numerusform>Firma sin volver a preguntar; se bloquea tras %n minuto sin actividad, o con Bloquear ahora.</numerusform>
            <numerusform>Firma sin volver a preguntar; se bloquea tras %n minutos sin actividad, o con Bloquear ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>The first signature asks the passphrase once.</source>
        <translation>La primera firma pide la contraseña una vez.</translation>
    </message>
</context>
<context>
    <name>PooledChart</name>
    <message>
        <source>No money recorded yet.</source>
        <translation>Todavía no hay dinero registrado.</translation>
    </message>
    <message>
        <source>The chart fills in as elders sign entries off.</source>
        <translation>El gráfico se completa a medida que los ancianos firman las entradas.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Settings for this computer</source>
        <translation>Ajustes de este equipo</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <source>Lock after how many idle minutes</source>
        <translation>Tras cuántos minutos sin actividad se bloquea</translation>
    </message>
    <message>
        <source>On a shared computer, a person&apos;s unlocked signing key locks again after this long without keyboard or mouse use. From %1 to %2 minutes.</source>
        <translation>En un equipo compartido, la clave de firma desbloqueada de una persona se vuelve a bloquear tras este tiempo sin usar el teclado ni el ratón. De %1 a %2 minutos.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>%1 minutes is not allowed; it is set to %2 instead. Press OK to keep it.</source>
        <translation>%1 minutos no está permitido; se ha puesto %2 en su lugar. Pulse Aceptar para conservarlo.</translation>
    </message>
    <message>
        <source>The setting could not be saved in %1; it applies until Lattice is closed.</source>
        <translation>No se pudo guardar el ajuste en %1; se aplica hasta que se cierre Lattice.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) idle</source>
        <translation>
            <numerusform>%n minuto sin actividad</numerusform>
            <numerusform>%n minutos sin actividad</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose from %1 to %2 minutes.</source>
        <translation>Elija de %1 a %2 minutos.</translation>
    </message>
</context>
<context>
    <name>ProposeGoalDialog</name>
    <message>
        <source>Propose a goal</source>
        <translation>Proponer una meta</translation>
    </message>
    <message>
        <source>What the goal is</source>
        <translation>En qué consiste la meta</translation>
    </message>
    <message>
        <source>Target in %1</source>
        <translation>Objetivo en %1</translation>
    </message>
    <message>
        <source>leave empty for no target</source>
        <translation>déjelo vacío si no hay objetivo</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Tiene fecha límite</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Fund that saves for it</source>
        <translation>Fondo que ahorra para ella</translation>
    </message>
    <message>
        <source>No fund yet</source>
        <translation>Aún sin fondo</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Meta:</translation>
    </message>
    <message>
        <source>Target (%1):</source>
        <translation>Objetivo (%1):</translation>
    </message>
    <message>
        <source>Fund:</source>
        <translation>Fondo:</translation>
    </message>
    <message>
        <source>Say what the goal is.</source>
        <translation>Diga en qué consiste la meta.</translation>
    </message>
    <message>
        <source>The target must be more than zero.</source>
        <translation>El objetivo debe ser mayor que cero.</translation>
    </message>
</context>
<context>
    <name>RemoveMemberDialog</name>
    <message>
        <source>Remove %1</source>
        <translation>Retirar a %1</translation>
    </message>
    <message>
        <source>%1 will no longer receive the group&apos;s new records, and what they write from now on will not count. What is already on their computer stays there.</source>
        <translation>%1 dejará de recibir los nuevos registros del grupo, y lo que escriba desde ahora no contará. Lo que ya está en su equipo se queda allí.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
</context>
<context>
    <name>ReverseEntryDialog</name>
    <message>
        <source>Reverse an entry</source>
        <translation>Anular un movimiento</translation>
    </message>
    <message>
        <source>%1

Nothing is deleted: a reversal entry cancels this one, and both stay in the books. The elders sign off the reversal like any entry.</source>
        <translation>%1

No se borra nada: un movimiento de anulación cancela este, y ambos quedan en el libro. Los ancianos firman la anulación como cualquier movimiento.</translation>
    </message>
    <message>
        <source>Why it is reversed</source>
        <translation>Por qué se anula</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
</context>
<context>
    <name>SaveMinutesDialog</name>
    <message>
        <source>Save the minutes</source>
        <translation>Guardar el acta</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign off</source>
        <translation>Firmar</translation>
    </message>
</context>
<context>
    <name>StepEntriesModel</name>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <source>Lattice cannot start</source>
        <translation>Lattice no puede iniciarse</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used: %2</source>
        <translation>No se puede usar la carpeta de datos %1: %2</translation>
    </message>
    <message>
        <source>network sync is switched off</source>
        <translation>la sincronización por red está desactivada</translation>
    </message>
</context>
</TS>
