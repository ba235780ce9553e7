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
        <source>Signed &amp;by:</source>
        <translation>Firmado &amp;por:</translation>
    </message>
    <message>
        <source>Passp&amp;hrase or PIN:</source>
        <translation>Contraseña o P&amp;IN:</translation>
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
        <translation>p. ej. 250,00</translation>
    </message>
    <message>
        <source>Interest in %1</source>
        <translation>Interés en %1</translation>
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
        <source>Say in the note what the expense was for.</source>
        <translation>Diga en la nota para qué fue el gasto.</translation>
    </message>
    <message>
        <source>Choose two different funds for a transfer.</source>
        <translation>Elija dos fondos distintos para una transferencia.</translation>
    </message>
    <message>
        <source>empty: the interest due, computed</source>
        <translation>vacío: el interés pendiente, calculado</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Term of the loan in months</source>
        <translation>Plazo del préstamo en meses</translation>
    </message>
    <message>
        <source>Fine of the schedule</source>
        <translation>Multa del reglamento</translation>
    </message>
    <message>
        <source>(type the amount)</source>
        <translation>(escriba el importe)</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Plazo:</translation>
    </message>
    <message>
        <source>Fine:</source>
        <translation>Multa:</translation>
    </message>
    <message>
        <source>Choose the fine of the schedule that is owed.</source>
        <translation>Elija la multa del reglamento que se debe.</translation>
    </message>
    <message>
        <source>Members of which %1</source>
        <translation>Miembros de qué %1</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Cualquier %1</translation>
    </message>
</context>
<context>
    <name>AddFundDialog</name>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Ninguna meta</translation>
    </message>
    <message>
        <source>Goal the fund saves for</source>
        <translation>Meta para la que ahorra el fondo</translation>
    </message>
    <message>
        <source>Kind of fund</source>
        <translation>Tipo de fondo</translation>
    </message>
    <message>
        <source>e.g. Social fund</source>
        <translation>p. ej. Fondo social</translation>
    </message>
    <message>
        <source>Name of the fund</source>
        <translation>Nombre del fondo</translation>
    </message>
    <message>
        <source>Add a fund</source>
        <translation>Añadir un fondo</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>The two passphrases or PINs differ.</source>
        <translation>Las dos frases de contraseña o PIN no coinciden.</translation>
    </message>
    <message>
        <source>Let them type a passphrase or PIN.</source>
        <translation>Deje que escriba una frase de contraseña o PIN.</translation>
    </message>
    <message>
        <source>Type their name.</source>
        <translation>Escriba su nombre.</translation>
    </message>
    <message>
        <source>Their %1</source>
        <translation>Su %1</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>Se &amp;unió el:</translation>
    </message>
    <message>
        <source>Their &amp;role:</source>
        <translation>Su &amp;función:</translation>
    </message>
    <message>
        <source>The same &amp;again:</source>
        <translation>Lo mismo otra &amp;vez:</translation>
    </message>
    <message>
        <source>Their &amp;passphrase or PIN:</source>
        <translation>Su frase de contraseña o &amp;PIN:</translation>
    </message>
    <message>
        <source>Their &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Day they joined</source>
        <translation>Día en que se unió</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguno aún</translation>
    </message>
    <message>
        <source>Their district</source>
        <translation>Su distrito</translation>
    </message>
    <message>
        <source>Their role</source>
        <translation>Su función</translation>
    </message>
    <message>
        <source>Their passphrase or PIN again</source>
        <translation>Su frase de contraseña o PIN otra vez</translation>
    </message>
    <message>
        <source>Their passphrase or PIN</source>
        <translation>Su frase de contraseña o PIN</translation>
    </message>
    <message>
        <source>Their name in the group</source>
        <translation>Su nombre en el grupo</translation>
    </message>
    <message>
        <source>For someone who has no computer of their own: they sign on this one with their own passphrase or PIN. Let them type it.</source>
        <translation>Para alguien que no tiene equipo propio: firma en este con su propia frase de contraseña o PIN. Deje que la escriba.</translation>
    </message>
    <message>
        <source>Add a member without a computer</source>
        <translation>Añadir un miembro sin equipo</translation>
    </message>
    <message>
        <source>Sealing their key with their passphrase… This takes a few seconds.</source>
        <translation>Sellando su clave con su frase de contraseña… Tarda unos segundos.</translation>
    </message>
    <message>
        <source>Their key could not be made: %1</source>
        <translation>No se pudo crear su clave: %1</translation>
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
    <name>AttendanceModel</name>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (sin guardar)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Asistencia de %1</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <source>Backup:</source>
        <translation>Copia de seguridad:</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia ahora…</translation>
    </message>
    <message>
        <source>Write a copy of this computer&apos;s data into a folder, e.g. on a USB stick</source>
        <translation>Escribir una copia de los datos de este equipo en una carpeta, por ejemplo en una memoria USB</translation>
    </message>
    <message>
        <source>Back up into which folder?</source>
        <translation>¿En qué carpeta guardar la copia?</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n changes to %1.</source>
        <translation>
            <numerusform>Se copió %n cambio en %1.</numerusform>
            <numerusform>Se copiaron %n cambios en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s data has never been backed up: use Settings, or &apos;lattice backup&apos;.</source>
        <translation>Nunca se ha hecho una copia de seguridad de los datos de este equipo: use Ajustes o &apos;lattice backup&apos;.</translation>
    </message>
    <message>
        <source>Last backup of this computer&apos;s data: %1</source>
        <translation>Última copia de seguridad de los datos de este equipo: %1</translation>
    </message>
</context>
<context>
    <name>ChargeFinesDialog</name>
    <message>
        <source>Charge the fines for absence and lateness</source>
        <translation>Cargar las multas por ausencia y retraso</translation>
    </message>
    <message>
        <source>Each member saved as absent owes the schedule&apos;s absence fine, each member saved as late its lateness fine. They pay it now or at a later meeting.</source>
        <translation>Cada miembro registrado como ausente debe la multa por ausencia del reglamento, y cada miembro registrado como tarde la multa por retraso. La pagan ahora o en una reunión posterior.</translation>
    </message>
</context>
<context>
    <name>CloseCycleDialog</name>
    <message>
        <source>Close the savings cycle</source>
        <translation>Cerrar el ciclo de ahorro</translation>
    </message>
    <message>
        <source>Last day of the cycle</source>
        <translation>Último día del ciclo</translation>
    </message>
    <message>
        <source>Every member must have been paid their share-out. The elders then sign the close off; from then on nothing dated in the cycle can be recorded.</source>
        <translation>A cada miembro se le debe haber pagado su reparto. Después los ancianos firman el cierre; desde entonces no se puede registrar nada con fecha del ciclo.</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ú&amp;ltimo día:</translation>
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
    <name>ColumnFitter</name>
    <message>
        <source>Show every column</source>
        <translation>Mostrar todas las columnas</translation>
    </message>
    <message>
        <source>Show every column of the table</source>
        <translation>Mostrar todas las columnas de la tabla</translation>
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
    <name>DistrictsModel</name>
    <message>
        <source>(no %1)</source>
        <translation>(sin %1)</translation>
    </message>
    <message>
        <source>Not from members</source>
        <translation>Dinero que no es de miembros</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>district</source>
        <translation>distrito</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Contributed</source>
        <translation>Aportado</translation>
    </message>
    <message>
        <source>%1 more pending sign-off</source>
        <translation>%1 más pendiente de firma</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Ahorros</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation>Parte de %1</translation>
    </message>
    <message>
        <source>Share of the goal</source>
        <translation>Parte de la meta</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Comprobando la frase de contraseña…</translation>
    </message>
    <message>
        <source>The key could not be opened: %1</source>
        <translation>No se pudo abrir la clave: %1</translation>
    </message>
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
        <translation>Un paquete contiene los propios registros firmados; cualquiera puede comprobarlo con &apos;lattice verify&apos; sin fiarse de este equipo.</translation>
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
        <translation>Nadie en este equipo puede firmar un paquete.</translation>
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
        <translation>Fiscales que deben firmar cada movimiento</translation>
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
        <translation>Fiscales que firman cada movimiento:</translation>
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
        <translation>Esta versión aún no puede traer un grupo de la red desde aquí. Ejecute &apos;lattice join CODE --as NAME&apos; en este equipo y vuelva a abrir Lattice.</translation>
    </message>
    <message>
        <source>Looking for a member&apos;s computer to share the group… Keep Lattice open.</source>
        <translation>Buscando el equipo de un miembro que comparta el grupo… Mantenga Lattice abierto.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Comprobando la frase de contraseña…</translation>
    </message>
    <message>
        <source>Sealing your key with your passphrase… This takes a few seconds.</source>
        <translation>Sellando su clave con su frase de contraseña… Tarda unos segundos.</translation>
    </message>
    <message>
        <source>Your key could not be made: %1</source>
        <translation>No se pudo crear su clave: %1</translation>
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
        <source>Day of the change</source>
        <translation>Día del cambio</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>El:</translation>
    </message>
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
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message numerus="yes">
        <source>%n family goal(s), %1 achieved (see Goals)</source>
        <translation>
            <numerusform>%n meta familiar, %1 lograda (ver Metas)</numerusform>
            <numerusform>%n metas familiares, %1 logradas (ver Metas)</numerusform>
        </translation>
    </message>
    <message>
        <source>district</source>
        <translation>distrito</translation>
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
        <translation>Este equipo aún no tiene ningún grupo.</translation>
    </message>
    <message>
        <source>No goals yet. Any member may propose one.</source>
        <translation>Aún no hay metas. Cualquier miembro puede proponer una.</translation>
    </message>
    <message>
        <source>Only council members activate goals or mark them achieved.</source>
        <translation>Solo los miembros del consejo activan metas o las marcan como logradas.</translation>
    </message>
    <message>
        <source>Families&apos; own goals</source>
        <translation>Metas propias de las familias</translation>
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
        <source>Activate the selected family goal</source>
        <translation>Activar la meta familiar seleccionada</translation>
    </message>
    <message>
        <source>Mark the selected family goal achieved</source>
        <translation>Marcar como lograda la meta familiar seleccionada</translation>
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
        <source>Copy the code or scan the QR code to keep the address: read aloud, the letters alone work only on the same network.</source>
        <translation>Copie el código o escanee el código QR para conservar la dirección: leídas en voz alta, las letras solas sirven solo en la misma red.</translation>
    </message>
    <message>
        <source>Network address in the code</source>
        <translation>Dirección de red en el código</translation>
    </message>
    <message>
        <source>Invite code as a QR code</source>
        <translation>Código de invitación como código QR</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>It also carries the group&apos;s relays (%1), so a computer in another place can reach this one through them.</source>
        <translation>También lleva los relés del grupo (%1), para que un equipo en otro lugar pueda llegar a este a través de ellos.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>None: the council places them later</source>
        <translation>Ninguno: el consejo lo asigna más tarde</translation>
    </message>
    <message>
        <source>%1 the new member joins</source>
        <translation>%1 del nuevo miembro</translation>
    </message>
    <message>
        <source>The code carries no network address: the other computer must be on the same network as this one.</source>
        <translation>El código no lleva ninguna dirección de red: el otro equipo debe estar en la misma red que este.</translation>
    </message>
    <message>
        <source>The code carries only this computer&apos;s own internal address, %1 (port %2), which other computers cannot use: the other computer must be on the same network as this one.</source>
        <translation>El código lleva solo la dirección interna de este equipo, %1 (puerto %2), que los otros equipos no pueden usar: el otro equipo debe estar en la misma red que este.</translation>
    </message>
    <message>
        <source>The code carries this computer&apos;s network address, %1 (port %2), so the other computer can reach this one even on a network that stops computers from finding each other.</source>
        <translation>El código lleva la dirección de red de este equipo, %1 (puerto %2), para que el otro equipo pueda llegar a este incluso en una red que impide que los equipos se encuentren entre sí.</translation>
    </message>
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
    <name>JoinDayDialog</name>
    <message>
        <source>Correct the join day of %1</source>
        <translation>Corregir el día de ingreso de %1</translation>
    </message>
    <message>
        <source>%1 joined on %2, as the records say now.</source>
        <translation>Según los registros, %1 se unió el %2.</translation>
    </message>
    <message>
        <source>No join day was said for %1 yet.</source>
        <translation>Aún no se indicó el día de ingreso de %1.</translation>
    </message>
    <message>
        <source>Entries for them cannot be dated before the day they joined, and the day cannot be later than an entry already recorded for them.</source>
        <translation>Sus movimientos no pueden tener fecha anterior al día en que se unió, y ese día no puede ser posterior a un movimiento ya registrado a su nombre.</translation>
    </message>
    <message>
        <source>Day they joined</source>
        <translation>Día en que se unió</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>Se &amp;unió el:</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>fine: %1</source>
        <translation>multa: %1</translation>
    </message>
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
        <source>expense</source>
        <translation>gasto</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>anulación</translation>
    </message>
    <message>
        <source>cash shortage</source>
        <translation>faltante de caja</translation>
    </message>
    <message>
        <source>cash surplus</source>
        <translation>sobrante de caja</translation>
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
    <message>
        <source>fine owed</source>
        <translation>multa pendiente</translation>
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
        <translation>Este equipo aún no tiene ningún grupo.</translation>
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
            <numerusform>%Ln movimiento</numerusform>
            <numerusform>%Ln movimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Only council members record entries and only elders sign them off; none of them has a key on this computer. You can still read the ledger.</source>
        <translation>Solo los miembros del consejo registran movimientos y solo los fiscales los firman; ninguno tiene su clave en este equipo. Aun así puede leer el libro.</translation>
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
    <message>
        <source>Filter by district</source>
        <translation>Filtrar por distrito</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrar por %1</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Cualquier %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Choose a section with the arrow keys, or press Alt and its underlined letter, or Ctrl and its number.</source>
        <translation>Elija una sección con las flechas, o pulse Alt y su letra subrayada, o Ctrl y su número.</translation>
    </message>
    <message>
        <source>%1 (Alt+%2 or Ctrl+%3)</source>
        <translation>%1 (Alt+%2 o Ctrl+%3)</translation>
    </message>
    <message>
        <source>Rules and funds</source>
        <translation>Reglas y fondos</translation>
    </message>
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
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
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
    <name>MeetingGrid</name>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Social fund</source>
        <translation>Fondo social</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Fines paid</source>
        <translation>Multas pagadas</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
