<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Passphrase or PIN</source>
        <translation>Passphrase or PIN</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>Passphrase or PIN:</source>
        <translation>Passphrase or PIN:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Nobody on this computer may do this.</source>
        <translation>Nobody on this computer may do this.</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>does not count</source>
        <translation>does not count</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>counts</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>InviteCodeDialog</name>
    <message>
        <source>Invite code</source>
        <translation>Invite code</translation>
    </message>
    <message>
        <source>Give this code to the person you invite. It works once, until it expires. Anyone who has it can join, so share it only with them.</source>
        <translation>Give this code to the person you invite. It works once, until it expires. Anyone who has it can join, so share it only with them.</translation>
    </message>
    <message>
        <source>Invite code as a QR code</source>
        <translation>Invite code as a QR code</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite someone</source>
        <translation>Invite someone</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Valid for</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Valid for:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Lattice</source>
        <translation>Lattice</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Choose a section with the arrow keys, or press Ctrl and its number.</source>
        <translation>Choose a section with the arrow keys, or press Ctrl and its number.</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
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
        <translation>Not syncing</translation>
    </message>
    <message>
        <source>Looking for other computers…</source>
        <translation>Looking for other computers…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Sync problem</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) connected</source>
        <translation>
            <numerusform>%n computer connected</numerusform>
            <numerusform>%n computers connected</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync state: %1</source>
        <translation>Sync state: %1</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>council</source>
        <translation>council</translation>
    </message>
    <message>
        <source>elder</source>
        <translation>elder</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>viewer</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspended</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computers</translation>
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
        <translation>Members of the group</translation>
    </message>
    <message>
        <source>Invite someone…</source>
        <translation>Invite someone…</translation>
    </message>
    <message>
        <source>Remove from group…</source>
        <translation>Remove from group…</translation>
    </message>
    <message>
        <source>This computer holds no group yet.</source>
        <translation>This computer holds no group yet.</translation>
    </message>
    <message>
        <source>Only council members can invite or remove people, and none of them has a key on this computer.</source>
        <translation>Only council members can invite or remove people, and none of them has a key on this computer.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Recent activity</translation>
    </message>
    <message>
        <source>members</source>
        <translation>members</translation>
    </message>
    <message>
        <source>elders; %1 must sign each entry</source>
        <translation>elders; %1 must sign each entry</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>currency</translation>
    </message>
    <message>
        <source>This computer holds no group yet. Create one with the command 'lattice group create', or join one with an invite code.</source>
        <translation>This computer holds no group yet. Create one with the command 'lattice group create', or join one with an invite code.</translation>
    </message>
    <message>
        <source>other computers connected</source>
        <translation>other computers connected</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) do not count:</source>
        <translation>
            <numerusform>%n record does not count:</numerusform>
            <numerusform>%n records do not count:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1's computer sent two different records with the same number. Their records from that point on do not count until the council sorts it out.</source>
        <translation>%1's computer sent two different records with the same number. Their records from that point on do not count until the council sorts it out.</translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <source>found on this network</source>
        <translation>found on this network</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>added by hand</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>How found</source>
        <translation>How found</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>PeersView</name>
    <message>
        <source>This computer: %1</source>
        <translation>This computer: %1</translation>
    </message>
    <message>
        <source>Other computers</source>
        <translation>Other computers</translation>
    </message>
    <message>
        <source>e.g. /ip4/192.168.1.20/tcp/4001/p2p/12D3KooW…</source>
        <translation>e.g. /ip4/192.168.1.20/tcp/4001/p2p/12D3KooW…</translation>
    </message>
    <message>
        <source>Address of another computer</source>
        <translation>Address of another computer</translation>
    </message>
    <message>
        <source>Add computer</source>
        <translation>Add computer</translation>
    </message>
    <message>
        <source>Computers on the same network find each other by themselves. If the network blocks that, type the address shown on the other computer.</source>
        <translation>Computers on the same network find each other by themselves. If the network blocks that, type the address shown on the other computer.</translation>
    </message>
    <message>
        <source>Its address: %1</source>
        <translation>Its address: %1</translation>
    </message>
</context>
<context>
    <name>PendingView</name>
    <message>
        <source>This section is not available in this version of Lattice yet.</source>
        <translation>This section is not available in this version of Lattice yet.</translation>
    </message>
</context>
<context>
    <name>RemoveMemberDialog</name>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>%1 will no longer receive the group's new records, and what they write from now on will not count. What is already on their computer stays there.</source>
        <translation>%1 will no longer receive the group's new records, and what they write from now on will not count. What is already on their computer stays there.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <source>Lattice cannot start</source>
        <translation>Lattice cannot start</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used: %2</source>
        <translation>The data folder %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>network sync is switched off</source>
        <translation>network sync is switched off</translation>
    </message>
</context>
</TS>
