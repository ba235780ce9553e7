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
        <source>%1 is unlocked on this computer: no passphrase needed.</source>
        <translation>%1 is unlocked on this computer: no passphrase needed.</translation>
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
    <name>AddEntryDialog</name>
    <message>
        <source>Record an entry</source>
        <translation>Record an entry</translation>
    </message>
    <message>
        <source>Type of entry</source>
        <translation>Type of entry</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>To fund</source>
        <translation>To fund</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Amount in %1</translation>
    </message>
    <message>
        <source>e.g. 250.00</source>
        <translation>e.g. 250.00</translation>
    </message>
    <message>
        <source>Interest in %1</source>
        <translation>Interest in %1</translation>
    </message>
    <message>
        <source>0 if none</source>
        <translation>0 if none</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Shares bought</source>
        <translation>Shares bought</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>What to fix</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Member:</translation>
    </message>
    <message>
        <source>Fund:</source>
        <translation>Fund:</translation>
    </message>
    <message>
        <source>To fund:</source>
        <translation>To fund:</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>Amount (%1):</translation>
    </message>
    <message>
        <source>Interest (%1):</source>
        <translation>Interest (%1):</translation>
    </message>
    <message>
        <source>Shares bought:</source>
        <translation>Shares bought:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Type the amount.</source>
        <translation>Type the amount.</translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation>Amounts cannot be negative.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <source>Choose the member this entry concerns.</source>
        <translation>Choose the member this entry concerns.</translation>
    </message>
    <message>
        <source>Choose two different funds for a transfer.</source>
        <translation>Choose two different funds for a transfer.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Record attendance</source>
        <translation>Record attendance</translation>
    </message>
</context>
<context>
    <name>CloseMeetingDialog</name>
    <message>
        <source>Close the meeting</source>
        <translation>Close the meeting</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record a decision</source>
        <translation>Record a decision</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Motion</translation>
    </message>
    <message>
        <source>Motion:</source>
        <translation>Motion:</translation>
    </message>
    <message>
        <source>Votes for:</source>
        <translation>Votes for:</translation>
    </message>
    <message>
        <source>Votes against:</source>
        <translation>Votes against:</translation>
    </message>
    <message>
        <source>Abstained:</source>
        <translation>Abstained:</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>carried</source>
        <translation>carried</translation>
    </message>
    <message>
        <source>defeated</source>
        <translation>defeated</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>deferred</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Motion</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Abstained</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>Spreadsheet, plain (CSV)</source>
        <translation>Spreadsheet, plain (CSV)</translation>
    </message>
    <message>
        <source>Spreadsheet (Excel, LibreOffice)</source>
        <translation>Spreadsheet (Excel, LibreOffice)</translation>
    </message>
    <message>
        <source>PDF report with charts</source>
        <translation>PDF report with charts</translation>
    </message>
    <message>
        <source>Signed bundle anyone can verify offline</source>
        <translation>Signed bundle anyone can verify offline</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Name the members (only with their consent)</source>
        <translation>Name the members (only with their consent)</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Passphrase or PIN</source>
        <translation>Passphrase or PIN</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>File to write</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
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
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Export result</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>any date</translation>
    </message>
    <message>
        <source>A bundle holds the signed records themselves; anyone can check it with &apos;lattice verify&apos; without trusting this computer.</source>
        <translation>A bundle holds the signed records themselves; anyone can check it with &apos;lattice verify&apos; without trusting this computer.</translation>
    </message>
    <message>
        <source>Figures are totals per fund and month unless you name the members.</source>
        <translation>Figures are totals per fund and month unless you name the members.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Nobody on this computer may sign a bundle.</source>
        <translation>Nobody on this computer may sign a bundle.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Written:</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Nothing was exported: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Lattice</source>
        <translation>Welcome to Lattice</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Your name is shown to the group. Your passphrase or PIN protects your signature: nobody can record anything in your name without it.</source>
        <translation>Your name is shown to the group. Your passphrase or PIN protects your signature: nobody can record anything in your name without it.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>Someone new</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Passphrase or PIN</source>
        <translation>Passphrase or PIN</translation>
    </message>
    <message>
        <source>Passphrase or PIN again</source>
        <translation>Passphrase or PIN again</translation>
    </message>
    <message>
        <source>You are:</source>
        <translation>You are:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Passphrase or PIN:</source>
        <translation>Passphrase or PIN:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Again:</translation>
    </message>
    <message>
        <source>Start a new group</source>
        <translation>Start a new group</translation>
    </message>
    <message>
        <source>Join a group with an invite code</source>
        <translation>Join a group with an invite code</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Name of the group</translation>
    </message>
    <message>
        <source>Currency code, e.g. KES, RWF, USD</source>
        <translation>Currency code, e.g. KES, RWF, USD</translation>
    </message>
    <message>
        <source>Elders who must sign each entry</source>
        <translation>Elders who must sign each entry</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Invite code</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Group name:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <source>Elders who sign each entry:</source>
        <translation>Elders who sign each entry:</translation>
    </message>
    <message>
        <source>Invite code:</source>
        <translation>Invite code:</translation>
    </message>
    <message>
        <source>Type your passphrase or PIN.</source>
        <translation>Type your passphrase or PIN.</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Type your name.</translation>
    </message>
    <message>
        <source>The passphrase or PIN needs at least 4 characters.</source>
        <translation>The passphrase or PIN needs at least 4 characters.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>Name the group.</source>
        <translation>Name the group.</translation>
    </message>
    <message>
        <source>Type the invite code.</source>
        <translation>Type the invite code.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>This version cannot fetch a group from the network here yet. Run &apos;lattice join CODE --as NAME&apos; on this computer, then start Lattice again.</source>
        <translation>This version cannot fetch a group from the network here yet. Run &apos;lattice join CODE --as NAME&apos; on this computer, then start Lattice again.</translation>
    </message>
    <message>
        <source>Looking for a member&apos;s computer to share the group… Keep Lattice open.</source>
        <translation>Looking for a member&apos;s computer to share the group… Keep Lattice open.</translation>
    </message>