</context>
<context>
    <name>MeetingGridDialog</name>
    <message>
        <source>Record every line of the meeting</source>
        <translation>Registrar todas las líneas de la reunión</translation>
    </message>
</context>
<context>
    <name>MeetingGridStep</name>
    <message>
        <source>Type every member&apos;s lines at once: shares bought, social fund, repayment, and the names of the fines paid (a fine owed is paid first). The last row shows the totals; the elders sign the meeting&apos;s lines together.</source>
        <translation>Escriba a la vez las líneas de cada miembro: acciones compradas, fondo social, devolución y los nombres de las multas pagadas (primero se paga una multa pendiente). La última fila muestra los totales; los fiscales firman juntas las líneas de la reunión.</translation>
    </message>
    <message>
        <source>Lines of the meeting, a row per member</source>
        <translation>Líneas de la reunión, una fila por miembro</translation>
    </message>
    <message>
        <source>Record every line…</source>
        <translation>Registrar todas las líneas…</translation>
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
        <translation>Cuente el efectivo de cada caja y escriba lo contado. Una diferencia con el libro queda registrada, y los fiscales la atestiguan antes de cerrar la reunión.</translation>
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
    <message>
        <source>late</source>
        <translation>tarde</translation>
    </message>
    <message>
        <source>Charge the fines for absence and lateness…</source>
        <translation>Cargar las multas por ausencia y retraso…</translation>
    </message>
    <message>
        <source>Or every line at once</source>
        <translation>O todas las líneas a la vez</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Type a letter or press F2 to choose a member&apos;s attendance.</source>
        <translation>Escriba una letra o pulse F2 para elegir la asistencia de un miembro.</translation>
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
        <translation>El acta es un borrador: %1 de %2 fiscales aprobaron este texto.</translation>
    </message>
    <message>
        <source>The minutes are approved (%1 of %2 elders).</source>
        <translation>El acta está aprobada (%1 de %2 fiscales).</translation>
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
        <translation>El arqueo no coincide con el libro; los fiscales lo atestiguan.</translation>
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
    <message numerus="yes">
        <source>%n lines for %1 members:</source>
        <translation>
            <numerusform>%Ln línea para %1 miembros:</numerusform>
            <numerusform>%Ln líneas para %1 miembros:</numerusform>
        </translation>
    </message>
    <message>
        <source>shares: %1 (%2)</source>
        <translation>acciones: %1 (%2)</translation>
    </message>
    <message>
        <source>social fund: %1</source>
        <translation>fondo social: %1</translation>
    </message>
    <message>
        <source>repayments: %1</source>
        <translation>devoluciones: %1</translation>
    </message>
    <message>
        <source>fines: %1</source>
        <translation>multas: %1</translation>
    </message>
    <message>
        <source>in all: %1</source>
        <translation>en total: %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberStatusDialog</name>
    <message>
        <source>Suspend %1</source>
        <translation>Suspender a %1</translation>
    </message>
    <message>
        <source>%1 may still repay loans and pay fines, but not buy shares, save or borrow until reinstated.</source>
        <translation>%1 todavía puede devolver préstamos y pagar multas, pero no comprar acciones, ahorrar ni pedir préstamos hasta que se le readmita.</translation>
    </message>
    <message>
        <source>Reinstate %1</source>
        <translation>Readmitir a %1</translation>
    </message>
    <message>
        <source>%1 becomes an active member again.</source>
        <translation>%1 vuelve a ser un miembro activo.</translation>
    </message>
    <message>
        <source>Day it takes effect</source>
        <translation>Día en que entra en vigor</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
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
        <translation>fiscal</translation>
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
        <source>not said</source>
        <translation>sin indicar</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n entries dated earlier</source>
        <translation>
            <numerusform>%1, %n movimiento con fecha anterior</numerusform>
            <numerusform>%1, %n movimientos con fecha anterior</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries dated before they joined (signed before the join day was set; they count):</source>
        <translation>Movimientos con fecha anterior a su ingreso (firmados antes de fijar el día de ingreso; cuentan):</translation>
    </message>
    <message>
        <source>No join day was said for them, so entries for them may have any date. The council can set one: Correct join day…</source>
        <translation>No se indicó su día de ingreso, así que sus movimientos pueden tener cualquier fecha. El consejo puede fijarlo: Día de ingreso…</translation>
    </message>
    <message>
        <source>The first day entries for them may be dated</source>
        <translation>El primer día que pueden tener sus movimientos</translation>
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
        <source>Joined</source>
        <translation>Se unió</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>representative of %1</source>
        <translation>representante de %1</translation>
    </message>
    <message>
        <source>district</source>
        <translation>distrito</translation>
    </message>
    <message>
        <source>%1; signing for the family too: %2</source>
        <translation>%1; también firman por la familia: %2</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Add someone without a computer…</source>
        <translation>Añadir a alguien sin equipo…</translation>
    </message>
    <message>
        <source>Suspend or reinstate…</source>
        <translation>Suspender o readmitir…</translation>
    </message>
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
        <source>Correct join day…</source>
        <translation>Día de ingreso…</translation>
    </message>
    <message>
        <source>Correct the selected member&apos;s join day (%1)</source>
        <translation>Corregir el día de ingreso del miembro elegido (%1)</translation>
    </message>
    <message>
        <source>This computer holds no group yet.</source>
        <translation>Este equipo todavía no tiene ningún grupo.</translation>
    </message>
    <message>
        <source>Only council members can invite, add or remove people or correct their join day, and none of them has a key on this computer.</source>
        <translation>Solo los miembros del consejo pueden invitar, añadir o retirar personas o corregir su día de ingreso, y ninguno tiene su llave en este equipo.</translation>
    </message>
    <message>
        <source>Show the members of</source>
        <translation>Mostrar los miembros de</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) have entries dated before the day they joined (signed before the day was corrected). They count; point at the Joined day to see which.</source>
        <translation>
            <numerusform>%n miembro tiene movimientos con fecha anterior a su ingreso (firmados antes de corregir el día). Cuentan; señale su fecha en «Se unió» para ver cuáles.</numerusform>
            <numerusform>%n miembros tienen movimientos con fecha anterior a su ingreso (firmados antes de corregir el día). Cuentan; señale su fecha en «Se unió» para ver cuáles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the members of which %1</source>
        <translation>Miembros por %1</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Cualquier %1</translation>
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
        <translation>Guardado. Los cambios de otros equipos aparecen aquí según llegan.</translation>
    </message>
    <message>
        <source>Nobody on this computer may write the minutes; you can read them.</source>
        <translation>Nadie en este equipo puede escribir el acta; puede leerla.</translation>
    </message>
</context>
<context>
    <name>OpenCycleDialog</name>
    <message>
        <source>Open a savings cycle</source>
        <translation>Abrir un ciclo de ahorro</translation>
    </message>
    <message>
        <source>First day of the cycle</source>
        <translation>Primer día del ciclo</translation>
    </message>
    <message>
        <source>Planned last day</source>
        <translation>Último día previsto</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <source>Number of meetings</source>
        <translation>Número de reuniones</translation>
    </message>
    <message>
        <source>e.g. 5 (empty: the smallest coin)</source>
        <translation>p. ej. 5 (vacío: la moneda más pequeña)</translation>
    </message>
    <message>
        <source>Payouts rounded down to</source>
        <translation>Pagos redondeados hacia abajo a</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Primer día:</translation>
    </message>
    <message>
        <source>Planned &amp;last day:</source>
        <translation>Último día &amp;previsto:</translation>
    </message>
    <message>
        <source>&amp;Meetings:</source>
        <translation>&amp;Reuniones:</translation>
    </message>
    <message>
        <source>Payouts rounded &amp;down to:</source>
        <translation>Pagos redon&amp;deados a:</translation>
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
    <message>
        <source>The whole group</source>
        <translation>Todo el grupo</translation>
    </message>
    <message>
        <source>Meeting of which %1</source>
        <translation>Reunión de qué %1</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>This is the group&apos;s only computer…</source>
        <translation>Este es el único equipo del grupo…</translation>
    </message>
    <message>
        <source>Let this computer write again without connecting to another one first</source>
        <translation>Permitir que este equipo vuelva a escribir sin conectarse antes a otro</translation>
    </message>
    <message>
        <source>Is this the group&apos;s only computer?</source>
        <translation>¿Es este el único equipo del grupo?</translation>
    </message>
    <message>
        <source>Lift the hold only if no other computer holds this group. If one does, connect to it instead: records this computer wrote after the backup are there, and writing before they are back would make the other computers ignore that person&apos;s later records.</source>
        <translation>Levante la retención solo si ningún otro equipo tiene este grupo. Si alguno lo tiene, conéctese a él: allí están los registros que este equipo escribió después de la copia, y escribir antes de que vuelvan haría que los demás equipos ignoren los registros posteriores de esa persona.</translation>
    </message>
    <message>
        <source>Yes, it is the only one</source>
        <translation>Sí, es el único</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in arrears on loans, %1 in all:</source>
        <translation>
            <numerusform>%n miembro atrasado en sus préstamos, %1 en total:</numerusform>
            <numerusform>%n miembros atrasados en sus préstamos, %1 en total:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 late since %3</source>
        <translation>%1: %2 atrasado desde el %3</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) owe fines, %1 in all</source>
        <translation>
            <numerusform>%n miembro debe multas, %1 en total</numerusform>
            <numerusform>%n miembros deben multas, %1 en total</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Set up this computer…</source>
        <translation>Configurar este equipo…</translation>
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
    <message numerus="yes">
        <source>member(s)</source>
        <translation>
            <numerusform>miembro</numerusform>
            <numerusform>miembros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suspended</source>
        <translation>
            <numerusform>%n suspendido</numerusform>
            <numerusform>%n suspendidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>elder(s)</source>
        <translation>
            <numerusform>fiscal</numerusform>
            <numerusform>fiscales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n must sign each entry</source>
        <translation>
            <numerusform>%n debe firmar cada registro</numerusform>
            <numerusform>%n deben firmar cada registro</numerusform>
        </translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>This computer holds no group yet. Start a new group, or join one with an invite code from a member: choose Set up this computer.</source>
        <translation>Este equipo todavía no tiene ningún grupo. Cree un grupo nuevo o únase a uno con el código de invitación de un miembro: elija «Configurar este equipo».</translation>
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
    <message>
        <source>By %1</source>
        <translation>Por %1</translation>
    </message>
    <message>
        <source>Figures by %1</source>
        <translation>Cifras por %1</translation>
    </message>
    <message>
        <source>Last heard from</source>
        <translation>Últimas noticias</translation>
    </message>
    <message>
        <source>Figures by district</source>
        <translation>Cifras por distrito</translation>
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
        <source>%1 in cash, %2 of loan settled</source>
        <translation>%1 en efectivo, %2 de préstamo saldado</translation>
    </message>
    <message>
        <source>Share-out paid</source>
        <translation>Reparto pagado</translation>
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
        <translation>Cualquier equipo del grupo muestra el mismo código cuando tiene los mismos registros firmados.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Movimientos</translation>
    </message>
    <message>
        <source>Loan of %1 on %2, due %3</source>
        <translation>Préstamo de %1 del %2, vence el %3</translation>
    </message>
    <message>
        <source>%1 owed, interest due %2</source>
        <translation>debe %1, interés pendiente %2</translation>
    </message>
    <message>
        <source>; in arrears %1 since %2</source>
        <translation>; atrasado %1 desde el %2</translation>
    </message>
    <message>
        <source>Fines owed</source>
        <translation>Multas pendientes</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Cuotas</translation>
    </message>
