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
    <name>OverviewView</name>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Actividad reciente</translation>
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
        <source>This computer holds no group yet. Create one with the command 'lattice group create', or join one with an invite code.</source>
        <translation>Este equipo todavía no tiene ningún grupo. Cree uno con la orden 'lattice group create', o únase a uno con un código de invitación.</translation>
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
        <source>%1's computer sent two different records with the same number. Their records from that point on do not count until the council sorts it out.</source>
        <translation>El equipo de %1 envió dos registros distintos con el mismo número. Sus registros a partir de ese punto no cuentan hasta que el consejo lo resuelva.</translation>
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
    <name>RemoveMemberDialog</name>
    <message>
        <source>Remove %1</source>
        <translation>Retirar a %1</translation>
    </message>
    <message>
        <source>%1 will no longer receive the group's new records, and what they write from now on will not count. What is already on their computer stays there.</source>
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