</context>
<context>
    <name>FundsModel</name>
    <message>
        <source>savings</source>
        <translation>savings</translation>
    </message>
    <message>
        <source>social</source>
        <translation>social</translation>
    </message>
    <message>
        <source>loan</source>
        <translation>loan</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>for the family of %1</source>
        <translation>for the family of %1</translation>
    </message>
    <message>
        <source>a group goal</source>
        <translation>a group goal</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>proposed by %1</source>
        <translation>proposed by %1</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progress of %1</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Mark achieved</source>
        <translation>Mark achieved</translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation>Activate %1</translation>
    </message>
    <message>
        <source>Mark %1 achieved</source>
        <translation>Mark %1 achieved</translation>
    </message>
</context>
<context>
    <name>GoalStatusDialog</name>
    <message>
        <source>“%1” becomes %2.</source>
        <translation>“%1” becomes %2.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>proposed</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>achieved</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>no target set</translation>
    </message>
    <message>
        <source>target %1; no fund linked yet</source>
        <translation>target %1; no fund linked yet</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 of %2 (%3%)</translation>
    </message>
</context>
<context>
    <name>GoalsStrip</name>
    <message>
        <source>Goals and their progress</source>
        <translation>Goals and their progress</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>No goals yet.</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <source>Propose a goal…</source>
        <translation>Propose a goal…</translation>
    </message>
    <message>
        <source>The group&apos;s goals</source>
        <translation>The group&apos;s goals</translation>
    </message>
    <message>
        <source>This computer holds no group yet.</source>
        <translation>This computer holds no group yet.</translation>
    </message>
    <message>
        <source>No goals yet. Any member may propose one.</source>
        <translation>No goals yet. Any member may propose one.</translation>
    </message>
    <message>
        <source>Only council members activate goals or mark them achieved.</source>
        <translation>Only council members activate goals or mark them achieved.</translation>
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
    <name>LedgerModel</name>
    <message>
        <source>contribution</source>
        <translation>contribution</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>withdrawal</translation>
    </message>
    <message>
        <source>loan</source>
        <translation>loan</translation>
    </message>
    <message>
        <source>repayment</source>
        <translation>repayment</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>fine</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transfer</translation>
    </message>
    <message>
        <source>share-out</source>
        <translation>share-out</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>reversal</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>reversed</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>pending (%1 of %2 sign-offs)</source>
        <translation>pending (%1 of %2 sign-offs)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>Filter by member</source>
        <translation>Filter by member</translation>
    </message>
    <message>
        <source>Filter by fund</source>
        <translation>Filter by fund</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <source>Filter by sign-off</source>
        <translation>Filter by sign-off</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Confirmed and pending</source>
        <translation>Confirmed and pending</translation>
    </message>
    <message>
        <source>Confirmed only</source>
        <translation>Confirmed only</translation>
    </message>
    <message>
        <source>Pending only</source>
        <translation>Pending only</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation>Ledger entries</translation>
    </message>
    <message>
        <source>Select several entries with Shift or Ctrl to sign them off together.</source>
        <translation>Select several entries with Shift or Ctrl to sign them off together.</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation>Entries shown</translation>
    </message>
    <message>
        <source>Record an entry…</source>
        <translation>Record an entry…</translation>
    </message>
    <message>
        <source>Reverse…</source>
        <translation>Reverse…</translation>
    </message>
    <message>
        <source>Sign off selected…</source>
        <translation>Sign off selected…</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>any date</translation>
    </message>
    <message>
        <source>This computer holds no group yet.</source>
        <translation>This computer holds no group yet.</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>All members</translation>
    </message>
    <message>
        <source>All funds</source>
        <translation>All funds</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Only council members record entries and only elders sign them off; none of them has a key on this computer. You can still read the ledger.</source>
        <translation>Only council members record entries and only elders sign them off; none of them has a key on this computer. You can still read the ledger.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You sign off %n entries:</source>
        <translation>
            <numerusform>You sign off %n entry:</numerusform>
            <numerusform>You sign off %n entries:</numerusform>
        </translation>
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
        <source>Passbook</source>
        <translation>Passbook</translation>
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
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Settings for this computer</source>
        <translation>Settings for this computer</translation>
    </message>
    <message>
        <source>Settings for this computer (Ctrl+,)</source>
        <translation>Settings for this computer (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>MeetingGuide</name>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excused</translation>
    </message>
    <message>
        <source>represented</source>
        <translation>represented</translation>
    </message>
    <message>
        <source>Steps of the meeting</source>
        <translation>Steps of the meeting</translation>
    </message>
    <message>
        <source>Save attendance…</source>
        <translation>Save attendance…</translation>
    </message>
    <message>
        <source>Fines paid at this meeting (lateness, absence…):</source>
        <translation>Fines paid at this meeting (lateness, absence…):</translation>
    </message>
    <message>
        <source>Record a fine…</source>
        <translation>Record a fine…</translation>
    </message>
    <message>
        <source>Each member buys shares into the savings fund.</source>
        <translation>Each member buys shares into the savings fund.</translation>
    </message>
    <message>
        <source>Record shares bought…</source>
        <translation>Record shares bought…</translation>
    </message>
    <message>
        <source>Loan repayments, with their interest.</source>
        <translation>Loan repayments, with their interest.</translation>
    </message>
    <message>
        <source>Record a repayment…</source>
        <translation>Record a repayment…</translation>
    </message>
    <message>
        <source>New loans agreed at this meeting.</source>
        <translation>New loans agreed at this meeting.</translation>
    </message>
    <message>
        <source>Record a new loan…</source>
        <translation>Record a new loan…</translation>
    </message>
    <message>
        <source>Contributions to the social fund, and help paid from it.</source>
        <translation>Contributions to the social fund, and help paid from it.</translation>
    </message>
    <message>
        <source>Record a social fund contribution…</source>
        <translation>Record a social fund contribution…</translation>
    </message>
    <message>
        <source>Close the meeting…</source>
        <translation>Close the meeting…</translation>
    </message>
    <message>
        <source>Count the cash in each box and type what you counted. A difference from the books is kept, and the elders witness it before the meeting is closed.</source>
        <translation>Count the cash in each box and type what you counted. A difference from the books is kept, and the elders witness it before the meeting is closed.</translation>
    </message>
    <message>
        <source>1. Attendance and fines</source>
        <translation>1. Attendance and fines</translation>
    </message>
    <message>
        <source>2. Shares bought</source>
        <translation>2. Shares bought</translation>
    </message>
    <message>
        <source>3. Repayments</source>
        <translation>3. Repayments</translation>
    </message>
    <message>
        <source>4. New loans</source>
        <translation>4. New loans</translation>
    </message>
    <message>
        <source>5. Social fund</source>
        <translation>5. Social fund</translation>
    </message>
    <message>
        <source>6. Cash count and close</source>
        <translation>6. Cash count and close</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Attendance of %1</translation>
    </message>
    <message>
        <source>books say %1</source>
        <translation>books say %1</translation>
    </message>
    <message>
        <source>Cash counted for %1</source>
        <translation>Cash counted for %1</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>counted</translation>
    </message>
    <message>
        <source>Type the cash counted for at least one fund.</source>
        <translation>Type the cash counted for at least one fund.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>A count cannot be negative.</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Open a meeting…</source>
        <translation>Open a meeting…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Record a decision…</source>
        <translation>Record a decision…</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Sign off this meeting…</source>
        <translation>Sign off this meeting…</translation>
    </message>
    <message>
        <source>Guided meeting</source>
        <translation>Guided meeting</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closing: cash difference to witness</source>
        <translation>closing: cash difference to witness</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>No meeting yet. Open one to start.</source>
        <translation>No meeting yet. Open one to start.</translation>
    </message>
    <message>
        <source>(no agenda was set)</source>
        <translation>(no agenda was set)</translation>
    </message>
    <message>
        <source>The minutes are empty.</source>
        <translation>The minutes are empty.</translation>
    </message>
    <message>
        <source>The minutes are a draft: %1 of %2 elders approved this text.</source>
        <translation>The minutes are a draft: %1 of %2 elders approved this text.</translation>
    </message>
    <message>
        <source>The minutes are approved (%1 of %2 elders).</source>
        <translation>The minutes are approved (%1 of %2 elders).</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of this meeting await sign-off.</source>
        <translation>
            <numerusform>%n entry of this meeting awaits sign-off.</numerusform>
            <numerusform>%n entries of this meeting await sign-off.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cash count differs from the books; elders witness it.</source>
        <translation>The cash count differs from the books; elders witness it.</translation>
    </message>
    <message>
        <source>Attendance: %1 %2.</source>
        <translation>Attendance: %1 %2.</translation>
    </message>
    <message>
        <source>You sign this meeting&apos;s minutes as they read now, its entries and its cash count.</source>
        <translation>You sign this meeting&apos;s minutes as they read now, its entries and its cash count.</translation>
    </message>
    <message>
        <source>Parts of the meeting</source>
        <translation>Parts of the meeting</translation>
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
    <name>MinutesEditor</name>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Save the minutes…</source>
        <translation>Save the minutes…</translation>
    </message>
    <message>
        <source>Open or choose a meeting to keep its minutes.</source>
        <translation>Open or choose a meeting to keep its minutes.</translation>
    </message>
    <message>
        <source>Not saved yet. Others&apos; saved changes still merge in as they arrive.</source>
        <translation>Not saved yet. Others&apos; saved changes still merge in as they arrive.</translation>
    </message>
    <message>
        <source>Saved. Changes from other computers appear here as they arrive.</source>
        <translation>Saved. Changes from other computers appear here as they arrive.</translation>
    </message>
    <message>
        <source>Nobody on this computer may write the minutes; you can read them.</source>
        <translation>Nobody on this computer may write the minutes; you can read them.</translation>
    </message>
</context>
<context>
    <name>OpenMeetingDialog</name>
    <message>
        <source>Open a meeting</source>
        <translation>Open a meeting</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Agenda, one item per line</source>
        <translation>Agenda, one item per line</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>One item per line</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Agenda:</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Set up this computer…</source>
        <translation>Set up this computer…</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Recent activity</translation>
    </message>
    <message>
        <source>Funds, confirmed and pending</source>
        <translation>Funds, confirmed and pending</translation>
    </message>
    <message>
        <source>Pooled funds over time</source>
        <translation>Pooled funds over time</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Funds</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
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
        <source>This computer holds no group yet. Create one with the command &apos;lattice group create&apos;, or join one with an invite code.</source>
        <translation>This computer holds no group yet. Create one with the command &apos;lattice group create&apos;, or join one with an invite code.</translation>
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
        <source>%1&apos;s computer sent two different records with the same number. Their records from that point on do not count until the council sorts it out.</source>
        <translation>%1&apos;s computer sent two different records with the same number. Their records from that point on do not count until the council sorts it out.</translation>
    </message>
</context>
<context>
    <name>PassbookModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PassbookSlip</name>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>(+%1 pending)</source>
        <translation>(+%1 pending)</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Savings</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>Loan owed</source>
        <translation>Loan owed</translation>
    </message>
    <message>
        <source>Interest paid</source>
        <translation>Interest paid</translation>
    </message>
    <message>
        <source>Fines paid</source>
        <translation>Fines paid</translation>
    </message>
    <message>
        <source>Share-out (projected)</source>
        <translation>Share-out (projected)</translation>
    </message>
    <message>
        <source>%1 — passbook of %2</source>
        <translation>%1 — passbook of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier line(s) not shown.</source>
        <translation>
            <numerusform>%n earlier line not shown.</numerusform>
            <numerusform>%n earlier lines not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>State code: %1 (%2 changes)</source>
        <translation>State code: %1 (%2 changes)</translation>
    </message>
    <message>
        <source>Any computer of the group shows the same code when it holds the same signed records.</source>
        <translation>Any computer of the group shows the same code when it holds the same signed records.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
</context>
<context>
    <name>PassbookView</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Print slip…</source>
        <translation>Print slip…</translation>
    </message>
    <message>
        <source>Save slip as PDF…</source>
        <translation>Save slip as PDF…</translation>
    </message>
    <message>
        <source>Passbook of:</source>
        <translation>Passbook of:</translation>
    </message>
    <message>
        <source>Passbook entries</source>
        <translation>Passbook entries</translation>
    </message>
    <message>
        <source>State code</source>
        <translation>State code</translation>
    </message>
    <message>
        <source>This computer holds no group yet.</source>
        <translation>This computer holds no group yet.</translation>
    </message>
    <message>
        <source>State code %1 — the same on every computer holding the same records.</source>
        <translation>State code %1 — the same on every computer holding the same records.</translation>
    </message>
    <message>
        <source>Save slip as PDF</source>
        <translation>Save slip as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
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
    <name>PersonPicker</name>
    <message>
        <source>Nobody (reading only)</source>
        <translation>Nobody (reading only)</translation>
    </message>
    <message>
        <source>At the keyboard:</source>
        <translation>At the keyboard:</translation>
    </message>
    <message>
        <source>Who is at the keyboard</source>
        <translation>Who is at the keyboard</translation>
    </message>
    <message>
        <source>Choose who is using this computer. Reading needs no passphrase; the first signature asks it once, until the computer locks again.</source>
        <translation>Choose who is using this computer. Reading needs no passphrase; the first signature asks it once, until the computer locks again.</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <source>Lock the signing key now</source>
        <translation>Lock the signing key now</translation>
    </message>
    <message>
        <source>Forget the unlocked key now (Ctrl+L)</source>
        <translation>Forget the unlocked key now (Ctrl+L)</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Checking the passphrase…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message numerus="yes">
        <source>Signs without asking again; locks after %n idle minute(s), or with Lock now.</source>
        <translation>
            <numerusform>Signs without asking again; locks after %n idle minute, or with Lock now.</numerusform>
            <numerusform>Signs without asking again; locks after %n idle minutes, or with Lock now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>The first signature asks the passphrase once.</source>
        <translation>The first signature asks the passphrase once.</translation>
    </message>
</context>
<context>
    <name>PooledChart</name>
    <message>
        <source>No money recorded yet.</source>
        <translation>No money recorded yet.</translation>
    </message>
    <message>
        <source>The chart fills in as elders sign entries off.</source>
        <translation>The chart fills in as elders sign entries off.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Settings for this computer</source>
        <translation>Settings for this computer</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Lock after:</translation>
    </message>
    <message>
        <source>Lock after how many idle minutes</source>
        <translation>Lock after how many idle minutes</translation>
    </message>
    <message>
        <source>On a shared computer, a person&apos;s unlocked signing key locks again after this long without keyboard or mouse use. From %1 to %2 minutes.</source>
        <translation>On a shared computer, a person&apos;s unlocked signing key locks again after this long without keyboard or mouse use. From %1 to %2 minutes.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1 minutes is not allowed; it is set to %2 instead. Press OK to keep it.</source>
        <translation>%1 minutes is not allowed; it is set to %2 instead. Press OK to keep it.</translation>
    </message>
    <message>
        <source>The setting could not be saved in %1; it applies until Lattice is closed.</source>
        <translation>The setting could not be saved in %1; it applies until Lattice is closed.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) idle</source>
        <translation>
            <numerusform>%n minute idle</numerusform>
            <numerusform>%n minutes idle</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose from %1 to %2 minutes.</source>
        <translation>Choose from %1 to %2 minutes.</translation>
    </message>