</context>
<context>
    <name>PassbookView</name>
    <message>
        <source>Sign off the close…</source>
        <translation>Firmar el cierre…</translation>
    </message>
    <message>
        <source>Elders sign the cycle&apos;s close; it closes once the quorum signed</source>
        <translation>Los ancianos firman el cierre del ciclo; se cierra cuando firmó el quórum</translation>
    </message>
    <message>
        <source>The close of the savings cycle from %1 to %2. Once the quorum of elders signed it, nothing dated in the cycle can be recorded.</source>
        <translation>El cierre del ciclo de ahorro del %1 al %2. Una vez que lo firmó el quórum de ancianos, no se puede registrar nada con fecha del ciclo.</translation>
    </message>
    <message>
        <source>Open cycle…</source>
        <translation>Abrir ciclo…</translation>
    </message>
    <message>
        <source>Close cycle…</source>
        <translation>Cerrar ciclo…</translation>
    </message>
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
        <source>Share-out…</source>
        <translation>Reparto…</translation>
    </message>
    <message>
        <source>The share-out of the cycle: the pool, each member&apos;s part, paying it</source>
        <translation>El reparto del ciclo: el fondo a repartir, la parte de cada miembro, su pago</translation>
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
        <translation>Este equipo aún no tiene ningún grupo.</translation>
    </message>
    <message>
        <source>State code %1 — the same on every computer holding the same records.</source>
        <translation>Código de estado %1: el mismo en todo equipo que tenga los mismos registros.</translation>
    </message>
    <message>
        <source>Save slip as PDF</source>
        <translation>Guardar el comprobante en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Loans and fines owed</source>
        <translation>Préstamos y multas pendientes</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Cualquier %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
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
    <message>
        <source>Path</source>
        <translation>Camino</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Transferido</translation>
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
    <message>
        <source>The group&apos;s relays</source>
        <translation>Relés del grupo</translation>
    </message>
    <message>
        <source>Add relay…</source>
        <translation>Añadir relé…</translation>
    </message>
    <message>
        <source>Remove relay…</source>
        <translation>Quitar relé…</translation>
    </message>
    <message>
        <source>The group&apos;s relays (for computers in other places):</source>
        <translation>Relés del grupo (para equipos en otros lugares):</translation>
    </message>
    <message>
        <source>The group lists no relay: its computers meet only on their own networks.</source>
        <translation>El grupo no tiene ningún relé: sus equipos solo se comunican en sus propias redes.</translation>
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
        <translation>El gráfico se completa a medida que los fiscales firman las entradas.</translation>
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
        <source>Day it was proposed</source>
        <translation>Día en que se propuso</translation>
    </message>
    <message>
        <source>Proposed on:</source>
        <translation>Propuesta el:</translation>
    </message>
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
    <name>RelayDialog</name>
    <message>
        <source>Take a relay off the group&apos;s list</source>
        <translation>Quitar un relé de la lista del grupo</translation>
    </message>
    <message>
        <source>The group&apos;s computers stop using this relay once they have synced.</source>
        <translation>Los equipos del grupo dejan de usar este relé en cuanto se sincronizan.</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relé</translation>
    </message>
    <message>
        <source>Relay:</source>
        <translation>Relé:</translation>
    </message>
    <message>
        <source>Add a relay</source>
        <translation>Añadir un relé</translation>
    </message>
    <message>
        <source>A relay lets the group&apos;s computers in other places reach each other. Type its full address, as whoever runs it gives it.</source>
        <translation>Un relé permite que los equipos del grupo en otros lugares se comuniquen. Escriba su dirección completa, tal como la da quien lo gestiona.</translation>
    </message>
    <message>
        <source>e.g. /dns4/relay.example.org/tcp/4001/p2p/12D3KooW…</source>
        <translation>p. ej. /dns4/relay.example.org/tcp/4001/p2p/12D3KooW…</translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation>Dirección del relé</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
</context>
<context>
    <name>RemoveMemberDialog</name>
    <message>
        <source>Day they left</source>
        <translation>Día en que se fue</translation>
    </message>
    <message>
        <source>Left on:</source>
        <translation>Se fue el:</translation>
    </message>
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

No se borra nada: un movimiento de anulación cancela este, y ambos quedan en el libro. Los fiscales firman la anulación como cualquier movimiento.</translation>
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
    <name>RulesDialog</name>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>New fin&amp;e:</source>
        <translation>Multa nu&amp;eva:</translation>
    </message>
    <message>
        <source>Fine “%1”:</source>
        <translation>Multa «%1»:</translation>
    </message>
    <message>
        <source>Social f&amp;und a meeting:</source>
        <translation>&amp;Fondo social por reunión:</translation>
    </message>
    <message>
        <source>&amp;Largest loan:</source>
        <translation>&amp;Préstamo máximo:</translation>
    </message>
    <message>
        <source>Interest &amp;charged:</source>
        <translation>Interés &amp;cobrado:</translation>
    </message>
    <message>
        <source>Loan &amp;interest a month:</source>
        <translation>&amp;Interés mensual de los préstamos:</translation>
    </message>
    <message>
        <source>M&amp;ost shares a meeting:</source>
        <translation>Má&amp;ximo de acciones por reunión:</translation>
    </message>
    <message>
        <source>Fe&amp;west shares a meeting:</source>
        <translation>&amp;Mínimo de acciones por reunión:</translation>
    </message>
    <message>
        <source>&amp;Share value:</source>
        <translation>Valor de la &amp;acción:</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>En vigor &amp;desde:</translation>
    </message>
    <message>
        <source>Amounts in %1. Only what you change is written; a fine of 0 takes it off; clear a field or choose “not set” to take a rule away.</source>
        <translation>Importes en %1. Solo se escribe lo que cambie; una multa de 0 la quita; vacíe un campo o elija «sin fijar» para quitar una regla.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Share out the social fund too</source>
        <translation>Repartir también el fondo social</translation>
    </message>
    <message>
        <source>Amount of the new fine</source>
        <translation>Importe de la multa nueva</translation>
    </message>
    <message>
        <source>e.g. late</source>
        <translation>p. ej. retraso</translation>
    </message>
    <message>
        <source>Name of a new fine</source>
        <translation>Nombre de una multa nueva</translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>Multa: %1</translation>
    </message>
    <message>
        <source>Social fund a meeting</source>
        <translation>Fondo social por reunión</translation>
    </message>
    <message>
        <source>A member repays a loan before taking another</source>
        <translation>Un miembro devuelve un préstamo antes de tomar otro</translation>
    </message>
    <message>
        <source> % of savings</source>
        <translation> % de los ahorros</translation>
    </message>
    <message>
        <source>Largest loan, percent of the member&apos;s savings</source>
        <translation>Préstamo máximo, en porcentaje de los ahorros del miembro</translation>
    </message>
    <message>
        <source>How interest is charged</source>
        <translation>Cómo se cobra el interés</translation>
    </message>
    <message>
        <source>Loan interest a month, percent</source>
        <translation>Interés mensual de los préstamos, en porcentaje</translation>
    </message>
    <message>
        <source>Most shares a meeting</source>
        <translation>Máximo de acciones por reunión</translation>
    </message>
    <message>
        <source>Fewest shares a meeting</source>
        <translation>Mínimo de acciones por reunión</translation>
    </message>
    <message>
        <source>Value of one share</source>
        <translation>Valor de una acción</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>En vigor desde</translation>
    </message>
    <message>
        <source>Change the group&apos;s rules</source>
        <translation>Cambiar las reglas del grupo</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>I&amp;mporte:</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Social fund shared out</source>
        <translation>Fondo social repartido</translation>
    </message>
    <message>
        <source>Payouts rounded down to</source>
        <translation>Pagos redondeados a la baja a</translation>
    </message>
    <message>
        <source>Meetings in the cycle</source>
        <translation>Reuniones del ciclo</translation>
    </message>
    <message>
        <source>Cycle end</source>
        <translation>Fin del ciclo</translation>
    </message>
    <message>
        <source>Cycle start</source>
        <translation>Inicio del ciclo</translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>Multa: %1</translation>
    </message>
    <message>
        <source>Social fund a meeting</source>
        <translation>Fondo social por reunión</translation>
    </message>
    <message>
        <source>One loan at a time</source>
        <translation>Un préstamo a la vez</translation>
    </message>
    <message>
        <source>%1 % of the member&apos;s savings</source>
        <translation>%1 % de los ahorros del miembro</translation>
    </message>
    <message>
        <source>Largest loan</source>
        <translation>Préstamo máximo</translation>
    </message>
    <message>
        <source>Interest charged</source>
        <translation>Interés cobrado</translation>
    </message>
    <message>
        <source>Loan interest a month</source>
        <translation>Interés mensual de los préstamos</translation>
    </message>
    <message>
        <source>Most shares a meeting</source>
        <translation>Máximo de acciones por reunión</translation>
    </message>
    <message>
        <source>Fewest shares a meeting</source>
        <translation>Mínimo de acciones por reunión</translation>
    </message>
    <message>
        <source>Share value</source>
        <translation>Valor de la acción</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>not set (no limit)</source>
        <translation>sin fijar (sin límite)</translation>
    </message>
    <message>
        <source>taken off</source>
        <translation>quitada</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Pasará a ser</translation>
    </message>
</context>
<context>
    <name>RulesView</name>
    <message>
        <source>Only council members can change the rules or add a fund, and none of them has a key on this computer.</source>
        <translation>Solo los miembros del consejo pueden cambiar las reglas o añadir un fondo, y ninguno tiene su clave en este equipo.</translation>
    </message>
    <message>
        <source>This computer holds no group yet.</source>
        <translation>Este equipo aún no tiene ningún grupo.</translation>
    </message>
    <message>
        <source>&amp;Add a fund…</source>
        <translation>&amp;Añadir un fondo…</translation>
    </message>
    <message>
        <source>Funds of the group</source>
        <translation>Fondos del grupo</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Fondos</translation>
    </message>
    <message>
        <source>&amp;Change the rules…</source>
        <translation>&amp;Cambiar las reglas…</translation>
    </message>
    <message>
        <source>Rules in force today</source>
        <translation>Reglas en vigor hoy</translation>
    </message>
    <message>
        <source>Rule changes still to come</source>
        <translation>Cambios de reglas por venir</translation>
    </message>
    <message>
        <source>No rule change is set for a later date.</source>
        <translation>No hay ningún cambio de reglas fijado para una fecha posterior.</translation>
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
    <name>ShareOutDialog</name>
    <message>
        <source>Share-out</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Share-out per member</source>
        <translation>Reparto por miembro</translation>
    </message>
    <message>
        <source>Date of the payouts</source>
        <translation>Fecha de los pagos</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) still to be paid.</source>
        <translation>
            <numerusform>Falta pagar a %n miembro.</numerusform>
            <numerusform>Falta pagar a %n miembros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone has been paid.</source>
        <translation>Ya se pagó a todos.</translation>
    </message>
    <message>
        <source>Payout date:</source>
        <translation>Fecha del pago:</translation>
    </message>
    <message>
        <source>Pay those due</source>
        <translation>Pagar a quienes falta</translation>
    </message>
    <message>
        <source>Pool %1 = cash in the box %2 + loans outstanding %3 + already paid %4.</source>
        <translation>Fondo a repartir %1 = efectivo en la caja %2 + préstamos pendientes %3 + ya pagado %4.</translation>
    </message>
    <message>
        <source>Value per share: %1.</source>
        <translation>Valor por acción: %1.</translation>
    </message>
    <message>
        <source>Carried forward (rounding): %1.</source>
        <translation>Pasa al ciclo siguiente (redondeo): %1.</translation>
    </message>
    <message>
        <source>&amp;Share-out per member:</source>
        <translation>&amp;Reparto por miembro:</translation>
    </message>