</context>
<context>
    <name>ProposeGoalDialog</name>
    <message>
        <source>Propose a goal</source>
        <translation>Propose a goal</translation>
    </message>
    <message>
        <source>What the goal is</source>
        <translation>What the goal is</translation>
    </message>
    <message>
        <source>Target in %1</source>
        <translation>Target in %1</translation>
    </message>
    <message>
        <source>leave empty for no target</source>
        <translation>leave empty for no target</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Has a due date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Fund that saves for it</source>
        <translation>Fund that saves for it</translation>
    </message>
    <message>
        <source>No fund yet</source>
        <translation>No fund yet</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <source>Target (%1):</source>
        <translation>Target (%1):</translation>
    </message>
    <message>
        <source>Fund:</source>
        <translation>Fund:</translation>
    </message>
    <message>
        <source>Say what the goal is.</source>
        <translation>Say what the goal is.</translation>
    </message>
    <message>
        <source>The target must be more than zero.</source>
        <translation>The target must be more than zero.</translation>
    </message>
</context>
<context>
    <name>RemoveMemberDialog</name>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>%1 will no longer receive the group&apos;s new records, and what they write from now on will not count. What is already on their computer stays there.</source>
        <translation>%1 will no longer receive the group&apos;s new records, and what they write from now on will not count. What is already on their computer stays there.</translation>
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
    <name>ReverseEntryDialog</name>
    <message>
        <source>Reverse an entry</source>
        <translation>Reverse an entry</translation>
    </message>
    <message>
        <source>%1

Nothing is deleted: a reversal entry cancels this one, and both stay in the books. The elders sign off the reversal like any entry.</source>
        <translation>%1

Nothing is deleted: a reversal entry cancels this one, and both stay in the books. The elders sign off the reversal like any entry.</translation>
    </message>
    <message>
        <source>Why it is reversed</source>
        <translation>Why it is reversed</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
</context>
<context>
    <name>SaveMinutesDialog</name>
    <message>
        <source>Save the minutes</source>
        <translation>Save the minutes</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign off</source>
        <translation>Sign off</translation>
    </message>
</context>
<context>
    <name>StepEntriesModel</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