</context>
<context>
    <name>ShareOutModel</name>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>due</source>
        <translation>por pagar</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Ahorros</translation>
    </message>
    <message>
        <source>Part of the pool</source>
        <translation>Parte del fondo</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Ganancia</translation>
    </message>
    <message>
        <source>Loan deducted</source>
        <translation>Préstamo descontado</translation>
    </message>
    <message>
        <source>Net payout</source>
        <translation>Pago neto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
    <name>Witnessed</name>
    <message>
        <source>No computer of the group has confirmed holding these records yet (they do when they sync and when a meeting closes).</source>
        <translation>Ningún equipo del grupo ha confirmado todavía que tiene estos registros (lo hacen al sincronizar y al cerrar una reunión).</translation>
    </message>
    <message>
        <source>Confirmed by %1 of %2 computers up to %3.</source>
        <translation>Confirmado por %1 de %2 equipos hasta %3.</translation>
    </message>
    <message>
        <source>Last heard from the group&apos;s computers:</source>
        <translation>Últimas noticias de los equipos del grupo:</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>a passphrase or PIN needs at least {count} characters</source>
        <translation>una frase de contraseña o PIN necesita al menos {count} caracteres</translation>
    </message>
    <message>
        <source>this PC was restored from a backup: sync with another PC of the group first, so nothing written since the backup is overwritten</source>
        <translation>este equipo se restauró desde una copia de seguridad: sincronice primero con otro equipo del grupo, para que no se sobrescriba nada de lo escrito después de la copia</translation>
    </message>
    <message>
        <source>This PC was restored from a backup, so it writes nothing for this group until it has synced with another PC of the group (which brings back what this PC wrote after the backup). If this is the group&apos;s only PC, say so to lift the hold.</source>
        <translation>Este equipo se restauró desde una copia de seguridad, así que no escribe nada para este grupo hasta que se haya sincronizado con otro equipo del grupo (que le devuelve lo que este equipo escribió después de la copia). Si este es el único equipo del grupo, dígalo para levantar la retención.</translation>
    </message>
    <message>
        <source>the hold after a restore is lifted without a sync only for the group&apos;s only PC; confirm that no other PC of the group exists</source>
        <translation>la retención después de una restauración se levanta sin sincronizar solo en el único equipo del grupo; confirme que no existe ningún otro equipo del grupo</translation>
    </message>
    <message>
        <source>a change this PC wrote earlier (number {seq}) waits here for the ones before it; sync with another PC of the group first, so no number is used twice</source>
        <translation>un cambio que este equipo escribió antes (número {seq}) espera aquí a los anteriores; sincronice primero con otro equipo del grupo, para que ningún número se use dos veces</translation>
    </message>
    <message>
        <source>a receipt is not bytes or is too large</source>
        <translation>un recibo no son bytes o es demasiado grande</translation>
    </message>
    <message>
        <source>not a signed receipt</source>
        <translation>no es un recibo firmado</translation>
    </message>
    <message>
        <source>a receipt&apos;s fields are wrong</source>
        <translation>los campos de un recibo no son los esperados</translation>
    </message>
    <message>
        <source>a receipt has a field of the wrong type</source>
        <translation>un recibo tiene un campo de tipo incorrecto</translation>
    </message>
    <message>
        <source>a receipt&apos;s signature does not match its PC</source>
        <translation>la firma de un recibo no corresponde a su equipo</translation>
    </message>
    <message>
        <source>the receipt is of another group</source>
        <translation>el recibo es de otro grupo</translation>
    </message>
    <message>
        <source>the receipt&apos;s PC is not linked to the group for its person</source>
        <translation>el equipo del recibo no está vinculado al grupo para su persona</translation>
    </message>
    <message>
        <source>no receipt shows that the group&apos;s one PC held this state</source>
        <translation>ningún recibo muestra que el único equipo del grupo tuviera este estado</translation>
    </message>
    <message>
        <source>this state, or a later one, was held by the group&apos;s one PC, on {when} UTC</source>
        <translation>este estado, o uno posterior, lo tenía el único equipo del grupo, el {when} UTC</translation>
    </message>
    <message>
        <source>no receipt shows that any of the group&apos;s {pcs} PCs held this state</source>
        <translation>ningún recibo muestra que alguno de los {pcs} equipos del grupo tuviera este estado</translation>
    </message>
    <message>
        <source>this state, or a later one, was held by {held} of the group&apos;s {pcs} PCs, the latest on {when} UTC</source>
        <translation>este estado, o uno posterior, lo tenían {held} de los {pcs} equipos del grupo, el último el {when} UTC</translation>
    </message>
    <message>
        <source>a change that PCs of {people} had seen is missing</source>
        <translation>falta un cambio que habían visto los equipos de {people}</translation>
    </message>
    <message>
        <source>{count} changes that PCs of {people} had seen are missing</source>
        <translation>faltan {count} cambios que habían visto los equipos de {people}</translation>
    </message>
    <message>
        <source>too many receipts at once</source>
        <translation>demasiados recibos a la vez</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a role (one of {choices})</source>
        <translation>«{role}» no es una función (las funciones son: {choices})</translation>
    </message>
    <message>
        <source>&apos;{person}&apos; is not a person id (64 hex digits)</source>
        <translation>«{person}» no es un identificador de persona (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>&apos;{currency}&apos; is not an ISO 4217 currency code (e.g. KES, RWF, USD)</source>
        <translation>«{currency}» no es un código de moneda ISO 4217 (p. ej. KES, RWF, USD)</translation>
    </message>
    <message>
        <source>the sign-off quorum must be between 1 and 50 elders</source>
        <translation>el quórum de firmas debe estar entre 1 y 50 fiscales</translation>
    </message>
    <message>
        <source>&apos;{currency}&apos; is not an ISO 4217 currency code</source>
        <translation>«{currency}» no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>no hay nada que cambiar</translation>
    </message>
    <message>
        <source>say the day the member joined</source>
        <translation>diga el día en que el miembro se unió</translation>
    </message>
    <message>
        <source>{name} joined on {date} already: nothing to change</source>
        <translation>{name} ya se unió el {date}: nada que cambiar</translation>
    </message>
    <message>
        <source>{name} has an entry dated {first} (entry {entry}): the join day cannot be after it; choose {first} or earlier, or reverse that entry first</source>
        <translation>{name} tiene un movimiento con fecha {first} (movimiento {entry}): el día de ingreso no puede ser posterior; elija {first} o antes, o anule primero ese movimiento</translation>
    </message>
    <message>
        <source>{person} is not a member of this group</source>
        <translation>{person} no es miembro de este grupo</translation>
    </message>
    <message>
        <source>an invite is valid for 1 to 365 days</source>
        <translation>una invitación vale de 1 a 365 días</translation>
    </message>
    <message>
        <source>this invite code does not belong to that group</source>
        <translation>este código de invitación no pertenece a ese grupo</translation>
    </message>
    <message>
        <source>this invite code was already used</source>
        <translation>este código de invitación ya se usó</translation>
    </message>
    <message>
        <source>this invite code has expired: ask for a new one</source>
        <translation>este código de invitación ha caducado: pida uno nuevo</translation>
    </message>
    <message>
        <source>document name must look like &apos;minutes:&lt;id&gt;&apos; or &apos;goal:&lt;id&gt;&apos;</source>
        <translation>el nombre del documento debe tener la forma «minutes:&lt;id&gt;» o «goal:&lt;id&gt;»</translation>
    </message>
    <message>
        <source>the document update is not a valid Loro update</source>
        <translation>la modificación del documento no es una actualización Loro válida</translation>
    </message>
    <message>
        <source>the document update must be an incremental update, not a snapshot</source>
        <translation>la modificación del documento debe ser incremental, no una copia completa</translation>
    </message>
    <message>
        <source>the document update holds operations of another writer</source>
        <translation>la modificación del documento contiene operaciones de otra persona</translation>
    </message>
    <message>
        <source>the document update cannot be read</source>
        <translation>no se puede leer la modificación del documento</translation>
    </message>
    <message>
        <source>the document update touches something other than the text of {doc}</source>
        <translation>la modificación del documento toca algo distinto del texto de {doc}</translation>
    </message>
    <message>
        <source>edited minutes</source>
        <translation>editó el acta</translation>
    </message>
    <message>
        <source>edited goal</source>
        <translation>editó la descripción de una meta</translation>
    </message>
    <message>
        <source>edited {doc}</source>
        <translation>editó {doc}</translation>
    </message>
    <message>
        <source>the range starts ({start}) after it ends ({end})</source>
        <translation>el periodo empieza ({start}) después de terminar ({end})</translation>
    </message>
    <message>
        <source>{what} must be a date like 2025-01-31, not &apos;{text}&apos;</source>
        <translation>{what} debe ser una fecha con la forma 2025-01-31, no «{text}»</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>el importe</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>fund</source>
        <translation>fondo</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>movimiento</translation>
    </message>
    <message>
        <source>{what} must be a whole number of minor units</source>
        <translation>{what} debe ser un número entero de unidades mínimas (céntimos)</translation>
    </message>
    <message>
        <source>{what} must be more than zero</source>
        <translation>{what} debe ser mayor que cero</translation>
    </message>
    <message>
        <source>{what} is too large</source>
        <translation>{what} es demasiado grande</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>la fecha</translation>
    </message>
    <message>
        <source>the date {date} is in the future (today is {today})</source>
        <translation>la fecha {date} está en el futuro (hoy es {today})</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is not a {what} id (64 hex digits)</source>
        <translation>«{ref}» no es un identificador de {what} (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>no fund {fund} in this group</source>
        <translation>no hay ningún fondo {fund} en este grupo</translation>
    </message>
    <message>
        <source>no meeting {meeting} in this group</source>
        <translation>no hay ninguna reunión {meeting} en este grupo</translation>
    </message>
    <message>
        <source>the share value</source>
        <translation>el valor de la acción</translation>
    </message>
    <message>
        <source>the social fund</source>
        <translation>la cuota del fondo social</translation>
    </message>
    <message>
        <source>the cash unit</source>
        <translation>la unidad de efectivo</translation>
    </message>
    <message>
        <source>the fine {name}</source>
        <translation>la multa «{name}»</translation>
    </message>
    <message>
        <source>no rule to set</source>
        <translation>no hay ninguna regla que fijar</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of fund ({choices})</source>
        <translation>«{kind}» no es una clase de fondo ({choices})</translation>
    </message>
    <message>
        <source>&apos;{type}&apos; is not a type of entry you can record: use {choices}</source>
        <translation>«{type}» no es un tipo de movimiento que se pueda registrar: use {choices}</translation>
    </message>
    <message>
        <source>a share-out payout is computed, not typed: pay it as the share-out says</source>
        <translation>el pago del reparto se calcula, no se escribe: páguelo como dice el reparto</translation>
    </message>
    <message>
        <source>shares are bought by a contribution of at least one share</source>
        <translation>las acciones se compran con una aportación de al menos una acción</translation>
    </message>
    <message>
        <source>the group has set no share value on {date}</source>
        <translation>el grupo no tiene fijado un valor de la acción el {date}</translation>
    </message>
    <message>
        <source>say the amount</source>
        <translation>indique el importe</translation>
    </message>
    <message>
        <source>only a repayment carries interest</source>
        <translation>solo una devolución lleva intereses</translation>
    </message>
    <message>
        <source>the interest</source>
        <translation>el interés</translation>
    </message>
    <message>
        <source>an expense is the group&apos;s, not a member&apos;s</source>
        <translation>un gasto es del grupo, no de un miembro</translation>
    </message>
    <message>
        <source>say what the expense was for</source>
        <translation>diga para qué fue el gasto</translation>
    </message>
    <message>
        <source>a {type} needs the member it concerns</source>
        <translation>un movimiento de tipo «{type}» necesita el miembro al que corresponde</translation>
    </message>
    <message>
        <source>only a transfer has a destination fund</source>
        <translation>solo una transferencia tiene fondo de destino</translation>
    </message>
    <message>
        <source>a transfer needs the fund the money goes to</source>
        <translation>una transferencia necesita el fondo al que va el dinero</translation>
    </message>
    <message>
        <source>only a fine names a fine of the schedule</source>
        <translation>solo una multa puede nombrar una multa del reglamento</translation>
    </message>
    <message>
        <source>no entry {entry} in the books</source>
        <translation>no hay ningún movimiento {entry} en el libro</translation>
    </message>
    <message>
        <source>{name} is not an elder of this group</source>
        <translation>{name} no es fiscal de este grupo</translation>
    </message>
    <message>
        <source>{entry}: already signed by {name}</source>
        <translation>{entry}: ya lo firmó {name}</translation>
    </message>
    <message>
        <source>{entry}: recorded by {name}, whose sign-off would not count</source>
        <translation>{entry}: lo registró {name}, cuya firma no contaría</translation>
    </message>
    <message>
        <source>no entry or meeting {ref} in the books</source>
        <translation>no hay ningún movimiento ni reunión {ref} en el libro</translation>
    </message>
    <message>
        <source>nothing left to sign: {why}</source>
        <translation>no queda nada por firmar: {why}</translation>
    </message>
    <message>
        <source>nothing left to sign</source>
        <translation>no queda nada por firmar</translation>
    </message>
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
        <source>shareout</source>
        <translation>reparto</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>gasto</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>anulación</translation>
    </message>
    <message>
        <source>shortage</source>
        <translation>faltante</translation>
    </message>
    <message>
        <source>surplus</source>
        <translation>sobrante</translation>
    </message>
    <message>
        <source>savings</source>
        <translation>ahorro</translation>
    </message>
    <message>
        <source>social</source>
        <translation>social</translation>
    </message>
    <message>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <source>the group already has a fund called {name}</source>
        <translation>el grupo ya tiene un fondo llamado {name}</translation>
    </message>
    <message>
        <source>no such goal</source>
        <translation>esa meta no existe</translation>
    </message>
    <message>
        <source>the type must be one of {choices}</source>
        <translation>el tipo debe ser uno de estos: {choices}</translation>
    </message>
    <message>
        <source>a share-out must pay cash or settle a loan</source>
        <translation>un reparto debe pagar efectivo o saldar un préstamo</translation>
    </message>
    <message>
        <source>a repayment must repay principal or interest</source>
        <translation>una devolución debe devolver capital o intereses</translation>
    </message>
    <message>
        <source>a transfer needs two different funds</source>
        <translation>una transferencia necesita dos fondos distintos</translation>
    </message>
    <message>
        <source>the cycle from {start} to {end} is closed: no entries dated {date}</source>
        <translation>el ciclo del {start} al {end} está cerrado: no se admiten movimientos con fecha {date}</translation>
    </message>
    <message>
        <source>{name} is suspended: a suspended member may repay and pay fines, but not buy shares, save or borrow</source>
        <translation>{name} está suspendido: un miembro suspendido puede pagar préstamos y multas, pero no comprar acciones, ahorrar ni pedir préstamos</translation>
    </message>
    <message>
        <source>the entry to reverse is not in the books</source>
        <translation>el movimiento que se quiere anular no está en el libro</translation>
    </message>
    <message>
        <source>a reversal cannot be reversed (record the entry again instead)</source>
        <translation>una anulación no se puede anular (registre de nuevo el movimiento)</translation>
    </message>
    <message>
        <source>that entry was already reversed by {entry}</source>
        <translation>ese movimiento ya lo anuló {entry}</translation>
    </message>
    <message>
        <source>no such meeting</source>
        <translation>esa reunión no existe</translation>
    </message>
    <message>
        <source>the meeting of {date} is {status}: no more entries</source>
        <translation>la reunión del {date} está {status}: no admite más movimientos</translation>
    </message>
    <message>
        <source>{fund} holds {money} in confirmed money (after the payments already recorded); this would take it below zero</source>
        <translation>{fund} tiene {money} de dinero confirmado (descontados los pagos ya registrados); este movimiento lo dejaría por debajo de cero</translation>
    </message>
    <message>
        <source>{fund} would hold more than the largest amount Lattice keeps</source>
        <translation>{fund} pasaría a tener más de la cantidad máxima que Lattice puede llevar</translation>
    </message>
    <message>
        <source>the member owes {owed} in loan principal; this repays {paid}</source>
        <translation>el miembro debe {owed} de capital de préstamos; esto devuelve {paid}</translation>
    </message>
    <message>
        <source>the member owes {owed} in loan principal; the share-out settles {paid}</source>
        <translation>el miembro debe {owed} de capital de préstamo; el reparto salda {paid}</translation>
    </message>
    <message>
        <source>by the rules in force on {date}</source>
        <translation>según las reglas vigentes el {date}</translation>
    </message>
    <message>
        <source>the group has set no share value {on}</source>
        <translation>el grupo no tiene fijado un valor de la acción {on}</translation>
    </message>
    <message>
        <source>{shares} shares cost {cost} {on}</source>
        <translation>{shares} acciones cuestan {cost} {on}</translation>
    </message>
    <message>
        <source>a member buys at most {shares} shares per meeting {on}</source>
        <translation>cada miembro compra como máximo {shares} acciones por reunión {on}</translation>
    </message>
    <message>
        <source>a member buys at least {shares} shares per meeting {on}</source>
        <translation>cada miembro compra como mínimo {shares} acciones por reunión {on}</translation>
    </message>
    <message>
        <source>the social-fund contribution is {money} per meeting {on}</source>
        <translation>la aportación al fondo social es de {money} por reunión {on}</translation>
    </message>
    <message>
        <source>loans are limited to {percent} % of the member&apos;s confirmed savings ({limit}) {on}; the member already owes {owed}</source>
        <translation>los préstamos no pueden pasar del {percent} % del ahorro confirmado del miembro ({limit}) {on}; el miembro ya debe {owed}</translation>
    </message>
    <message>
        <source>the fine schedule has no fine &apos;{fine}&apos; {on}</source>
        <translation>el reglamento de multas no tiene ninguna multa «{fine}» {on}</translation>
    </message>
    <message>
        <source>the fine &apos;{fine}&apos; is {money} {on}</source>
        <translation>la multa «{fine}» es de {money} {on}</translation>
    </message>
    <message>
        <source>reversed entry {entry}</source>
        <translation>anuló el movimiento {entry}</translation>
    </message>
    <message>
        <source>recorded a {type} of {amount} on {date}</source>
        <translation>registró un movimiento de tipo «{type}» por {amount} el {date}</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propuesto</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>logrado</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonado</translation>
    </message>
    <message>
        <source>a goal update must change something</source>
        <translation>un cambio de meta debe cambiar algo</translation>
    </message>
    <message>
        <source>the family of a goal must be a member of the group</source>
        <translation>la familia de una meta debe ser miembro del grupo</translation>
    </message>
    <message>
        <source>a member proposes family goals for their own family only</source>
        <translation>un miembro solo propone metas familiares para su propia familia</translation>
    </message>
    <message>
        <source>no such fund</source>
        <translation>ese fondo no existe</translation>
    </message>
    <message>
        <source>only the council or the goal&apos;s own family may change it</source>
        <translation>solo el consejo o la propia familia de la meta pueden cambiarla</translation>
    </message>
    <message>
        <source>a goal that is {status} cannot become {new}</source>
        <translation>una meta en estado «{status}» no puede pasar al estado «{new}»</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>el objetivo</translation>
    </message>
    <message>
        <source>the cash count</source>
        <translation>el arqueo</translation>
    </message>
    <message>
        <source>no goal {goal} in this group</source>
        <translation>no hay ninguna meta {goal} en este grupo</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a goal status ({choices})</source>
        <translation>«{status}» no es un estado de meta ({choices})</translation>
    </message>
    <message>
        <source>only the council may make a goal {status}</source>
        <translation>solo el consejo puede pasar una meta al estado «{status}»</translation>
    </message>
    <message>
        <source>the meeting of {date} is {status}</source>
        <translation>la reunión del {date} está {status}</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not an attendance ({choices})</source>
        <translation>«{status}» no es una forma de asistencia ({choices})</translation>
    </message>
    <message>
        <source>&apos;represented&apos; needs who represented the member</source>
        <translation>«representado» necesita saber quién representó al miembro</translation>
    </message>
    <message>
        <source>no attendance to record</source>
        <translation>no hay asistencia que registrar</translation>
    </message>
    <message>
        <source>votes cannot be negative</source>
        <translation>los votos no pueden ser negativos</translation>
    </message>
    <message>
        <source>&apos;{outcome}&apos; is not an outcome ({choices})</source>
        <translation>«{outcome}» no es un resultado ({choices})</translation>
    </message>
    <message>
        <source>the meeting of {date} is already closed</source>
        <translation>la reunión del {date} ya está cerrada</translation>
    </message>
    <message>
        <source>count the cash of at least one fund to close a meeting</source>
        <translation>para cerrar una reunión, cuente el efectivo de al menos un fondo</translation>
    </message>
    <message>
        <source>{person} is not a member of the group</source>
        <translation>{person} no es miembro del grupo</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>en cierre</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
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
        <source>{name} must be [person, status, represented-by]</source>
        <translation>{name} debe ser [persona, asistencia, representado por]</translation>
    </message>
    <message>
        <source>{name}: &apos;represented&apos; needs who represented, and only it</source>
        <translation>{name}: «representado» necesita quién representó, y solo ese caso lo lleva</translation>
    </message>
    <message>
        <source>{name} must be [fund, amount]</source>
        <translation>{name} debe ser [fondo, importe]</translation>
    </message>
    <message>
        <source>each fund is counted once</source>
        <translation>cada fondo se cuenta una sola vez</translation>
    </message>
    <message>
        <source>difference found at the cash count</source>
        <translation>diferencia hallada en el arqueo de caja</translation>
    </message>
    <message>
        <source>recorded attendance of {count} at a meeting</source>
        <translation>registró la asistencia de {count} en una reunión</translation>
    </message>
    <message>
        <source>{name} must be a date like 2024-03-31</source>
        <translation>{name} debe tener la forma 2024-03-31</translation>
    </message>
    <message>
        <source>{name} is not a real date ({value})</source>
        <translation>{name} no corresponde a un día real ({value})</translation>
    </message>
    <message>
        <source>{name} must be a map of at most {count} fines</source>
        <translation>{name} debe ser una lista de como máximo {count} multas</translation>
    </message>
    <message>
        <source>minimum shares ({low}) above the maximum ({high})</source>
        <translation>el mínimo de acciones ({low}) supera al máximo ({high})</translation>
    </message>
    <message>
        <source>the cycle ends ({end}) before it starts ({start})</source>
        <translation>el ciclo termina ({end}) antes de empezar ({start})</translation>
    </message>
    <message>
        <source>from {day}: {reason}</source>
        <translation>a partir del {day}: {reason}</translation>
    </message>
    <message>
        <source>a rules change must set at least one rule</source>
        <translation>un cambio de reglas debe fijar al menos una regla</translation>
    </message>
    <message>
        <source>share value</source>
        <translation>valor de la acción</translation>
    </message>
    <message>
        <source>fewest shares a meeting</source>
        <translation>mínimo de acciones por reunión</translation>
    </message>
    <message>
        <source>most shares a meeting</source>
        <translation>máximo de acciones por reunión</translation>
    </message>
    <message>
        <source>loan interest a month (basis points)</source>
        <translation>interés mensual de los préstamos (puntos básicos)</translation>
    </message>
    <message>
        <source>loan limit (% of savings)</source>
        <translation>límite de préstamo (% del ahorro)</translation>
    </message>
    <message>
        <source>social fund a meeting</source>
        <translation>fondo social por reunión</translation>
    </message>
    <message>
        <source>fines</source>
        <translation>multas</translation>
    </message>
    <message>
        <source>cycle start</source>
        <translation>inicio del ciclo</translation>
    </message>
    <message>
        <source>cycle end</source>
        <translation>fin del ciclo</translation>
    </message>
    <message>
        <source>{fine} {amount}</source>
        <translation>{fine} {amount}</translation>
    </message>
    <message>
        <source>{rule} = {value}</source>
        <translation>{rule} = {value}</translation>
    </message>
    <message>
        <source>set the group rules from {day}: {changed}</source>
        <translation>fijó las reglas del grupo a partir del {day}: {changed}</translation>
    </message>
    <message>
        <source>{name} must be [meeting, hash or close]</source>
        <translation>{name} debe ser [reunión, huella o cierre]</translation>
    </message>
    <message>
        <source>a sign-off must sign something</source>
        <translation>una firma debe firmar algo</translation>
    </message>
    <message>
        <source>a sign-off names each entry once</source>
        <translation>una firma nombra cada movimiento una sola vez</translation>
    </message>
    <message>
        <source>none of what it signs stands in the books (voided or unknown)</source>
        <translation>nada de lo que firma está en el libro (anulado o desconocido)</translation>
    </message>
    <message>
        <source>{count} entry</source>
        <translation>{count} movimiento</translation>
    </message>
    <message>
        <source>the minutes of {count} meeting</source>
        <translation>el acta de {count} reunión</translation>
    </message>
    <message>
        <source>{count} cash count</source>
        <translation>{count} arqueo</translation>
    </message>
    <message>
        <source>the close of {count} cycle</source>
        <translation>el cierre de {count} ciclo</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} movimientos</translation>
    </message>
    <message>
        <source>the minutes of {count} meetings</source>
        <translation>el acta de {count} reuniones</translation>
    </message>
    <message>
        <source>{count} cash counts</source>
        <translation>{count} arqueos</translation>
    </message>
    <message>
        <source>the close of {count} cycles</source>
        <translation>el cierre de {count} ciclos</translation>
    </message>
    <message>
        <source>signed off {what}</source>
        <translation>firmó {what}</translation>
    </message>
    <message>
        <source>{name} must be an ISO 4217 currency code</source>
        <translation>{name} debe ser un código de moneda ISO 4217</translation>
    </message>
    <message>
        <source>founded the group {name}</source>
        <translation>fundó el grupo {name}</translation>
    </message>
    <message>
        <source>a settings change must change something</source>
        <translation>un cambio de ajustes debe cambiar algo</translation>
    </message>
    <message>
        <source>changed the group settings: {changed}</source>
        <translation>cambió los ajustes del grupo: {changed}</translation>
    </message>
    <message>
        <source>roles must not repeat</source>
        <translation>las funciones no deben repetirse</translation>
    </message>
    <message>
        <source>{name} is already a member</source>
        <translation>{name} ya es miembro</translation>
    </message>
    <message>
        <source>added {name} as {roles}</source>
        <translation>añadió a {name} como {roles}</translation>
    </message>
    <message>
        <source>that person is not a member</source>
        <translation>esa persona no es miembro</translation>
    </message>
    <message>
        <source>set the join day of member {person} to {date}</source>
        <translation>fijó el día de ingreso del miembro {person} en {date}</translation>
    </message>
    <message>
        <source>{name} is {status}</source>
        <translation>{name} está en estado «{status}»</translation>
    </message>
    <message>
        <source>the group would be left without an active council member</source>
        <translation>el grupo se quedaría sin ningún miembro del consejo en activo</translation>
    </message>
    <message>
        <source>removed member {person}</source>
        <translation>retiró al miembro {person}</translation>
    </message>
    <message>
        <source>suspended member {person}</source>
        <translation>suspendió al miembro {person}</translation>
    </message>
    <message>
        <source>reinstated member {person}</source>
        <translation>readmitió al miembro {person}</translation>
    </message>
    <message>
        <source>that person does not hold the role {role}</source>
        <translation>esa persona no tiene la función {role}</translation>
    </message>
    <message>
        <source>{name} would be left with no role (remove them instead)</source>
        <translation>{name} se quedaría sin ninguna función (retírelo del grupo en su lugar)</translation>
    </message>
    <message>
        <source>the group would be left without a council member</source>
        <translation>el grupo se quedaría sin ningún miembro del consejo</translation>
    </message>
    <message>
        <source>granted the role {role} to {person}</source>
        <translation>dio la función {role} a {person}</translation>
    </message>
    <message>
        <source>revoked the role {role} from {person}</source>
        <translation>quitó la función {role} a {person}</translation>
    </message>
    <message>
        <source>an invite with this key already exists</source>
        <translation>ya existe una invitación con esta clave</translation>
    </message>
    <message>
        <source>created an invite for a new {role}</source>
        <translation>creó una invitación con la función {role}</translation>
    </message>
    <message>
        <source>no such invite in this group</source>
        <translation>esa invitación no existe en este grupo</translation>
    </message>
    <message>
        <source>this invite was already used</source>
        <translation>esta invitación ya se usó</translation>
    </message>
    <message>
        <source>this invite had expired</source>
        <translation>esta invitación había caducado</translation>
    </message>
    <message>
        <source>already a member of the group</source>
        <translation>ya es miembro del grupo</translation>
    </message>
    <message>
        <source>the join does not prove possession of the invite code</source>
        <translation>la solicitud de entrada no demuestra que se tenga el código de invitación</translation>
    </message>
    <message>
        <source>this invite was used by someone else at the same time</source>
        <translation>otra persona usó esta invitación al mismo tiempo</translation>
    </message>
    <message>
        <source>{name} joined with an invite</source>
        <translation>{name} entró con una invitación</translation>
    </message>
    <message>
        <source>the author is not a member</source>
        <translation>el autor no es miembro</translation>
    </message>
    <message>
        <source>this PC is already linked to the group for this person</source>
        <translation>este equipo ya está vinculado al grupo para esta persona</translation>
    </message>
    <message>
        <source>linked a PC to the group</source>
        <translation>vinculó un equipo al grupo</translation>
    </message>
    <message>
        <source>still waiting for earlier changes</source>
        <translation>todavía esperando cambios anteriores</translation>
    </message>
    <message>
        <source>it belongs to another group than the one it was sent for</source>
        <translation>pertenece a otro grupo que aquel para el que se envió</translation>
    </message>
    <message>
        <source>it belongs to a group this PC does not hold</source>
        <translation>pertenece a un grupo que este equipo no tiene</translation>
    </message>
    <message>
        <source>it depends on a change of another group</source>
        <translation>depende de un cambio de otro grupo</translation>
    </message>
    <message>
        <source>waiting for earlier changes</source>
        <translation>esperando cambios anteriores</translation>
    </message>
    <message>
        <source>its previous change was written by someone else (broken chain)</source>
        <translation>su cambio anterior lo escribió otra persona (cadena rota)</translation>
    </message>
    <message>
        <source>sequence gap: number {seq} follows number {prev}</source>
        <translation>salto en la numeración: el número {seq} sigue al número {prev}</translation>
    </message>
    <message>
        <source>this invite code is not valid: check the letters</source>
        <translation>este código de invitación no es válido: revise las letras</translation>
    </message>
    <message>
        <source>this invite code is too short or too long</source>
        <translation>este código de invitación es demasiado corto o demasiado largo</translation>
    </message>
    <message>
        <source>{name} ({person}) is already on this PC</source>
        <translation>{name} ({person}) ya está en este equipo</translation>
    </message>
    <message>
        <source>more than one person is called {ref}: use their id</source>
        <translation>hay más de una persona llamada {ref}: use su identificador</translation>
    </message>
    <message>
        <source>no person &apos;{ref}&apos; on this PC (see &apos;lattice person list&apos;)</source>
        <translation>no hay ninguna persona «{ref}» en este equipo (vea «lattice person list»)</translation>
    </message>
    <message>
        <source>no person {person} on this PC</source>
        <translation>no hay ninguna persona {person} en este equipo</translation>
    </message>
    <message>
        <source>the stored key of {person} is damaged ({why})</source>
        <translation>la clave guardada de {person} está dañada ({why})</translation>
    </message>
    <message>
        <source>cannot read {path}: {why}</source>
        <translation>no se puede leer {path}: {why}</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be restored ({why})</source>
        <translation>{path} está dañado y no se puede restaurar ({why})</translation>
    </message>
    <message>
        <source>{path} is not a person backup ({why})</source>
        <translation>{path} no es una copia de seguridad de una persona ({why})</translation>
    </message>
    <message>
        <source>unknown kind of change &apos;{kind}&apos;</source>
        <translation>clase de cambio desconocida «{kind}»</translation>
    </message>
    <message>
        <source>council</source>
        <translation>consejo</translation>
    </message>
    <message>
        <source>elder</source>
        <translation>fiscal</translation>
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
        <source>suspended</source>
        <translation>suspendido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>too few elders to confirm any entry: {elders} active, {quorum} needed (add elders or lower the quorum)</source>
        <translation>faltan fiscales para confirmar movimientos: {elders} activos, se necesitan {quorum} (añada fiscales o baje el quórum)</translation>
    </message>
    <message>
        <source>the author is not a member of the group</source>
        <translation>el autor no es miembro del grupo</translation>
    </message>
    <message>
        <source>{name} was removed from the group before writing this</source>
        <translation>{name} ya había sido retirado del grupo cuando escribió esto</translation>
    </message>
    <message>
        <source>{name} is suspended and may not write</source>
        <translation>{name} está suspendido y no puede escribir</translation>
    </message>
    <message>
        <source>{name} is not {need} ({roles})</source>
        <translation>{name} no tiene la función {need} (sus funciones: {roles})</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount (use digits and at most one &apos;.&apos;)</source>
        <translation>«{text}» no es un importe (use cifras y como mucho un «.»)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount</source>
        <translation>«{text}» no es un importe</translation>
    </message>
    <message>
        <source>{currency} has {places} decimal places; &apos;{text}&apos; has more</source>
        <translation>{currency} tiene {places} decimales; «{text}» tiene más</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is too large</source>
        <translation>«{text}» es demasiado grande</translation>
    </message>
    <message>
        <source>the person backup is damaged (cut short or changed)</source>
        <translation>la copia de seguridad de la persona está dañada (cortada o modificada)</translation>
    </message>
    <message>
        <source>not a Lattice person backup</source>
        <translation>no es una copia de seguridad de una persona de Lattice</translation>
    </message>
    <message>
        <source>a person backup of an unknown format or version</source>
        <translation>una copia de seguridad de persona de un formato o versión desconocidos</translation>
    </message>
    <message>
        <source>the person backup is damaged: its integrity check fails</source>
        <translation>la copia de seguridad de la persona está dañada: falla su control de integridad</translation>
    </message>
    <message>
        <source>a person backup with malformed fields</source>
        <translation>una copia de seguridad de persona con campos mal formados</translation>
    </message>
    <message>
        <source>a passphrase or PIN is needed</source>
        <translation>hace falta una frase de contraseña o un PIN</translation>
    </message>
    <message>
        <source>a person needs a name</source>
        <translation>una persona necesita un nombre</translation>
    </message>
    <message>
        <source>wrong passphrase for {name}</source>
        <translation>la frase de contraseña de {name} no es correcta</translation>
    </message>
    <message>
        <source>the sealed key of {name} does not match their id</source>
        <translation>la clave sellada de {name} no corresponde a su identificador</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>motion</source>
        <translation>moción</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>founder</source>
        <translation>fundador</translation>
    </message>
    <message>
        <source>unknown fields in body: {fields}</source>
        <translation>campos desconocidos en el contenido: {fields}</translation>
    </message>
    <message>
        <source>missing fields in body: {fields}</source>
        <translation>faltan campos en el contenido: {fields}</translation>
    </message>
    <message>
        <source>{name} must be a text</source>
        <translation>el campo «{name}» debe ser un texto</translation>
    </message>
    <message>
        <source>{name} is longer than {count} characters</source>
        <translation>el campo «{name}» tiene más de {count} caracteres</translation>
    </message>
    <message>
        <source>{name} must not be empty</source>
        <translation>el campo «{name}» no puede estar vacío</translation>
    </message>
    <message>
        <source>{name} must be a whole number</source>
        <translation>el campo «{name}» debe ser un número entero</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}</source>
        <translation>el campo «{name}» debe estar entre {low} y {high}</translation>
    </message>
    <message>
        <source>{name} must be true or false</source>
        <translation>el campo «{name}» debe ser verdadero o falso</translation>
    </message>
    <message>
        <source>{name} must be 32 bytes</source>
        <translation>el campo «{name}» debe tener 32 bytes</translation>
    </message>
    <message>
        <source>{name} must be bytes</source>
        <translation>el campo «{name}» debe ser una secuencia de bytes</translation>
    </message>
    <message>
        <source>{name} is larger than {count} bytes</source>
        <translation>el campo «{name}» ocupa más de {count} bytes</translation>
    </message>
    <message>
        <source>{name} must be one of {choices}</source>
        <translation>el campo «{name}» debe ser uno de estos: {choices}</translation>
    </message>
    <message>
        <source>{name} must be a list of {low} to {high} items</source>
        <translation>el campo «{name}» debe ser una lista de {low} a {high} elementos</translation>
    </message>
    <message>
        <source>written at the same time as the author&apos;s removal from the group (changes made concurrently with a removal do not count)</source>
        <translation>escrito al mismo tiempo que se retiraba a su autor del grupo (los cambios hechos a la vez que una retirada no cuentan)</translation>
    </message>
    <message>
        <source>the author&apos;s PC sent two different changes with the same number (equivocation); from that point on the author&apos;s changes do not count</source>
        <translation>el equipo del autor envió dos cambios distintos con el mismo número (equivocación); desde ese punto, los cambios del autor no cuentan</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Ahorros</translation>
    </message>
    <message>
        <source>it waits for changes this PC lacks, and its number {seq} is far past {held}</source>
        <translation>espera cambios que este equipo no tiene, y su número {seq} está muy por delante de {held}</translation>
    </message>
    <message>
        <source>this sender already has {count} changes waiting here for earlier ones</source>
        <translation>este remitente ya tiene {count} cambios esperando aquí a otros anteriores</translation>
    </message>
    <message>
        <source>too many changes already wait here for earlier ones</source>
        <translation>ya esperan aquí demasiados cambios a otros anteriores</translation>
    </message>
    <message>
        <source>what it waited for did not arrive within {minutes} minutes</source>
        <translation>lo que esperaba no llegó en {minutes} minutos</translation>
    </message>
    <message>
        <source>the sender is banned; nothing it sends is kept</source>
        <translation>el remitente está bloqueado; no se guarda nada de lo que envía</translation>
    </message>
    <message>
        <source>its author is not a member this PC knows, and too many such changes wait already</source>
        <translation>su autor no es un miembro que este equipo conozca, y ya esperan demasiados cambios así</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MiB; nothing was imported</source>
        <translation>{file} ocupa más de {limit} MiB; no se importó nada</translation>
    </message>
    <message>
        <source>{file} is not a Lattice changes file</source>
        <translation>{file} no es un archivo de cambios de Lattice</translation>
    </message>
    <message>
        <source>{file} is damaged (its checksum does not match); nothing was imported</source>
        <translation>{file} está dañado (su suma de comprobación no coincide); no se importó nada</translation>
    </message>
    <message>
        <source>{file} does not hold a list of changes ({problem}); nothing was imported</source>
        <translation>{file} no contiene una lista de cambios ({problem}); no se importó nada</translation>
    </message>
    <message>
        <source>{file} holds {count} changes, over the limit of {limit}; nothing was imported</source>
        <translation>{file} contiene {count} cambios, más que el límite de {limit}; no se importó nada</translation>
    </message>
    <message>
        <source>cannot read {file}: {problem}</source>
        <translation>no se puede leer {file}: {problem}</translation>
    </message>
    <message>
        <source>data after the list</source>
        <translation>datos después de la lista</translation>
    </message>
    <message>
        <source>an item is not bytes</source>
        <translation>un elemento no son bytes</translation>
    </message>
    <message>
        <source>no list of changes</source>
        <translation>no hay lista de cambios</translation>
    </message>
    <message>
        <source>not canonical CBOR</source>
        <translation>no es CBOR canónico</translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation>termina antes de tiempo</translation>
    </message>
    <message>
        <source>an item of {size} bytes cannot be a change</source>
        <translation>un elemento de {size} bytes no puede ser un cambio</translation>
    </message>
    <message>
        <source>the disk that holds this PC&apos;s data is full, so nothing new was saved; everything saved before is safe. Free some space on it and try again.</source>
        <translation>el disco que guarda los datos de este equipo está lleno, así que no se guardó nada nuevo; todo lo guardado antes está a salvo. Libere espacio en él y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>the disk that holds this PC&apos;s data is full, so Lattice cannot open its store; nothing saved is lost. Free some space on it and try again.</source>
        <translation>el disco que guarda los datos de este equipo está lleno, así que Lattice no puede abrir su almacén; no se perdió nada guardado. Libere espacio en él y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>could not write the backup {file}: {problem}</source>
        <translation>no se pudo escribir la copia de seguridad {file}: {problem}</translation>
    </message>
    <message>
        <source>{file} is not a usable backup ({problem}); nothing was changed</source>
        <translation>{file} no es una copia de seguridad utilizable ({problem}); no se cambió nada</translation>
    </message>
    <message>
        <source>{name} joined the group on {joined}: an entry for them cannot be dated {date}, before that day</source>
        <translation>{name} se unió al grupo el {joined}: un movimiento suyo no puede tener fecha {date}, anterior a ese día</translation>
    </message>
    <message>
        <source>entry {entry} ({money} for {name}) is dated {date}, before {name} joined on {joined}: it counts; reverse it if it was a mistake</source>
        <translation>el movimiento {entry} ({money} de {name}) tiene fecha {date}, antes de que {name} se uniera el {joined}: cuenta; anúlelo si fue un error</translation>
    </message>
    <message>
        <source>{reason}. {money} paid into {fund} still awaits the elders&apos; sign-off: once they have signed it off (the meeting&apos;s entries, or each one), record this again</source>
        <translation>{reason}. {money} ingresado en {fund} aún espera la firma de los fiscales: cuando lo hayan firmado (los movimientos de la reunión, o cada uno), registre esto de nuevo</translation>
    </message>
    <message>
        <source>{reason}. {money} of the member&apos;s savings still awaits the elders&apos; sign-off: once they have signed it off (the meeting&apos;s entries, or each one), the limit is {limit} and this can be recorded</source>
        <translation>{reason}. {money} de los ahorros del miembro aún espera la firma de los fiscales: cuando lo hayan firmado (los movimientos de la reunión, o cada uno), el límite será {limit} y esto se podrá registrar</translation>
    </message>
    <message>
        <source>{count} change</source>
        <translation>{count} cambio</translation>
    </message>
    <message>
        <source>{count} changes</source>
        <translation>{count} cambios</translation>
    </message>
    <message>
        <source>{count} group</source>
        <translation>{count} grupo</translation>
    </message>
    <message>
        <source>{count} groups</source>
        <translation>{count} grupos</translation>
    </message>
    <message>
        <source>this data folder already holds a store ({changes} in {groups}); restoring would replace it. To replace it, restore again and say so (the store there now is kept beside it as {kept}).</source>
        <translation>esta carpeta de datos ya contiene un almacén ({changes} en {groups}); restaurar lo reemplazaría. Para reemplazarlo, restaure de nuevo indicándolo (el almacén actual se guarda a su lado como {kept}).</translation>
    </message>
    <message>
        <source>Lattice is running on this data folder (the window or &apos;lattice serve&apos;); close it, then restore</source>
        <translation>Lattice se está ejecutando sobre esta carpeta de datos (la ventana o &apos;lattice serve&apos;); ciérrelo y luego restaure</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>it is not a Lattice store</source>
        <translation>no es un almacén de Lattice</translation>
    </message>
    <message>
        <source>&apos;{method}&apos; is not a way of charging interest ({choices})</source>
        <translation>«{method}» no es una forma de cobrar intereses ({choices})</translation>
    </message>
    <message>
        <source>a loan is charged {rate} per month, {method}, {on}</source>
        <translation>un préstamo paga un interés del {rate} al mes, {method}, {on}</translation>
    </message>
    <message>
        <source>a loan needs its term in months</source>
        <translation>un préstamo necesita su plazo en meses</translation>
    </message>
    <message>
        <source>a loan&apos;s term is 1 to {most} months</source>
        <translation>el plazo de un préstamo es de 1 a {most} meses</translation>
    </message>
    <message>
        <source>{rows} rows, but the group has {count} members: one row each at most</source>
        <translation>{rows} filas, pero el grupo tiene {count} miembros: una fila por miembro como máximo</translation>
    </message>
    <message>
        <source>a member repays a loan before taking another {on}; they owe {owed}</source>
        <translation>cada miembro devuelve un préstamo antes de pedir otro {on}; debe {owed}</translation>
    </message>
    <message>
        <source>a repayment pays the interest due ({interest}) first, then principal ({principal} here)</source>
        <translation>una devolución paga primero el interés pendiente ({interest}) y después el capital (aquí {principal})</translation>
    </message>
    <message>
        <source>a whole number of shares</source>
        <translation>un número entero de acciones</translation>
    </message>
    <message>
        <source>at most {count} fines a row</source>
        <translation>como máximo {count} multas por fila</translation>
    </message>
    <message>
        <source>declining</source>
        <translation>sobre saldo</translation>
    </message>
    <message>
        <source>fine owed</source>
        <translation>multa pendiente</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>fijo</translation>
    </message>
    <message>
        <source>late</source>
        <translation>tarde</translation>
    </message>
    <message>
        <source>line 1: the columns are member and any of {columns}, each once</source>
        <translation>línea 1: las columnas son miembro y cualquiera de {columns}, cada una una sola vez</translation>
    </message>
    <message>
        <source>line {line}, {column}: {reason}</source>
        <translation>línea {line}, {column}: {reason}</translation>
    </message>
    <message>
        <source>line {line}: more than {count} rows</source>
        <translation>línea {line}: más de {count} filas</translation>
    </message>
    <message>
        <source>line {line}: not a CSV line ({why})</source>
        <translation>línea {line}: no es una línea CSV ({why})</translation>
    </message>
    <message>
        <source>line {line}: {count} cells, more than the columns</source>
        <translation>línea {line}: {count} celdas, más que columnas</translation>
    </message>
    <message>
        <source>no fines to charge: nobody absent or late is left uncharged, or the schedule has no fine called &apos;absent&apos; or &apos;late&apos;</source>
        <translation>no hay multas que cargar: no queda nadie ausente o que llegara tarde sin su multa, o el reglamento no tiene ninguna multa llamada «absent» o «late»</translation>
    </message>
    <message>
        <source>no member of this group is called &apos;{name}&apos;</source>
        <translation>ningún miembro de este grupo se llama «{name}»</translation>
    </message>
    <message>
        <source>no rows to record</source>
        <translation>no hay filas que registrar</translation>
    </message>
    <message>
        <source>no loan {ref} in the books</source>
        <translation>no hay ningún préstamo {ref} en los libros</translation>
    </message>
    <message>
        <source>no fine owed {ref} in the books</source>
        <translation>no hay ninguna multa pendiente {ref} en los libros</translation>
    </message>
    <message>
        <source>on the amount lent</source>
        <translation>sobre el importe prestado</translation>
    </message>
    <message>
        <source>on the amount still owed</source>
        <translation>sobre lo que aún se debe</translation>
    </message>
    <message>
        <source>only a fine pays a fine owed</source>
        <translation>solo una multa paga una multa pendiente</translation>
    </message>
    <message>
        <source>only a loan has a term</source>
        <translation>solo un préstamo tiene plazo</translation>
    </message>
    <message>
        <source>only a repayment names the loan it repays</source>
        <translation>solo una devolución indica el préstamo que devuelve</translation>
    </message>
    <message>
        <source>say which fine of the schedule is owed</source>
        <translation>indique qué multa del reglamento se debe</translation>
    </message>
    <message>
        <source>say whose row this is</source>
        <translation>indique de quién es esta fila</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>acciones</translation>
    </message>
    <message>
        <source>social fund</source>
        <translation>fondo social</translation>
    </message>
    <message>
        <source>that loan was reversed</source>
        <translation>ese préstamo fue anulado</translation>
    </message>
    <message>
        <source>the cell is too long</source>
        <translation>la celda es demasiado larga</translation>
    </message>
    <message>
        <source>the file has no header line naming its columns</source>
        <translation>el archivo no tiene una primera línea con los nombres de sus columnas</translation>
    </message>
    <message>
        <source>the file is larger than {size} bytes</source>
        <translation>el archivo ocupa más de {size} bytes</translation>
    </message>
    <message>
        <source>the fine &apos;{fine}&apos; of {date} is already paid</source>
        <translation>la multa «{fine}» del {date} ya está pagada</translation>
    </message>
    <message>
        <source>the fine &apos;{fine}&apos; owed since {date} is {money}</source>
        <translation>la multa «{fine}» pendiente desde el {date} es de {money}</translation>
    </message>
    <message>
        <source>the fine is owed from {date}, after this payment</source>
        <translation>la multa se debe desde el {date}, después de este pago</translation>
    </message>
    <message>
        <source>the fine owed was cancelled by a reversal</source>
        <translation>la multa pendiente fue anulada</translation>
    </message>
    <message>
        <source>the fine paid is not a fine this member owes</source>
        <translation>la multa pagada no es una multa que deba este miembro</translation>
    </message>
    <message>
        <source>the fine schedule has no fine &apos;{fine}&apos; and the member owes none</source>
        <translation>el reglamento de multas no tiene ninguna multa «{fine}» y el miembro no debe ninguna</translation>
    </message>
    <message>
        <source>the fine schedule has no fine &apos;{fine}&apos; on {date}</source>
        <translation>el reglamento de multas no tiene ninguna multa «{fine}» el {date}</translation>
    </message>
    <message>
        <source>the group has no social fund: add a social fund first</source>
        <translation>el grupo no tiene fondo social: añada antes un fondo social</translation>
    </message>
    <message>
        <source>the group has set no loan interest {on}</source>
        <translation>el grupo no tiene fijado un interés para los préstamos {on}</translation>
    </message>
    <message>
        <source>the group has several social funds: record them apart</source>
        <translation>el grupo tiene varios fondos sociales: regístrelos por separado</translation>
    </message>
    <message>
        <source>the loan repaid is not a loan of this member</source>
        <translation>el préstamo devuelto no es un préstamo de este miembro</translation>
    </message>
    <message>
        <source>the loan was taken on {date}, after this repayment</source>
        <translation>el préstamo se concedió el {date}, después de esta devolución</translation>
    </message>
    <message>
        <source>the loan&apos;s principal owed is {owed}; this repays {paid}</source>
        <translation>el capital pendiente del préstamo es {owed}; esto devuelve {paid}</translation>
    </message>
    <message>
        <source>the meeting of {date} is closed: no more entries</source>
        <translation>la reunión del {date} está cerrada: no admite más movimientos</translation>
    </message>
    <message>
        <source>the member is on line {line} already</source>
        <translation>el miembro ya está en la línea {line}</translation>
    </message>
    <message>
        <source>say the cycle&apos;s planned end or its number of meetings</source>
        <translation>indique el fin previsto del ciclo o su número de reuniones</translation>
    </message>
    <message>
        <source>a new cycle starts after the last one closed ({end})</source>
        <translation>un ciclo nuevo empieza después del último cerrado ({end})</translation>
    </message>
    <message>
        <source>the cycle that started on {start} is not closed yet: share out and close it first</source>
        <translation>el ciclo que empezó el {start} aún no está cerrado: haga el reparto y ciérrelo primero</translation>
    </message>
    <message>
        <source>the constitution has started no cycle (set the cycle&apos;s start first)</source>
        <translation>el reglamento no ha iniciado ningún ciclo (fije primero el inicio del ciclo)</translation>
    </message>
    <message>
        <source>the share-out is dated in its cycle, from {start} to {end}</source>
        <translation>el reparto lleva una fecha de su ciclo, del {start} al {end}</translation>
    </message>
    <message>
        <source>the member was already paid their share-out in this cycle (one per cycle)</source>
        <translation>al miembro ya se le pagó su reparto en este ciclo (uno por ciclo)</translation>
    </message>
    <message>
        <source>the member still owes {interest} in loan interest and {fines} in fines: they pay these before their share-out</source>
        <translation>el miembro todavía debe {interest} de interés de préstamos y {fines} de multas: los paga antes de su reparto</translation>
    </message>
    <message>
        <source>nobody was paid: {who} still owe loan interest or fines, which they pay before anyone&apos;s share-out (it adds to every part)</source>
        <translation>no se pagó a nadie: {who} todavía deben intereses de préstamos o multas, que se pagan antes del reparto de cualquiera (aumentan la parte de todos)</translation>
    </message>
    <message>
        <source>{member} was not paid: {reason}</source>
        <translation>no se pagó a {member}: {reason}</translation>
    </message>
    <message>
        <source>paid {paid}; then {member} was not paid: {reason}</source>
        <translation>se pagó a {paid}; luego no se pagó a {member}: {reason}</translation>
    </message>
    <message>
        <source>the member has no part in this share-out</source>
        <translation>el miembro no tiene parte en este reparto</translation>
    </message>
    <message>
        <source>the cycle starts on {start}, after {end}</source>
        <translation>el ciclo empieza el {start}, después del {end}</translation>
    </message>
    <message>
        <source>the close of the cycle from {start} to {end} is already recorded: the elders sign it off</source>
        <translation>el cierre del ciclo del {start} al {end} ya está registrado: los fiscales lo firman</translation>
    </message>
    <message>
        <source>the cycle from {start} to {end} is already closed</source>
        <translation>el ciclo del {start} al {end} ya está cerrado</translation>
    </message>
    <message>
        <source>the share-out comes first: {count} members are not paid yet</source>
        <translation>primero el reparto: a {count} miembros aún no se les ha pagado</translation>
    </message>
    <message>
        <source>closed the savings cycle ending {end}</source>
        <translation>cerró el ciclo de ahorro que termina el {end}</translation>
    </message>
    <message>
        <source>added the {kind} fund {name}</source>
        <translation>añadió el fondo {name} (tipo: {kind})</translation>
    </message>
    <message>
        <source>proposed the goal {title} (target {target})</source>
        <translation>propuso la meta {title} (objetivo: {target})</translation>
    </message>
    <message>
        <source>updated a goal (now {status})</source>
        <translation>actualizó una meta (ahora: {status})</translation>
    </message>
    <message>
        <source>updated a goal</source>
        <translation>actualizó una meta</translation>
    </message>
    <message>
        <source>opened the meeting of {date}</source>
        <translation>abrió la reunión del {date}</translation>
    </message>
    <message>
        <source>recorded the decision &apos;{motion}&apos; ({outcome})</source>
        <translation>registró la decisión «{motion}» ({outcome})</translation>
    </message>
    <message>
        <source>closed a meeting with a cash count of {count} funds</source>
        <translation>cerró una reunión con el arqueo de {count} fondos</translation>
    </message>
    <message>
        <source>the store {path} is damaged ({detail}); it was left untouched. Run &apos;lattice check&apos;, or restore a backup</source>
        <translation>el almacén {path} está dañado ({detail}); no se ha tocado. Ejecute &apos;lattice check&apos; o restaure una copia de seguridad</translation>
    </message>
    <message>
        <source>the store {path} stayed busy for a minute: another Lattice program on this PC (a window, &apos;lattice serve&apos; or another command) was writing to it. Nothing was written now, and nothing saved before is lost. Try again; if it keeps happening, close the other Lattice programs and try again</source>
        <translation>el almacén {path} estuvo ocupado durante un minuto: otro programa de Lattice en este PC (una ventana, &apos;lattice serve&apos; u otra orden) estaba escribiendo en él. Ahora no se ha escrito nada, y no se ha perdido nada de lo guardado antes. Vuelva a intentarlo; si sigue pasando, cierre los otros programas de Lattice y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the store {path} can only be read ({detail}); it was left untouched. Check that this account may write to its folder, and run &apos;lattice check&apos;</source>
        <translation>el almacén {path} solo se puede leer ({detail}); no se ha tocado. Compruebe que esta cuenta puede escribir en su carpeta y ejecute &apos;lattice check&apos;</translation>
    </message>
    <message>
        <source>the stored change {change} is damaged ({problem}); nothing is written on top of it. Run &apos;lattice check&apos;, or restore a backup</source>
        <translation>el cambio guardado {change} está dañado ({problem}); no se escribe nada sobre él. Ejecute &apos;lattice check&apos; o restaure una copia de seguridad</translation>
    </message>
    <message>
        <source>its stored bytes no longer match its id (altered on disk)</source>
        <translation>sus bytes guardados ya no corresponden a su identificador (alterados en el disco)</translation>
    </message>
    <message>
        <source>the store {path} is empty (0 bytes: perhaps a copy that was cut short); it was left untouched. Restore a backup, or, to start afresh, move that file out of {folder}</source>
        <translation>el almacén {path} está vacío (0 bytes: quizá una copia que quedó a medias); no se ha tocado. Restaure una copia de seguridad o, para empezar de nuevo, saque ese archivo de {folder}</translation>
    </message>
    <message>
        <source>{path} is not a Lattice store (or it is damaged); it was left untouched</source>
        <translation>{path} no es un almacén de Lattice (o está dañado); no se ha tocado</translation>
    </message>
    <message>
        <source>the store {path} is damaged or from an unknown SQLite (its header says file format {version}); it was left untouched. Run &apos;lattice check&apos;, or restore a backup</source>
        <translation>el almacén {path} está dañado o es de un SQLite desconocido (su cabecera indica el formato de archivo {version}); no se ha tocado. Ejecute &apos;lattice check&apos; o restaure una copia de seguridad</translation>
    </message>
    <message>
        <source>that fine owed is paid: reverse its payment first</source>
        <translation>esa multa pendiente ya está pagada: anule primero su pago</translation>
    </message>
    <message>
        <source>that loan has repayments: reverse them first, then the loan</source>
        <translation>ese préstamo tiene devoluciones: anúlelas primero y después el préstamo</translation>
    </message>
    <message>
        <source>{person} signs for a family of the group already</source>
        <translation>{person} ya firma por una familia del grupo</translation>
    </message>
    <message>
        <source>no {district} {id} in this group</source>
        <translation>{district} {id}: no existe en este grupo</translation>
    </message>
    <message>
        <source>the {district} {name} was retired</source>
        <translation>{district} {name}: se dio de baja</translation>
    </message>
    <message>
        <source>added the {word} {name}</source>
        <translation>añadió {name} ({word})</translation>
    </message>
    <message>
        <source>renamed {word} {district} to {name}</source>
        <translation>cambió el nombre de {district} ({word}) a {name}</translation>
    </message>
    <message>
        <source>retired {word} {district}</source>
        <translation>dio de baja {district} ({word})</translation>
    </message>
    <message>
        <source>moved member {person} to {word} {district}</source>
        <translation>pasó al miembro {person} a {district} ({word})</translation>
    </message>
    <message>
        <source>made {person} the representative of {word} {district}</source>
        <translation>nombró a {person} representante de {district} ({word})</translation>
    </message>
    <message>
        <source>ended {person}&apos;s role as a {word} representative</source>
        <translation>retiró a {person} el cargo de representante de {word}</translation>
    </message>
    <message>
        <source>{name} must be [person, name]</source>
        <translation>{name} debe ser [persona, nombre]</translation>
    </message>
    <message>
        <source>set who may sign for family {person}: {count} persons</source>
        <translation>fijó quién puede firmar por la familia {person}: {count} personas</translation>
    </message>
    <message>
        <source>district</source>
        <translation>distrito</translation>
    </message>
    <message>
        <source>no {district} &apos;{ref}&apos; in this group</source>
        <translation>{district} &apos;{ref}&apos;: no existe en este grupo</translation>
    </message>
    <message>
        <source>a {district} name has 1 to {max} characters</source>
        <translation>nombre de {district}: tiene de 1 a {max} caracteres</translation>
    </message>
    <message>
        <source>the group already has a {district} called {name}</source>
        <translation>{district} {name}: ya existe en el grupo</translation>
    </message>
    <message>
        <source>the {district} {name} still has {count} members: move them first</source>
        <translation>{district} {name}: aún tiene {count} miembros; muévalos antes</translation>
    </message>
    <message>
        <source>{name} is in {district} already</source>
        <translation>{name} ya está en {district}</translation>
    </message>
    <message>
        <source>that person is not a district representative</source>
        <translation>esa persona no es representante de distrito</translation>
    </message>
    <message>
        <source>a person may be named only once in a household</source>
        <translation>una persona solo puede figurar una vez en un hogar</translation>
    </message>
    <message>
        <source>{person} is a member of the group and cannot sign for a family</source>
        <translation>{person} es miembro del grupo y no puede firmar por una familia</translation>
    </message>
    <message>
        <source>{person} signs for another family already</source>
        <translation>{person} ya firma por otra familia</translation>
    </message>
    <message>
        <source>a name has 1 to 100 characters</source>
        <translation>un nombre tiene de 1 a 100 caracteres</translation>
    </message>
    <message>
        <source>at most {max} persons may sign for one family</source>
        <translation>como máximo {max} personas pueden firmar por una familia</translation>
    </message>
    <message>
        <source>the word for a district has 1 to 40 characters</source>
        <translation>la palabra para un distrito tiene de 1 a 40 caracteres</translation>
    </message>
    <message>
        <source>a representative of {district} records only for its members, and {name} is not one of them</source>
        <translation>un representante de {district} registra solo para sus miembros, y {name} no es uno de ellos</translation>
    </message>
    <message>
        <source>a representative records entries for a member of their {district} only</source>
        <translation>un representante registra asientos solo para miembros de su {district}</translation>
    </message>
    <message>
        <source>a representative opens meetings of their own {district} only ({name})</source>
        <translation>un representante abre solo reuniones de su {district} ({name})</translation>
    </message>
    <message>
        <source>this invite code carries more than {count} relays</source>
        <translation>este código de invitación lleva más de {count} relés</translation>
    </message>
    <message>
        <source>this invite code carries a bad relay: {reason}</source>
        <translation>este código de invitación lleva un relé no válido: {reason}</translation>
    </message>
    <message>
        <source>a relay address must be a text</source>
        <translation>la dirección de un relé debe ser un texto</translation>
    </message>
    <message>
        <source>a relay address is longer than {count} characters</source>
        <translation>la dirección de un relé tiene más de {count} caracteres</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not a network address (multiaddr)</source>
        <translation>&apos;{address}&apos; no es una dirección de red (multiaddr)</translation>
    </message>
    <message>
        <source>a relay address must end in /p2p/ and the relay&apos;s peer id: &apos;{address}&apos;</source>
        <translation>la dirección de un relé debe terminar en /p2p/ y el identificador del relé: &apos;{address}&apos;</translation>
    </message>
    <message>
        <source>a relay address starts with the host and port, e.g. /dns4/relay.example.org/tcp/4001/p2p/…: &apos;{address}&apos;</source>
        <translation>la dirección de un relé empieza por el equipo y el puerto, p. ej. /dns4/relay.example.org/tcp/4001/p2p/…: &apos;{address}&apos;</translation>
    </message>
    <message>
        <source>{name} is not a relay address in its canonical form</source>
        <translation>{name} no es una dirección de relé en su forma canónica</translation>
    </message>
    <message>
        <source>this relay is already listed</source>
        <translation>este relé ya está en la lista</translation>
    </message>
    <message>
        <source>the group lists {count} relays already, the most it may</source>
        <translation>el grupo ya tiene {count} relés, el máximo permitido</translation>
    </message>
    <message>
        <source>this relay is not listed</source>
        <translation>este relé no está en la lista</translation>
    </message>
    <message>
        <source>added the relay {address}</source>
        <translation>añadió el relé {address}</translation>
    </message>
    <message>
        <source>removed the relay {address}</source>
        <translation>quitó el relé {address}</translation>
    </message>
    <message>
        <source>same network</source>
        <translation>misma red</translation>
    </message>
    <message>
        <source>direct over the internet</source>
        <translation>directo por internet</translation>
    </message>
    <message>
        <source>through relay {relay}</source>
        <translation>a través del relé {relay}</translation>
    </message>
    <message>
        <source>{received} received, {sent} sent</source>
        <translation>{received} recibidos, {sent} enviados</translation>
    </message>
    <message>
        <source>no other PC of the group heard from yet</source>
        <translation>todavía no se sabe nada de ningún otro equipo del grupo</translation>
    </message>
    <message>
        <source>no district</source>
        <translation>sin distrito</translation>
    </message>
    <message>
        <source>{district}: one PC, last heard from {when}</source>
        <translation>{district}: un equipo, última noticia el {when}</translation>
    </message>
    <message>
        <source>{district}: {count} PCs, the latest heard from {when}</source>
        <translation>{district}: {count} equipos, la última noticia el {when}</translation>
    </message>
    <message>
        <source>{name}&apos;s PC, last heard from {when}</source>
        <translation>equipo de {name}, última noticia el {when}</translation>
    </message>
    <message>
        <source>and {count} more, heard from earlier</source>
        <translation>y {count} más, con noticias anteriores</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; is not a rule that can be taken away ({choices})</source>
        <translation>«{rule}» no es una regla que se pueda quitar ({choices})</translation>
    </message>
    <message>
        <source>{rule} cannot be both set and taken away</source>
        <translation>{rule} no se puede fijar y quitar a la vez</translation>
    </message>
    <message>
        <source>{name} names a rule twice</source>
        <translation>{name} nombra una regla dos veces</translation>
    </message>
    <message>
        <source>a rules change both sets and takes away {rules}</source>
        <translation>un cambio de reglas fija y quita a la vez {rules}</translation>
    </message>
    <message>
        <source>how interest is charged</source>
        <translation>cómo se cobra el interés</translation>
    </message>
    <message>
        <source>one loan at a time</source>
        <translation>un préstamo a la vez</translation>
    </message>
    <message>
        <source>meetings in the cycle</source>
        <translation>reuniones del ciclo</translation>
    </message>
    <message>
        <source>payouts rounded down to</source>
        <translation>pagos redondeados a la baja a</translation>
    </message>
    <message>
        <source>social fund shared out</source>
        <translation>fondo social repartido</translation>
    </message>
    <message>
        <source>{rule} not set</source>
        <translation>{rule} sin fijar</translation>
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
