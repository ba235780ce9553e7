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
        <source>Signed &amp;by:</source>
        <translation>Signed &amp;by:</translation>
    </message>
    <message>
        <source>Passp&amp;hrase or PIN:</source>
        <translation>Passp&amp;hrase or PIN:</translation>
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
        <source>Say in the note what the expense was for.</source>
        <translation>Say in the note what the expense was for.</translation>
    </message>
    <message>
        <source>Choose two different funds for a transfer.</source>
        <translation>Choose two different funds for a transfer.</translation>
    </message>
    <message>
        <source>empty: the interest due, computed</source>
        <translation>empty: the interest due, computed</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Term of the loan in months</source>
        <translation>Term of the loan in months</translation>
    </message>
    <message>
        <source>Fine of the schedule</source>
        <translation>Fine of the schedule</translation>
    </message>
    <message>
        <source>(type the amount)</source>
        <translation>(type the amount)</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Term:</translation>
    </message>
    <message>
        <source>Fine:</source>
        <translation>Fine:</translation>
    </message>
    <message>
        <source>Choose the fine of the schedule that is owed.</source>
        <translation>Choose the fine of the schedule that is owed.</translation>
    </message>
    <message>
        <source>Members of which %1</source>
        <translation>Members of which %1</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Every %1</translation>
    </message>
</context>
<context>
    <name>AddFundDialog</name>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>No goal</translation>
    </message>
    <message>
        <source>Goal the fund saves for</source>
        <translation>Goal the fund saves for</translation>
    </message>
    <message>
        <source>Kind of fund</source>
        <translation>Kind of fund</translation>
    </message>
    <message>
        <source>e.g. Social fund</source>
        <translation>e.g. Social fund</translation>
    </message>
    <message>
        <source>Name of the fund</source>
        <translation>Name of the fund</translation>
    </message>
    <message>
        <source>Add a fund</source>
        <translation>Add a fund</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>The two passphrases or PINs differ.</source>
        <translation>The two passphrases or PINs differ.</translation>
    </message>
    <message>
        <source>Let them type a passphrase or PIN.</source>
        <translation>Let them type a passphrase or PIN.</translation>
    </message>
    <message>
        <source>Type their name.</source>
        <translation>Type their name.</translation>
    </message>
    <message>
        <source>Their %1</source>
        <translation>Their %1</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>&amp;Joined on:</translation>
    </message>
    <message>
        <source>Their &amp;role:</source>
        <translation>Their &amp;role:</translation>
    </message>
    <message>
        <source>The same &amp;again:</source>
        <translation>The same &amp;again:</translation>
    </message>
    <message>
        <source>Their &amp;passphrase or PIN:</source>
        <translation>Their &amp;passphrase or PIN:</translation>
    </message>
    <message>
        <source>Their &amp;name:</source>
        <translation>Their &amp;name:</translation>
    </message>
    <message>
        <source>Day they joined</source>
        <translation>Day they joined</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>Their district</source>
        <translation>Their district</translation>
    </message>
    <message>
        <source>Their role</source>
        <translation>Their role</translation>
    </message>
    <message>
        <source>Their passphrase or PIN again</source>
        <translation>Their passphrase or PIN again</translation>
    </message>
    <message>
        <source>Their passphrase or PIN</source>
        <translation>Their passphrase or PIN</translation>
    </message>
    <message>
        <source>Their name in the group</source>
        <translation>Their name in the group</translation>
    </message>
    <message>
        <source>For someone who has no computer of their own: they sign on this one with their own passphrase or PIN. Let them type it.</source>
        <translation>For someone who has no computer of their own: they sign on this one with their own passphrase or PIN. Let them type it.</translation>
    </message>
    <message>
        <source>Add a member without a computer</source>
        <translation>Add a member without a computer</translation>
    </message>
    <message>
        <source>Sealing their key with their passphrase… This takes a few seconds.</source>
        <translation>Sealing their key with their passphrase… This takes a few seconds.</translation>
    </message>
    <message>
        <source>Their key could not be made: %1</source>
        <translation>Their key could not be made: %1</translation>
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
    <name>AttendanceModel</name>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (not saved)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Attendance of %1</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <source>Backup:</source>
        <translation>Backup:</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>Write a copy of this computer&apos;s data into a folder, e.g. on a USB stick</source>
        <translation>Write a copy of this computer&apos;s data into a folder, e.g. on a USB stick</translation>
    </message>
    <message>
        <source>Back up into which folder?</source>
        <translation>Back up into which folder?</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n changes to %1.</source>
        <translation>
            <numerusform>Backed up %n change to %1.</numerusform>
            <numerusform>Backed up %n changes to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s data has never been backed up: use Settings, or &apos;lattice backup&apos;.</source>
        <translation>This computer&apos;s data has never been backed up: use Settings, or &apos;lattice backup&apos;.</translation>
    </message>
    <message>
        <source>Last backup of this computer&apos;s data: %1</source>
        <translation>Last backup of this computer&apos;s data: %1</translation>
    </message>
</context>
<context>
    <name>ChargeFinesDialog</name>
    <message>
        <source>Charge the fines for absence and lateness</source>
        <translation>Charge the fines for absence and lateness</translation>
    </message>
    <message>
        <source>Each member saved as absent owes the schedule&apos;s absence fine, each member saved as late its lateness fine. They pay it now or at a later meeting.</source>
        <translation>Each member saved as absent owes the schedule&apos;s absence fine, each member saved as late its lateness fine. They pay it now or at a later meeting.</translation>
    </message>
</context>
<context>
    <name>CloseCycleDialog</name>
    <message>
        <source>Close the savings cycle</source>
        <translation>Close the savings cycle</translation>
    </message>
    <message>
        <source>Last day of the cycle</source>
        <translation>Last day of the cycle</translation>
    </message>
    <message>
        <source>Every member must have been paid their share-out. The elders then sign the close off; from then on nothing dated in the cycle can be recorded.</source>
        <translation>Every member must have been paid their share-out. The elders then sign the close off; from then on nothing dated in the cycle can be recorded.</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Last day:</translation>
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
    <name>ColumnFitter</name>
    <message>
        <source>Show every column</source>
        <translation>Show every column</translation>
    </message>
    <message>
        <source>Show every column of the table</source>
        <translation>Show every column of the table</translation>
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
    <name>DistrictsModel</name>
    <message>
        <source>(no %1)</source>
        <translation>(no %1)</translation>
    </message>
    <message>
        <source>Not from members</source>
        <translation>Not from members</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Contributed</source>
        <translation>Contributed</translation>
    </message>
    <message>
        <source>%1 more pending sign-off</source>
        <translation>%1 more pending sign-off</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Savings</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation>Share of %1</translation>
    </message>
    <message>
        <source>Share of the goal</source>
        <translation>Share of the goal</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Checking the passphrase…</translation>
    </message>
    <message>
        <source>The key could not be opened: %1</source>
        <translation>The key could not be opened: %1</translation>
    </message>
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
    <message>
        <source>Checking the passphrase…</source>
        <translation>Checking the passphrase…</translation>
    </message>
    <message>
        <source>Sealing your key with your passphrase… This takes a few seconds.</source>
        <translation>Sealing your key with your passphrase… This takes a few seconds.</translation>
    </message>
    <message>
        <source>Your key could not be made: %1</source>
        <translation>Your key could not be made: %1</translation>
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
        <source>Day of the change</source>
        <translation>Day of the change</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>On:</translation>
    </message>
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
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message numerus="yes">
        <source>%n family goal(s), %1 achieved (see Goals)</source>
        <translation>
            <numerusform>%n family goal, %1 achieved (see Goals)</numerusform>
            <numerusform>%n family goals, %1 achieved (see Goals)</numerusform>
        </translation>
    </message>
    <message>
        <source>district</source>
        <translation>district</translation>
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
    <message>
        <source>Families&apos; own goals</source>
        <translation>Families&apos; own goals</translation>
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
        <source>Activate the selected family goal</source>
        <translation>Activate the selected family goal</translation>
    </message>
    <message>
        <source>Mark the selected family goal achieved</source>
        <translation>Mark the selected family goal achieved</translation>
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
        <source>Copy the code or scan the QR code to keep the address: read aloud, the letters alone work only on the same network.</source>
        <translation>Copy the code or scan the QR code to keep the address: read aloud, the letters alone work only on the same network.</translation>
    </message>
    <message>
        <source>Network address in the code</source>
        <translation>Network address in the code</translation>
    </message>
    <message>
        <source>Invite code as a QR code</source>
        <translation>Invite code as a QR code</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <source>It also carries the group&apos;s relays (%1), so a computer in another place can reach this one through them.</source>
        <translation>It also carries the group&apos;s relays (%1), so a computer in another place can reach this one through them.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>None: the council places them later</source>
        <translation>None: the council places them later</translation>
    </message>
    <message>
        <source>%1 the new member joins</source>
        <translation>%1 the new member joins</translation>
    </message>
    <message>
        <source>The code carries no network address: the other computer must be on the same network as this one.</source>
        <translation>The code carries no network address: the other computer must be on the same network as this one.</translation>
    </message>
    <message>
        <source>The code carries only this computer&apos;s own internal address, %1 (port %2), which other computers cannot use: the other computer must be on the same network as this one.</source>
        <translation>The code carries only this computer&apos;s own internal address, %1 (port %2), which other computers cannot use: the other computer must be on the same network as this one.</translation>
    </message>
    <message>
        <source>The code carries this computer&apos;s network address, %1 (port %2), so the other computer can reach this one even on a network that stops computers from finding each other.</source>
        <translation>The code carries this computer&apos;s network address, %1 (port %2), so the other computer can reach this one even on a network that stops computers from finding each other.</translation>
    </message>
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
    <name>JoinDayDialog</name>
    <message>
        <source>Correct the join day of %1</source>
        <translation>Correct the join day of %1</translation>
    </message>
    <message>
        <source>%1 joined on %2, as the records say now.</source>
        <translation>%1 joined on %2, as the records say now.</translation>
    </message>
    <message>
        <source>No join day was said for %1 yet.</source>
        <translation>No join day was said for %1 yet.</translation>
    </message>
    <message>
        <source>Entries for them cannot be dated before the day they joined, and the day cannot be later than an entry already recorded for them.</source>
        <translation>Entries for them cannot be dated before the day they joined, and the day cannot be later than an entry already recorded for them.</translation>
    </message>
    <message>
        <source>Day they joined</source>
        <translation>Day they joined</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>&amp;Joined on:</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>fine: %1</source>
        <translation>fine: %1</translation>
    </message>
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
        <source>expense</source>
        <translation>expense</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>reversal</translation>
    </message>
    <message>
        <source>cash shortage</source>
        <translation>cash shortage</translation>
    </message>
    <message>
        <source>cash surplus</source>
        <translation>cash surplus</translation>
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
    <message>
        <source>fine owed</source>
        <translation>fine owed</translation>
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
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
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
    <message>
        <source>Filter by district</source>
        <translation>Filter by district</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filter by %1</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Every %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Choose a section with the arrow keys, or press Alt and its underlined letter, or Ctrl and its number.</source>
        <translation>Choose a section with the arrow keys, or press Alt and its underlined letter, or Ctrl and its number.</translation>
    </message>
    <message>
        <source>%1 (Alt+%2 or Ctrl+%3)</source>
        <translation>%1 (Alt+%2 or Ctrl+%3)</translation>
    </message>
    <message>
        <source>Rules and funds</source>
        <translation>Rules and funds</translation>
    </message>
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
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
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
    <name>MeetingGrid</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>Social fund</source>
        <translation>Social fund</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>Repayment</translation>
    </message>
    <message>
        <source>Fines paid</source>
        <translation>Fines paid</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
</context>
<context>
    <name>MeetingGridDialog</name>
    <message>
        <source>Record every line of the meeting</source>
        <translation>Record every line of the meeting</translation>
    </message>
</context>
<context>
    <name>MeetingGridStep</name>
    <message>
        <source>Type every member&apos;s lines at once: shares bought, social fund, repayment, and the names of the fines paid (a fine owed is paid first). The last row shows the totals; the elders sign the meeting&apos;s lines together.</source>
        <translation>Type every member&apos;s lines at once: shares bought, social fund, repayment, and the names of the fines paid (a fine owed is paid first). The last row shows the totals; the elders sign the meeting&apos;s lines together.</translation>
    </message>
    <message>
        <source>Lines of the meeting, a row per member</source>
        <translation>Lines of the meeting, a row per member</translation>
    </message>
    <message>
        <source>Record every line…</source>
        <translation>Record every line…</translation>
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
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>Charge the fines for absence and lateness…</source>
        <translation>Charge the fines for absence and lateness…</translation>
    </message>
    <message>
        <source>Or every line at once</source>
        <translation>Or every line at once</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Type a letter or press F2 to choose a member&apos;s attendance.</source>
        <translation>Type a letter or press F2 to choose a member&apos;s attendance.</translation>
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
    <message numerus="yes">
        <source>%n lines for %1 members:</source>
        <translation>
            <numerusform>%Ln line for %1 members:</numerusform>
            <numerusform>%Ln lines for %1 members:</numerusform>
        </translation>
    </message>
    <message>
        <source>shares: %1 (%2)</source>
        <translation>shares: %1 (%2)</translation>
    </message>
    <message>
        <source>social fund: %1</source>
        <translation>social fund: %1</translation>
    </message>
    <message>
        <source>repayments: %1</source>
        <translation>repayments: %1</translation>
    </message>
    <message>
        <source>fines: %1</source>
        <translation>fines: %1</translation>
    </message>
    <message>
        <source>in all: %1</source>
        <translation>in all: %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberStatusDialog</name>
    <message>
        <source>Suspend %1</source>
        <translation>Suspend %1</translation>
    </message>
    <message>
        <source>%1 may still repay loans and pay fines, but not buy shares, save or borrow until reinstated.</source>
        <translation>%1 may still repay loans and pay fines, but not buy shares, save or borrow until reinstated.</translation>
    </message>
    <message>
        <source>Reinstate %1</source>
        <translation>Reinstate %1</translation>
    </message>
    <message>
        <source>%1 becomes an active member again.</source>
        <translation>%1 becomes an active member again.</translation>
    </message>
    <message>
        <source>Day it takes effect</source>
        <translation>Day it takes effect</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
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
        <source>not said</source>
        <translation>not said</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n entries dated earlier</source>
        <translation>
            <numerusform>%1, %n entry dated earlier</numerusform>
            <numerusform>%1, %n entries dated earlier</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries dated before they joined (signed before the join day was set; they count):</source>
        <translation>Entries dated before they joined (signed before the join day was set; they count):</translation>
    </message>
    <message>
        <source>No join day was said for them, so entries for them may have any date. The council can set one: Correct join day…</source>
        <translation>No join day was said for them, so entries for them may have any date. The council can set one: Correct join day…</translation>
    </message>
    <message>
        <source>The first day entries for them may be dated</source>
        <translation>The first day entries for them may be dated</translation>
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
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computers</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>representative of %1</source>
        <translation>representative of %1</translation>
    </message>
    <message>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <source>%1; signing for the family too: %2</source>
        <translation>%1; signing for the family too: %2</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Add someone without a computer…</source>
        <translation>Add someone without a computer…</translation>
    </message>
    <message>
        <source>Suspend or reinstate…</source>
        <translation>Suspend or reinstate…</translation>
    </message>
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
        <source>Correct join day…</source>
        <translation>Correct join day…</translation>
    </message>
    <message>
        <source>Correct the selected member&apos;s join day (%1)</source>
        <translation>Correct the selected member&apos;s join day (%1)</translation>
    </message>
    <message>
        <source>This computer holds no group yet.</source>
        <translation>This computer holds no group yet.</translation>
    </message>
    <message>
        <source>Only council members can invite, add or remove people or correct their join day, and none of them has a key on this computer.</source>
        <translation>Only council members can invite, add or remove people or correct their join day, and none of them has a key on this computer.</translation>
    </message>
    <message>
        <source>Show the members of</source>
        <translation>Show the members of</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) have entries dated before the day they joined (signed before the day was corrected). They count; point at the Joined day to see which.</source>
        <translation>
            <numerusform>%n member has entries dated before the day they joined (signed before the day was corrected). They count; point at the Joined day to see which.</numerusform>
            <numerusform>%n members have entries dated before the day they joined (signed before the day was corrected). They count; point at their Joined day to see which.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the members of which %1</source>
        <translation>Show the members of which %1</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Every %1</translation>
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
    <name>OpenCycleDialog</name>
    <message>
        <source>Open a savings cycle</source>
        <translation>Open a savings cycle</translation>
    </message>
    <message>
        <source>First day of the cycle</source>
        <translation>First day of the cycle</translation>
    </message>
    <message>
        <source>Planned last day</source>
        <translation>Planned last day</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Number of meetings</source>
        <translation>Number of meetings</translation>
    </message>
    <message>
        <source>e.g. 5 (empty: the smallest coin)</source>
        <translation>e.g. 5 (empty: the smallest coin)</translation>
    </message>
    <message>
        <source>Payouts rounded down to</source>
        <translation>Payouts rounded down to</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;First day:</translation>
    </message>
    <message>
        <source>Planned &amp;last day:</source>
        <translation>Planned &amp;last day:</translation>
    </message>
    <message>
        <source>&amp;Meetings:</source>
        <translation>&amp;Meetings:</translation>
    </message>
    <message>
        <source>Payouts rounded &amp;down to:</source>
        <translation>Payouts rounded &amp;down to:</translation>
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
    <message>
        <source>The whole group</source>
        <translation>The whole group</translation>
    </message>
    <message>
        <source>Meeting of which %1</source>
        <translation>Meeting of which %1</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>This is the group&apos;s only computer…</source>
        <translation>This is the group&apos;s only computer…</translation>
    </message>
    <message>
        <source>Let this computer write again without connecting to another one first</source>
        <translation>Let this computer write again without connecting to another one first</translation>
    </message>
    <message>
        <source>Is this the group&apos;s only computer?</source>
        <translation>Is this the group&apos;s only computer?</translation>
    </message>
    <message>
        <source>Lift the hold only if no other computer holds this group. If one does, connect to it instead: records this computer wrote after the backup are there, and writing before they are back would make the other computers ignore that person&apos;s later records.</source>
        <translation>Lift the hold only if no other computer holds this group. If one does, connect to it instead: records this computer wrote after the backup are there, and writing before they are back would make the other computers ignore that person&apos;s later records.</translation>
    </message>
    <message>
        <source>Yes, it is the only one</source>
        <translation>Yes, it is the only one</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in arrears on loans, %1 in all:</source>
        <translation>
            <numerusform>%n member in arrears on loans, %1 in all:</numerusform>
            <numerusform>%n members in arrears on loans, %1 in all:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 late since %3</source>
        <translation>%1: %2 late since %3</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) owe fines, %1 in all</source>
        <translation>
            <numerusform>%n member owes fines, %1 in all</numerusform>
            <numerusform>%n members owe fines, %1 in all</numerusform>
        </translation>
    </message>
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
    <message numerus="yes">
        <source>member(s)</source>
        <translation>
            <numerusform>member</numerusform>
            <numerusform>members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suspended</source>
        <translation>
            <numerusform>%n suspended</numerusform>
            <numerusform>%n suspended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>elder(s)</source>
        <translation>
            <numerusform>elder</numerusform>
            <numerusform>elders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n must sign each entry</source>
        <translation>
            <numerusform>%n must sign each entry</numerusform>
            <numerusform>%n must sign each entry</numerusform>
        </translation>
    </message>
    <message>
        <source>currency</source>
        <translation>currency</translation>
    </message>
    <message>
        <source>This computer holds no group yet. Start a new group, or join one with an invite code from a member: choose Set up this computer.</source>
        <translation>This computer holds no group yet. Start a new group, or join one with an invite code from a member: choose Set up this computer.</translation>
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
    <message>
        <source>By %1</source>
        <translation>By %1</translation>
    </message>
    <message>
        <source>Figures by %1</source>
        <translation>Figures by %1</translation>
    </message>
    <message>
        <source>Last heard from</source>
        <translation>Last heard from</translation>
    </message>
    <message>
        <source>Figures by district</source>
        <translation>Figures by district</translation>
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
        <source>%1 in cash, %2 of loan settled</source>
        <translation>%1 in cash, %2 of loan settled</translation>
    </message>
    <message>
        <source>Share-out paid</source>
        <translation>Share-out paid</translation>
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
    <message>
        <source>Loan of %1 on %2, due %3</source>
        <translation>Loan of %1 on %2, due %3</translation>
    </message>
    <message>
        <source>%1 owed, interest due %2</source>
        <translation>%1 owed, interest due %2</translation>
    </message>
    <message>
        <source>; in arrears %1 since %2</source>
        <translation>; in arrears %1 since %2</translation>
    </message>
    <message>
        <source>Fines owed</source>
        <translation>Fines owed</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Installments</translation>
    </message>
</context>
<context>
    <name>PassbookView</name>
    <message>
        <source>Sign off the close…</source>
        <translation>Sign off the close…</translation>
    </message>
    <message>
        <source>Elders sign the cycle&apos;s close; it closes once the quorum signed</source>
        <translation>Elders sign the cycle&apos;s close; it closes once the quorum signed</translation>
    </message>
    <message>
        <source>The close of the savings cycle from %1 to %2. Once the quorum of elders signed it, nothing dated in the cycle can be recorded.</source>
        <translation>The close of the savings cycle from %1 to %2. Once the quorum of elders signed it, nothing dated in the cycle can be recorded.</translation>
    </message>
    <message>
        <source>Open cycle…</source>
        <translation>Open cycle…</translation>
    </message>
    <message>
        <source>Close cycle…</source>
        <translation>Close cycle…</translation>
    </message>
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
        <source>Share-out…</source>
        <translation>Share-out…</translation>
    </message>
    <message>
        <source>The share-out of the cycle: the pool, each member&apos;s part, paying it</source>
        <translation>The share-out of the cycle: the pool, each member&apos;s part, paying it</translation>
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
    <message>
        <source>Loans and fines owed</source>
        <translation>Loans and fines owed</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Every %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
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
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
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
    <message>
        <source>The group&apos;s relays</source>
        <translation>The group&apos;s relays</translation>
    </message>
    <message>
        <source>Add relay…</source>
        <translation>Add relay…</translation>
    </message>
    <message>
        <source>Remove relay…</source>
        <translation>Remove relay…</translation>
    </message>
    <message>
        <source>The group&apos;s relays (for computers in other places):</source>
        <translation>The group&apos;s relays (for computers in other places):</translation>
    </message>
    <message>
        <source>The group lists no relay: its computers meet only on their own networks.</source>
        <translation>The group lists no relay: its computers meet only on their own networks.</translation>
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
        <source>Day it was proposed</source>
        <translation>Day it was proposed</translation>
    </message>
    <message>
        <source>Proposed on:</source>
        <translation>Proposed on:</translation>
    </message>
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
    <name>RelayDialog</name>
    <message>
        <source>Take a relay off the group&apos;s list</source>
        <translation>Take a relay off the group&apos;s list</translation>
    </message>
    <message>
        <source>The group&apos;s computers stop using this relay once they have synced.</source>
        <translation>The group&apos;s computers stop using this relay once they have synced.</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>Relay:</source>
        <translation>Relay:</translation>
    </message>
    <message>
        <source>Add a relay</source>
        <translation>Add a relay</translation>
    </message>
    <message>
        <source>A relay lets the group&apos;s computers in other places reach each other. Type its full address, as whoever runs it gives it.</source>
        <translation>A relay lets the group&apos;s computers in other places reach each other. Type its full address, as whoever runs it gives it.</translation>
    </message>
    <message>
        <source>e.g. /dns4/relay.example.org/tcp/4001/p2p/12D3KooW…</source>
        <translation>e.g. /dns4/relay.example.org/tcp/4001/p2p/12D3KooW…</translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation>Relay address</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
</context>
<context>
    <name>RemoveMemberDialog</name>
    <message>
        <source>Day they left</source>
        <translation>Day they left</translation>
    </message>
    <message>
        <source>Left on:</source>
        <translation>Left on:</translation>
    </message>
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
    <name>RulesDialog</name>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>New fin&amp;e:</source>
        <translation>New fin&amp;e:</translation>
    </message>
    <message>
        <source>Fine “%1”:</source>
        <translation>Fine “%1”:</translation>
    </message>
    <message>
        <source>Social f&amp;und a meeting:</source>
        <translation>Social f&amp;und a meeting:</translation>
    </message>
    <message>
        <source>&amp;Largest loan:</source>
        <translation>&amp;Largest loan:</translation>
    </message>
    <message>
        <source>Interest &amp;charged:</source>
        <translation>Interest &amp;charged:</translation>
    </message>
    <message>
        <source>Loan &amp;interest a month:</source>
        <translation>Loan &amp;interest a month:</translation>
    </message>
    <message>
        <source>M&amp;ost shares a meeting:</source>
        <translation>M&amp;ost shares a meeting:</translation>
    </message>
    <message>
        <source>Fe&amp;west shares a meeting:</source>
        <translation>Fe&amp;west shares a meeting:</translation>
    </message>
    <message>
        <source>&amp;Share value:</source>
        <translation>&amp;Share value:</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>In force &amp;from:</translation>
    </message>
    <message>
        <source>Amounts in %1. Only what you change is written; a fine of 0 takes it off; clear a field or choose “not set” to take a rule away.</source>
        <translation>Amounts in %1. Only what you change is written; a fine of 0 takes it off; clear a field or choose “not set” to take a rule away.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Share out the social fund too</source>
        <translation>Share out the social fund too</translation>
    </message>
    <message>
        <source>Amount of the new fine</source>
        <translation>Amount of the new fine</translation>
    </message>
    <message>
        <source>e.g. late</source>
        <translation>e.g. late</translation>
    </message>
    <message>
        <source>Name of a new fine</source>
        <translation>Name of a new fine</translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>Fine: %1</translation>
    </message>
    <message>
        <source>Social fund a meeting</source>
        <translation>Social fund a meeting</translation>
    </message>
    <message>
        <source>A member repays a loan before taking another</source>
        <translation>A member repays a loan before taking another</translation>
    </message>
    <message>
        <source> % of savings</source>
        <translation> % of savings</translation>
    </message>
    <message>
        <source>Largest loan, percent of the member&apos;s savings</source>
        <translation>Largest loan, percent of the member&apos;s savings</translation>
    </message>
    <message>
        <source>How interest is charged</source>
        <translation>How interest is charged</translation>
    </message>
    <message>
        <source>Loan interest a month, percent</source>
        <translation>Loan interest a month, percent</translation>
    </message>
    <message>
        <source>Most shares a meeting</source>
        <translation>Most shares a meeting</translation>
    </message>
    <message>
        <source>Fewest shares a meeting</source>
        <translation>Fewest shares a meeting</translation>
    </message>
    <message>
        <source>Value of one share</source>
        <translation>Value of one share</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Change the group&apos;s rules</source>
        <translation>Change the group&apos;s rules</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>A&amp;mount:</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Social fund shared out</source>
        <translation>Social fund shared out</translation>
    </message>
    <message>
        <source>Payouts rounded down to</source>
        <translation>Payouts rounded down to</translation>
    </message>
    <message>
        <source>Meetings in the cycle</source>
        <translation>Meetings in the cycle</translation>
    </message>
    <message>
        <source>Cycle end</source>
        <translation>Cycle end</translation>
    </message>
    <message>
        <source>Cycle start</source>
        <translation>Cycle start</translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>Fine: %1</translation>
    </message>
    <message>
        <source>Social fund a meeting</source>
        <translation>Social fund a meeting</translation>
    </message>
    <message>
        <source>One loan at a time</source>
        <translation>One loan at a time</translation>
    </message>
    <message>
        <source>%1 % of the member&apos;s savings</source>
        <translation>%1 % of the member&apos;s savings</translation>
    </message>
    <message>
        <source>Largest loan</source>
        <translation>Largest loan</translation>
    </message>
    <message>
        <source>Interest charged</source>
        <translation>Interest charged</translation>
    </message>
    <message>
        <source>Loan interest a month</source>
        <translation>Loan interest a month</translation>
    </message>
    <message>
        <source>Most shares a meeting</source>
        <translation>Most shares a meeting</translation>
    </message>
    <message>
        <source>Fewest shares a meeting</source>
        <translation>Fewest shares a meeting</translation>
    </message>
    <message>
        <source>Share value</source>
        <translation>Share value</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>not set (no limit)</source>
        <translation>not set (no limit)</translation>
    </message>
    <message>
        <source>taken off</source>
        <translation>taken off</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Will be</translation>
    </message>
</context>
<context>
    <name>RulesView</name>
    <message>
        <source>Only council members can change the rules or add a fund, and none of them has a key on this computer.</source>
        <translation>Only council members can change the rules or add a fund, and none of them has a key on this computer.</translation>
    </message>
    <message>
        <source>This computer holds no group yet.</source>
        <translation>This computer holds no group yet.</translation>
    </message>
    <message>
        <source>&amp;Add a fund…</source>
        <translation>&amp;Add a fund…</translation>
    </message>
    <message>
        <source>Funds of the group</source>
        <translation>Funds of the group</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Funds</translation>
    </message>
    <message>
        <source>&amp;Change the rules…</source>
        <translation>&amp;Change the rules…</translation>
    </message>
    <message>
        <source>Rules in force today</source>
        <translation>Rules in force today</translation>
    </message>
    <message>
        <source>Rule changes still to come</source>
        <translation>Rule changes still to come</translation>
    </message>
    <message>
        <source>No rule change is set for a later date.</source>
        <translation>No rule change is set for a later date.</translation>
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
    <name>ShareOutDialog</name>
    <message>
        <source>Share-out</source>
        <translation>Share-out</translation>
    </message>
    <message>
        <source>Share-out per member</source>
        <translation>Share-out per member</translation>
    </message>
    <message>
        <source>Date of the payouts</source>
        <translation>Date of the payouts</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) still to be paid.</source>
        <translation>
            <numerusform>%n member still to be paid.</numerusform>
            <numerusform>%n members still to be paid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone has been paid.</source>
        <translation>Everyone has been paid.</translation>
    </message>
    <message>
        <source>Payout date:</source>
        <translation>Payout date:</translation>
    </message>
    <message>
        <source>Pay those due</source>
        <translation>Pay those due</translation>
    </message>
    <message>
        <source>Pool %1 = cash in the box %2 + loans outstanding %3 + already paid %4.</source>
        <translation>Pool %1 = cash in the box %2 + loans outstanding %3 + already paid %4.</translation>
    </message>
    <message>
        <source>Value per share: %1.</source>
        <translation>Value per share: %1.</translation>
    </message>
    <message>
        <source>Carried forward (rounding): %1.</source>
        <translation>Carried forward (rounding): %1.</translation>
    </message>
    <message>
        <source>&amp;Share-out per member:</source>
        <translation>&amp;Share-out per member:</translation>
    </message>
</context>
<context>
    <name>ShareOutModel</name>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Savings</translation>
    </message>
    <message>
        <source>Part of the pool</source>
        <translation>Part of the pool</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Profit</translation>
    </message>
    <message>
        <source>Loan deducted</source>
        <translation>Loan deducted</translation>
    </message>
    <message>
        <source>Net payout</source>
        <translation>Net payout</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
    <name>Witnessed</name>
    <message>
        <source>No computer of the group has confirmed holding these records yet (they do when they sync and when a meeting closes).</source>
        <translation>No computer of the group has confirmed holding these records yet (they do when they sync and when a meeting closes).</translation>
    </message>
    <message>
        <source>Confirmed by %1 of %2 computers up to %3.</source>
        <translation>Confirmed by %1 of %2 computers up to %3.</translation>
    </message>
    <message>
        <source>Last heard from the group&apos;s computers:</source>
        <translation>Last heard from the group&apos;s computers:</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>a passphrase or PIN needs at least {count} characters</source>
        <translation>a passphrase or PIN needs at least {count} characters</translation>
    </message>
    <message>
        <source>this PC was restored from a backup: sync with another PC of the group first, so nothing written since the backup is overwritten</source>
        <translation>this PC was restored from a backup: sync with another PC of the group first, so nothing written since the backup is overwritten</translation>
    </message>
    <message>
        <source>This PC was restored from a backup, so it writes nothing for this group until it has synced with another PC of the group (which brings back what this PC wrote after the backup). If this is the group&apos;s only PC, say so to lift the hold.</source>
        <translation>This PC was restored from a backup, so it writes nothing for this group until it has synced with another PC of the group (which brings back what this PC wrote after the backup). If this is the group&apos;s only PC, say so to lift the hold.</translation>
    </message>
    <message>
        <source>the hold after a restore is lifted without a sync only for the group&apos;s only PC; confirm that no other PC of the group exists</source>
        <translation>the hold after a restore is lifted without a sync only for the group&apos;s only PC; confirm that no other PC of the group exists</translation>
    </message>
    <message>
        <source>a change this PC wrote earlier (number {seq}) waits here for the ones before it; sync with another PC of the group first, so no number is used twice</source>
        <translation>a change this PC wrote earlier (number {seq}) waits here for the ones before it; sync with another PC of the group first, so no number is used twice</translation>
    </message>
    <message>
        <source>a receipt is not bytes or is too large</source>
        <translation>a receipt is not bytes or is too large</translation>
    </message>
    <message>
        <source>not a signed receipt</source>
        <translation>not a signed receipt</translation>
    </message>
    <message>
        <source>a receipt&apos;s fields are wrong</source>
        <translation>a receipt&apos;s fields are wrong</translation>
    </message>
    <message>
        <source>a receipt has a field of the wrong type</source>
        <translation>a receipt has a field of the wrong type</translation>
    </message>
    <message>
        <source>a receipt&apos;s signature does not match its PC</source>
        <translation>a receipt&apos;s signature does not match its PC</translation>
    </message>
    <message>
        <source>the receipt is of another group</source>
        <translation>the receipt is of another group</translation>
    </message>
    <message>
        <source>the receipt&apos;s PC is not linked to the group for its person</source>
        <translation>the receipt&apos;s PC is not linked to the group for its person</translation>
    </message>
    <message>
        <source>no receipt shows that the group&apos;s one PC held this state</source>
        <translation>no receipt shows that the group&apos;s one PC held this state</translation>
    </message>
    <message>
        <source>this state, or a later one, was held by the group&apos;s one PC, on {when} UTC</source>
        <translation>this state, or a later one, was held by the group&apos;s one PC, on {when} UTC</translation>
    </message>
    <message>
        <source>no receipt shows that any of the group&apos;s {pcs} PCs held this state</source>
        <translation>no receipt shows that any of the group&apos;s {pcs} PCs held this state</translation>
    </message>
    <message>
        <source>this state, or a later one, was held by {held} of the group&apos;s {pcs} PCs, the latest on {when} UTC</source>
        <translation>this state, or a later one, was held by {held} of the group&apos;s {pcs} PCs, the latest on {when} UTC</translation>
    </message>
    <message>
        <source>a change that PCs of {people} had seen is missing</source>
        <translation>a change that PCs of {people} had seen is missing</translation>
    </message>
    <message>
        <source>{count} changes that PCs of {people} had seen are missing</source>
        <translation>{count} changes that PCs of {people} had seen are missing</translation>
    </message>
    <message>
        <source>too many receipts at once</source>
        <translation>too many receipts at once</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a role (one of {choices})</source>
        <translation>&apos;{role}&apos; is not a role (one of {choices})</translation>
    </message>
    <message>
        <source>&apos;{person}&apos; is not a person id (64 hex digits)</source>
        <translation>&apos;{person}&apos; is not a person id (64 hex digits)</translation>
    </message>
    <message>
        <source>&apos;{currency}&apos; is not an ISO 4217 currency code (e.g. KES, RWF, USD)</source>
        <translation>&apos;{currency}&apos; is not an ISO 4217 currency code (e.g. KES, RWF, USD)</translation>
    </message>
    <message>
        <source>the sign-off quorum must be between 1 and 50 elders</source>
        <translation>the sign-off quorum must be between 1 and 50 elders</translation>
    </message>
    <message>
        <source>&apos;{currency}&apos; is not an ISO 4217 currency code</source>
        <translation>&apos;{currency}&apos; is not an ISO 4217 currency code</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nothing to change</translation>
    </message>
    <message>
        <source>say the day the member joined</source>
        <translation>say the day the member joined</translation>
    </message>
    <message>
        <source>{name} joined on {date} already: nothing to change</source>
        <translation>{name} joined on {date} already: nothing to change</translation>
    </message>
    <message>
        <source>{name} has an entry dated {first} (entry {entry}): the join day cannot be after it; choose {first} or earlier, or reverse that entry first</source>
        <translation>{name} has an entry dated {first} (entry {entry}): the join day cannot be after it; choose {first} or earlier, or reverse that entry first</translation>
    </message>
    <message>
        <source>{person} is not a member of this group</source>
        <translation>{person} is not a member of this group</translation>
    </message>
    <message>
        <source>an invite is valid for 1 to 365 days</source>
        <translation>an invite is valid for 1 to 365 days</translation>
    </message>
    <message>
        <source>this invite code does not belong to that group</source>
        <translation>this invite code does not belong to that group</translation>
    </message>
    <message>
        <source>this invite code was already used</source>
        <translation>this invite code was already used</translation>
    </message>
    <message>
        <source>this invite code has expired: ask for a new one</source>
        <translation>this invite code has expired: ask for a new one</translation>
    </message>
    <message>
        <source>document name must look like &apos;minutes:&lt;id&gt;&apos; or &apos;goal:&lt;id&gt;&apos;</source>
        <translation>document name must look like &apos;minutes:&lt;id&gt;&apos; or &apos;goal:&lt;id&gt;&apos;</translation>
    </message>
    <message>
        <source>the document update is not a valid Loro update</source>
        <translation>the document update is not a valid Loro update</translation>
    </message>
    <message>
        <source>the document update must be an incremental update, not a snapshot</source>
        <translation>the document update must be an incremental update, not a snapshot</translation>
    </message>
    <message>
        <source>the document update holds operations of another writer</source>
        <translation>the document update holds operations of another writer</translation>
    </message>
    <message>
        <source>the document update cannot be read</source>
        <translation>the document update cannot be read</translation>
    </message>
    <message>
        <source>the document update touches something other than the text of {doc}</source>
        <translation>the document update touches something other than the text of {doc}</translation>
    </message>
    <message>
        <source>edited minutes</source>
        <translation>edited minutes</translation>
    </message>
    <message>
        <source>edited goal</source>
        <translation>edited goal</translation>
    </message>
    <message>
        <source>edited {doc}</source>
        <translation>edited {doc}</translation>
    </message>
    <message>
        <source>the range starts ({start}) after it ends ({end})</source>
        <translation>the range starts ({start}) after it ends ({end})</translation>
    </message>
    <message>
        <source>{what} must be a date like 2025-01-31, not &apos;{text}&apos;</source>
        <translation>{what} must be a date like 2025-01-31, not &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>the amount</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>fund</source>
        <translation>fund</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>goal</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entry</translation>
    </message>
    <message>
        <source>{what} must be a whole number of minor units</source>
        <translation>{what} must be a whole number of minor units</translation>
    </message>
    <message>
        <source>{what} must be more than zero</source>
        <translation>{what} must be more than zero</translation>
    </message>
    <message>
        <source>{what} is too large</source>
        <translation>{what} is too large</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>the date</translation>
    </message>
    <message>
        <source>the date {date} is in the future (today is {today})</source>
        <translation>the date {date} is in the future (today is {today})</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is not a {what} id (64 hex digits)</source>
        <translation>&apos;{ref}&apos; is not a {what} id (64 hex digits)</translation>
    </message>
    <message>
        <source>no fund {fund} in this group</source>
        <translation>no fund {fund} in this group</translation>
    </message>
    <message>
        <source>no meeting {meeting} in this group</source>
        <translation>no meeting {meeting} in this group</translation>
    </message>
    <message>
        <source>the share value</source>
        <translation>the share value</translation>
    </message>
    <message>
        <source>the social fund</source>
        <translation>the social fund</translation>
    </message>
    <message>
        <source>the cash unit</source>
        <translation>the cash unit</translation>
    </message>
    <message>
        <source>the fine {name}</source>
        <translation>the fine {name}</translation>
    </message>
    <message>
        <source>no rule to set</source>
        <translation>no rule to set</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of fund ({choices})</source>
        <translation>&apos;{kind}&apos; is not a kind of fund ({choices})</translation>
    </message>
    <message>
        <source>&apos;{type}&apos; is not a type of entry you can record: use {choices}</source>
        <translation>&apos;{type}&apos; is not a type of entry you can record: use {choices}</translation>
    </message>
    <message>
        <source>a share-out payout is computed, not typed: pay it as the share-out says</source>
        <translation>a share-out payout is computed, not typed: pay it as the share-out says</translation>
    </message>
    <message>
        <source>shares are bought by a contribution of at least one share</source>
        <translation>shares are bought by a contribution of at least one share</translation>
    </message>
    <message>
        <source>the group has set no share value on {date}</source>
        <translation>the group has set no share value on {date}</translation>
    </message>
    <message>
        <source>say the amount</source>
        <translation>say the amount</translation>
    </message>
    <message>
        <source>only a repayment carries interest</source>
        <translation>only a repayment carries interest</translation>
    </message>
    <message>
        <source>the interest</source>
        <translation>the interest</translation>
    </message>
    <message>
        <source>an expense is the group&apos;s, not a member&apos;s</source>
        <translation>an expense is the group&apos;s, not a member&apos;s</translation>
    </message>
    <message>
        <source>say what the expense was for</source>
        <translation>say what the expense was for</translation>
    </message>
    <message>
        <source>a {type} needs the member it concerns</source>
        <translation>a {type} needs the member it concerns</translation>
    </message>
    <message>
        <source>only a transfer has a destination fund</source>
        <translation>only a transfer has a destination fund</translation>
    </message>
    <message>
        <source>a transfer needs the fund the money goes to</source>
        <translation>a transfer needs the fund the money goes to</translation>
    </message>
    <message>
        <source>only a fine names a fine of the schedule</source>
        <translation>only a fine names a fine of the schedule</translation>
    </message>
    <message>
        <source>no entry {entry} in the books</source>
        <translation>no entry {entry} in the books</translation>
    </message>
    <message>
        <source>{name} is not an elder of this group</source>
        <translation>{name} is not an elder of this group</translation>
    </message>
    <message>
        <source>{entry}: already signed by {name}</source>
        <translation>{entry}: already signed by {name}</translation>
    </message>
    <message>
        <source>{entry}: recorded by {name}, whose sign-off would not count</source>
        <translation>{entry}: recorded by {name}, whose sign-off would not count</translation>
    </message>
    <message>
        <source>no entry or meeting {ref} in the books</source>
        <translation>no entry or meeting {ref} in the books</translation>
    </message>
    <message>
        <source>nothing left to sign: {why}</source>
        <translation>nothing left to sign: {why}</translation>
    </message>
    <message>
        <source>nothing left to sign</source>
        <translation>nothing left to sign</translation>
    </message>
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
        <source>shareout</source>
        <translation>shareout</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>expense</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>reversal</translation>
    </message>
    <message>
        <source>shortage</source>
        <translation>shortage</translation>
    </message>
    <message>
        <source>surplus</source>
        <translation>surplus</translation>
    </message>
    <message>
        <source>savings</source>
        <translation>savings</translation>
    </message>
    <message>
        <source>social</source>
        <translation>social</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>the group already has a fund called {name}</source>
        <translation>the group already has a fund called {name}</translation>
    </message>
    <message>
        <source>no such goal</source>
        <translation>no such goal</translation>
    </message>
    <message>
        <source>the type must be one of {choices}</source>
        <translation>the type must be one of {choices}</translation>
    </message>
    <message>
        <source>a share-out must pay cash or settle a loan</source>
        <translation>a share-out must pay cash or settle a loan</translation>
    </message>
    <message>
        <source>a repayment must repay principal or interest</source>
        <translation>a repayment must repay principal or interest</translation>
    </message>
    <message>
        <source>a transfer needs two different funds</source>
        <translation>a transfer needs two different funds</translation>
    </message>
    <message>
        <source>the cycle from {start} to {end} is closed: no entries dated {date}</source>
        <translation>the cycle from {start} to {end} is closed: no entries dated {date}</translation>
    </message>
    <message>
        <source>{name} is suspended: a suspended member may repay and pay fines, but not buy shares, save or borrow</source>
        <translation>{name} is suspended: a suspended member may repay and pay fines, but not buy shares, save or borrow</translation>
    </message>
    <message>
        <source>the entry to reverse is not in the books</source>
        <translation>the entry to reverse is not in the books</translation>
    </message>
    <message>
        <source>a reversal cannot be reversed (record the entry again instead)</source>
        <translation>a reversal cannot be reversed (record the entry again instead)</translation>
    </message>
    <message>
        <source>that entry was already reversed by {entry}</source>
        <translation>that entry was already reversed by {entry}</translation>
    </message>
    <message>
        <source>no such meeting</source>
        <translation>no such meeting</translation>
    </message>
    <message>
        <source>the meeting of {date} is {status}: no more entries</source>
        <translation>the meeting of {date} is {status}: no more entries</translation>
    </message>
    <message>
        <source>{fund} holds {money} in confirmed money (after the payments already recorded); this would take it below zero</source>
        <translation>{fund} holds {money} in confirmed money (after the payments already recorded); this would take it below zero</translation>
    </message>
    <message>
        <source>{fund} would hold more than the largest amount Lattice keeps</source>
        <translation>{fund} would hold more than the largest amount Lattice keeps</translation>
    </message>
    <message>
        <source>the member owes {owed} in loan principal; this repays {paid}</source>
        <translation>the member owes {owed} in loan principal; this repays {paid}</translation>
    </message>
    <message>
        <source>the member owes {owed} in loan principal; the share-out settles {paid}</source>
        <translation>the member owes {owed} in loan principal; the share-out settles {paid}</translation>
    </message>
    <message>
        <source>by the rules in force on {date}</source>
        <translation>by the rules in force on {date}</translation>
    </message>
    <message>
        <source>the group has set no share value {on}</source>
        <translation>the group has set no share value {on}</translation>
    </message>
    <message>
        <source>{shares} shares cost {cost} {on}</source>
        <translation>{shares} shares cost {cost} {on}</translation>
    </message>
    <message>
        <source>a member buys at most {shares} shares per meeting {on}</source>
        <translation>a member buys at most {shares} shares per meeting {on}</translation>
    </message>
    <message>
        <source>a member buys at least {shares} shares per meeting {on}</source>
        <translation>a member buys at least {shares} shares per meeting {on}</translation>
    </message>
    <message>
        <source>the social-fund contribution is {money} per meeting {on}</source>
        <translation>the social-fund contribution is {money} per meeting {on}</translation>
    </message>
    <message>
        <source>loans are limited to {percent} % of the member&apos;s confirmed savings ({limit}) {on}; the member already owes {owed}</source>
        <translation>loans are limited to {percent} % of the member&apos;s confirmed savings ({limit}) {on}; the member already owes {owed}</translation>
    </message>
    <message>
        <source>the fine schedule has no fine &apos;{fine}&apos; {on}</source>
        <translation>the fine schedule has no fine &apos;{fine}&apos; {on}</translation>
    </message>
    <message>
        <source>the fine &apos;{fine}&apos; is {money} {on}</source>
        <translation>the fine &apos;{fine}&apos; is {money} {on}</translation>
    </message>
    <message>
        <source>reversed entry {entry}</source>
        <translation>reversed entry {entry}</translation>
    </message>
    <message>
        <source>recorded a {type} of {amount} on {date}</source>
        <translation>recorded a {type} of {amount} on {date}</translation>
    </message>
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
        <source>a goal update must change something</source>
        <translation>a goal update must change something</translation>
    </message>
    <message>
        <source>the family of a goal must be a member of the group</source>
        <translation>the family of a goal must be a member of the group</translation>
    </message>
    <message>
        <source>a member proposes family goals for their own family only</source>
        <translation>a member proposes family goals for their own family only</translation>
    </message>
    <message>
        <source>no such fund</source>
        <translation>no such fund</translation>
    </message>
    <message>
        <source>only the council or the goal&apos;s own family may change it</source>
        <translation>only the council or the goal&apos;s own family may change it</translation>
    </message>
    <message>
        <source>a goal that is {status} cannot become {new}</source>
        <translation>a goal that is {status} cannot become {new}</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>the target</translation>
    </message>
    <message>
        <source>the cash count</source>
        <translation>the cash count</translation>
    </message>
    <message>
        <source>no goal {goal} in this group</source>
        <translation>no goal {goal} in this group</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a goal status ({choices})</source>
        <translation>&apos;{status}&apos; is not a goal status ({choices})</translation>
    </message>
    <message>
        <source>only the council may make a goal {status}</source>
        <translation>only the council may make a goal {status}</translation>
    </message>
    <message>
        <source>the meeting of {date} is {status}</source>
        <translation>the meeting of {date} is {status}</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not an attendance ({choices})</source>
        <translation>&apos;{status}&apos; is not an attendance ({choices})</translation>
    </message>
    <message>
        <source>&apos;represented&apos; needs who represented the member</source>
        <translation>&apos;represented&apos; needs who represented the member</translation>
    </message>
    <message>
        <source>no attendance to record</source>
        <translation>no attendance to record</translation>
    </message>
    <message>
        <source>votes cannot be negative</source>
        <translation>votes cannot be negative</translation>
    </message>
    <message>
        <source>&apos;{outcome}&apos; is not an outcome ({choices})</source>
        <translation>&apos;{outcome}&apos; is not an outcome ({choices})</translation>
    </message>
    <message>
        <source>the meeting of {date} is already closed</source>
        <translation>the meeting of {date} is already closed</translation>
    </message>
    <message>
        <source>count the cash of at least one fund to close a meeting</source>
        <translation>count the cash of at least one fund to close a meeting</translation>
    </message>
    <message>
        <source>{person} is not a member of the group</source>
        <translation>{person} is not a member of the group</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>closing</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
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
        <source>{name} must be [person, status, represented-by]</source>
        <translation>{name} must be [person, status, represented-by]</translation>
    </message>
    <message>
        <source>{name}: &apos;represented&apos; needs who represented, and only it</source>
        <translation>{name}: &apos;represented&apos; needs who represented, and only it</translation>
    </message>
    <message>
        <source>{name} must be [fund, amount]</source>
        <translation>{name} must be [fund, amount]</translation>
    </message>
    <message>
        <source>each fund is counted once</source>
        <translation>each fund is counted once</translation>
    </message>
    <message>
        <source>difference found at the cash count</source>
        <translation>difference found at the cash count</translation>
    </message>
    <message>
        <source>recorded attendance of {count} at a meeting</source>
        <translation>recorded attendance of {count} at a meeting</translation>
    </message>
    <message>
        <source>{name} must be a date like 2024-03-31</source>
        <translation>{name} must be a date like 2024-03-31</translation>
    </message>
    <message>
        <source>{name} is not a real date ({value})</source>
        <translation>{name} is not a real date ({value})</translation>
    </message>
    <message>
        <source>{name} must be a map of at most {count} fines</source>
        <translation>{name} must be a map of at most {count} fines</translation>
    </message>
    <message>
        <source>minimum shares ({low}) above the maximum ({high})</source>
        <translation>minimum shares ({low}) above the maximum ({high})</translation>
    </message>
    <message>
        <source>the cycle ends ({end}) before it starts ({start})</source>
        <translation>the cycle ends ({end}) before it starts ({start})</translation>
    </message>
    <message>
        <source>from {day}: {reason}</source>
        <translation>from {day}: {reason}</translation>
    </message>
    <message>
        <source>a rules change must set at least one rule</source>
        <translation>a rules change must set at least one rule</translation>
    </message>
    <message>
        <source>share value</source>
        <translation>share value</translation>
    </message>
    <message>
        <source>fewest shares a meeting</source>
        <translation>fewest shares a meeting</translation>
    </message>
    <message>
        <source>most shares a meeting</source>
        <translation>most shares a meeting</translation>
    </message>
    <message>
        <source>loan interest a month (basis points)</source>
        <translation>loan interest a month (basis points)</translation>
    </message>
    <message>
        <source>loan limit (% of savings)</source>
        <translation>loan limit (% of savings)</translation>
    </message>
    <message>
        <source>social fund a meeting</source>
        <translation>social fund a meeting</translation>
    </message>
    <message>
        <source>fines</source>
        <translation>fines</translation>
    </message>
    <message>
        <source>cycle start</source>
        <translation>cycle start</translation>
    </message>
    <message>
        <source>cycle end</source>
        <translation>cycle end</translation>
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
        <translation>set the group rules from {day}: {changed}</translation>
    </message>
    <message>
        <source>{name} must be [meeting, hash or close]</source>
        <translation>{name} must be [meeting, hash or close]</translation>
    </message>
    <message>
        <source>a sign-off must sign something</source>
        <translation>a sign-off must sign something</translation>
    </message>
    <message>
        <source>a sign-off names each entry once</source>
        <translation>a sign-off names each entry once</translation>
    </message>
    <message>
        <source>none of what it signs stands in the books (voided or unknown)</source>
        <translation>none of what it signs stands in the books (voided or unknown)</translation>
    </message>
    <message>
        <source>{count} entry</source>
        <translation>{count} entry</translation>
    </message>
    <message>
        <source>the minutes of {count} meeting</source>
        <translation>the minutes of {count} meeting</translation>
    </message>
    <message>
        <source>{count} cash count</source>
        <translation>{count} cash count</translation>
    </message>
    <message>
        <source>the close of {count} cycle</source>
        <translation>the close of {count} cycle</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <source>the minutes of {count} meetings</source>
        <translation>the minutes of {count} meetings</translation>
    </message>
    <message>
        <source>{count} cash counts</source>
        <translation>{count} cash counts</translation>
    </message>
    <message>
        <source>the close of {count} cycles</source>
        <translation>the close of {count} cycles</translation>
    </message>
    <message>
        <source>signed off {what}</source>
        <translation>signed off {what}</translation>
    </message>
    <message>
        <source>{name} must be an ISO 4217 currency code</source>
        <translation>{name} must be an ISO 4217 currency code</translation>
    </message>
    <message>
        <source>founded the group {name}</source>
        <translation>founded the group {name}</translation>
    </message>
    <message>
        <source>a settings change must change something</source>
        <translation>a settings change must change something</translation>
    </message>
    <message>
        <source>changed the group settings: {changed}</source>
        <translation>changed the group settings: {changed}</translation>
    </message>
    <message>
        <source>roles must not repeat</source>
        <translation>roles must not repeat</translation>
    </message>
    <message>
        <source>{name} is already a member</source>
        <translation>{name} is already a member</translation>
    </message>
    <message>
        <source>added {name} as {roles}</source>
        <translation>added {name} as {roles}</translation>
    </message>
    <message>
        <source>that person is not a member</source>
        <translation>that person is not a member</translation>
    </message>
    <message>
        <source>set the join day of member {person} to {date}</source>
        <translation>set the join day of member {person} to {date}</translation>
    </message>
    <message>
        <source>{name} is {status}</source>
        <translation>{name} is {status}</translation>
    </message>
    <message>
        <source>the group would be left without an active council member</source>
        <translation>the group would be left without an active council member</translation>
    </message>
    <message>
        <source>removed member {person}</source>
        <translation>removed member {person}</translation>
    </message>
    <message>
        <source>suspended member {person}</source>
        <translation>suspended member {person}</translation>
    </message>
    <message>
        <source>reinstated member {person}</source>
        <translation>reinstated member {person}</translation>
    </message>
    <message>
        <source>that person does not hold the role {role}</source>
        <translation>that person does not hold the role {role}</translation>
    </message>
    <message>
        <source>{name} would be left with no role (remove them instead)</source>
        <translation>{name} would be left with no role (remove them instead)</translation>
    </message>
    <message>
        <source>the group would be left without a council member</source>
        <translation>the group would be left without a council member</translation>
    </message>
    <message>
        <source>granted the role {role} to {person}</source>
        <translation>granted the role {role} to {person}</translation>
    </message>
    <message>
        <source>revoked the role {role} from {person}</source>
        <translation>revoked the role {role} from {person}</translation>
    </message>
    <message>
        <source>an invite with this key already exists</source>
        <translation>an invite with this key already exists</translation>
    </message>
    <message>
        <source>created an invite for a new {role}</source>
        <translation>created an invite for a new {role}</translation>
    </message>
    <message>
        <source>no such invite in this group</source>
        <translation>no such invite in this group</translation>
    </message>
    <message>
        <source>this invite was already used</source>
        <translation>this invite was already used</translation>
    </message>
    <message>
        <source>this invite had expired</source>
        <translation>this invite had expired</translation>
    </message>
    <message>
        <source>already a member of the group</source>
        <translation>already a member of the group</translation>
    </message>
    <message>
        <source>the join does not prove possession of the invite code</source>
        <translation>the join does not prove possession of the invite code</translation>
    </message>
    <message>
        <source>this invite was used by someone else at the same time</source>
        <translation>this invite was used by someone else at the same time</translation>
    </message>
    <message>
        <source>{name} joined with an invite</source>
        <translation>{name} joined with an invite</translation>
    </message>
    <message>
        <source>the author is not a member</source>
        <translation>the author is not a member</translation>
    </message>
    <message>
        <source>this PC is already linked to the group for this person</source>
        <translation>this PC is already linked to the group for this person</translation>
    </message>
    <message>
        <source>linked a PC to the group</source>
        <translation>linked a PC to the group</translation>
    </message>
    <message>
        <source>still waiting for earlier changes</source>
        <translation>still waiting for earlier changes</translation>
    </message>
    <message>
        <source>it belongs to another group than the one it was sent for</source>
        <translation>it belongs to another group than the one it was sent for</translation>
    </message>
    <message>
        <source>it belongs to a group this PC does not hold</source>
        <translation>it belongs to a group this PC does not hold</translation>
    </message>
    <message>
        <source>it depends on a change of another group</source>
        <translation>it depends on a change of another group</translation>
    </message>
    <message>
        <source>waiting for earlier changes</source>
        <translation>waiting for earlier changes</translation>
    </message>
    <message>
        <source>its previous change was written by someone else (broken chain)</source>
        <translation>its previous change was written by someone else (broken chain)</translation>
    </message>
    <message>
        <source>sequence gap: number {seq} follows number {prev}</source>
        <translation>sequence gap: number {seq} follows number {prev}</translation>
    </message>
    <message>
        <source>this invite code is not valid: check the letters</source>
        <translation>this invite code is not valid: check the letters</translation>
    </message>
    <message>
        <source>this invite code is too short or too long</source>
        <translation>this invite code is too short or too long</translation>
    </message>
    <message>
        <source>{name} ({person}) is already on this PC</source>
        <translation>{name} ({person}) is already on this PC</translation>
    </message>
    <message>
        <source>more than one person is called {ref}: use their id</source>
        <translation>more than one person is called {ref}: use their id</translation>
    </message>
    <message>
        <source>no person &apos;{ref}&apos; on this PC (see &apos;lattice person list&apos;)</source>
        <translation>no person &apos;{ref}&apos; on this PC (see &apos;lattice person list&apos;)</translation>
    </message>
    <message>
        <source>no person {person} on this PC</source>
        <translation>no person {person} on this PC</translation>
    </message>
    <message>
        <source>the stored key of {person} is damaged ({why})</source>
        <translation>the stored key of {person} is damaged ({why})</translation>
    </message>
    <message>
        <source>cannot read {path}: {why}</source>
        <translation>cannot read {path}: {why}</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be restored ({why})</source>
        <translation>{path} is damaged and cannot be restored ({why})</translation>
    </message>
    <message>
        <source>{path} is not a person backup ({why})</source>
        <translation>{path} is not a person backup ({why})</translation>
    </message>
    <message>
        <source>unknown kind of change &apos;{kind}&apos;</source>
        <translation>unknown kind of change &apos;{kind}&apos;</translation>
    </message>
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
        <source>suspended</source>
        <translation>suspended</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>too few elders to confirm any entry: {elders} active, {quorum} needed (add elders or lower the quorum)</source>
        <translation>too few elders to confirm any entry: {elders} active, {quorum} needed (add elders or lower the quorum)</translation>
    </message>
    <message>
        <source>the author is not a member of the group</source>
        <translation>the author is not a member of the group</translation>
    </message>
    <message>
        <source>{name} was removed from the group before writing this</source>
        <translation>{name} was removed from the group before writing this</translation>
    </message>
    <message>
        <source>{name} is suspended and may not write</source>
        <translation>{name} is suspended and may not write</translation>
    </message>
    <message>
        <source>{name} is not {need} ({roles})</source>
        <translation>{name} is not {need} ({roles})</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount (use digits and at most one &apos;.&apos;)</source>
        <translation>&apos;{text}&apos; is not an amount (use digits and at most one &apos;.&apos;)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount</source>
        <translation>&apos;{text}&apos; is not an amount</translation>
    </message>
    <message>
        <source>{currency} has {places} decimal places; &apos;{text}&apos; has more</source>
        <translation>{currency} has {places} decimal places; &apos;{text}&apos; has more</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is too large</source>
        <translation>&apos;{text}&apos; is too large</translation>
    </message>
    <message>
        <source>the person backup is damaged (cut short or changed)</source>
        <translation>the person backup is damaged (cut short or changed)</translation>
    </message>
    <message>
        <source>not a Lattice person backup</source>
        <translation>not a Lattice person backup</translation>
    </message>
    <message>
        <source>a person backup of an unknown format or version</source>
        <translation>a person backup of an unknown format or version</translation>
    </message>
    <message>
        <source>the person backup is damaged: its integrity check fails</source>
        <translation>the person backup is damaged: its integrity check fails</translation>
    </message>
    <message>
        <source>a person backup with malformed fields</source>
        <translation>a person backup with malformed fields</translation>
    </message>
    <message>
        <source>a passphrase or PIN is needed</source>
        <translation>a passphrase or PIN is needed</translation>
    </message>
    <message>
        <source>a person needs a name</source>
        <translation>a person needs a name</translation>
    </message>
    <message>
        <source>wrong passphrase for {name}</source>
        <translation>wrong passphrase for {name}</translation>
    </message>
    <message>
        <source>the sealed key of {name} does not match their id</source>
        <translation>the sealed key of {name} does not match their id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>motion</source>
        <translation>motion</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>founder</source>
        <translation>founder</translation>
    </message>
    <message>
        <source>unknown fields in body: {fields}</source>
        <translation>unknown fields in body: {fields}</translation>
    </message>
    <message>
        <source>missing fields in body: {fields}</source>
        <translation>missing fields in body: {fields}</translation>
    </message>
    <message>
        <source>{name} must be a text</source>
        <translation>{name} must be a text</translation>
    </message>
    <message>
        <source>{name} is longer than {count} characters</source>
        <translation>{name} is longer than {count} characters</translation>
    </message>
    <message>
        <source>{name} must not be empty</source>
        <translation>{name} must not be empty</translation>
    </message>
    <message>
        <source>{name} must be a whole number</source>
        <translation>{name} must be a whole number</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}</source>
        <translation>{name} must be between {low} and {high}</translation>
    </message>
    <message>
        <source>{name} must be true or false</source>
        <translation>{name} must be true or false</translation>
    </message>
    <message>
        <source>{name} must be 32 bytes</source>
        <translation>{name} must be 32 bytes</translation>
    </message>
    <message>
        <source>{name} must be bytes</source>
        <translation>{name} must be bytes</translation>
    </message>
    <message>
        <source>{name} is larger than {count} bytes</source>
        <translation>{name} is larger than {count} bytes</translation>
    </message>
    <message>
        <source>{name} must be one of {choices}</source>
        <translation>{name} must be one of {choices}</translation>
    </message>
    <message>
        <source>{name} must be a list of {low} to {high} items</source>
        <translation>{name} must be a list of {low} to {high} items</translation>
    </message>
    <message>
        <source>written at the same time as the author&apos;s removal from the group (changes made concurrently with a removal do not count)</source>
        <translation>written at the same time as the author&apos;s removal from the group (changes made concurrently with a removal do not count)</translation>
    </message>
    <message>
        <source>the author&apos;s PC sent two different changes with the same number (equivocation); from that point on the author&apos;s changes do not count</source>
        <translation>the author&apos;s PC sent two different changes with the same number (equivocation); from that point on the author&apos;s changes do not count</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Savings</translation>
    </message>
    <message>
        <source>it waits for changes this PC lacks, and its number {seq} is far past {held}</source>
        <translation>it waits for changes this PC lacks, and its number {seq} is far past {held}</translation>
    </message>
    <message>
        <source>this sender already has {count} changes waiting here for earlier ones</source>
        <translation>this sender already has {count} changes waiting here for earlier ones</translation>
    </message>
    <message>
        <source>too many changes already wait here for earlier ones</source>
        <translation>too many changes already wait here for earlier ones</translation>
    </message>
    <message>
        <source>what it waited for did not arrive within {minutes} minutes</source>
        <translation>what it waited for did not arrive within {minutes} minutes</translation>
    </message>
    <message>
        <source>the sender is banned; nothing it sends is kept</source>
        <translation>the sender is banned; nothing it sends is kept</translation>
    </message>
    <message>
        <source>its author is not a member this PC knows, and too many such changes wait already</source>
        <translation>its author is not a member this PC knows, and too many such changes wait already</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MiB; nothing was imported</source>
        <translation>{file} is larger than {limit} MiB; nothing was imported</translation>
    </message>
    <message>
        <source>{file} is not a Lattice changes file</source>
        <translation>{file} is not a Lattice changes file</translation>
    </message>
    <message>
        <source>{file} is damaged (its checksum does not match); nothing was imported</source>
        <translation>{file} is damaged (its checksum does not match); nothing was imported</translation>
    </message>
    <message>
        <source>{file} does not hold a list of changes ({problem}); nothing was imported</source>
        <translation>{file} does not hold a list of changes ({problem}); nothing was imported</translation>
    </message>
    <message>
        <source>{file} holds {count} changes, over the limit of {limit}; nothing was imported</source>
        <translation>{file} holds {count} changes, over the limit of {limit}; nothing was imported</translation>
    </message>
    <message>
        <source>cannot read {file}: {problem}</source>
        <translation>cannot read {file}: {problem}</translation>
    </message>
    <message>
        <source>data after the list</source>
        <translation>data after the list</translation>
    </message>
    <message>
        <source>an item is not bytes</source>
        <translation>an item is not bytes</translation>
    </message>
    <message>
        <source>no list of changes</source>
        <translation>no list of changes</translation>
    </message>
    <message>
        <source>not canonical CBOR</source>
        <translation>not canonical CBOR</translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation>it ends too early</translation>
    </message>
    <message>
        <source>an item of {size} bytes cannot be a change</source>
        <translation>an item of {size} bytes cannot be a change</translation>
    </message>
    <message>
        <source>the disk that holds this PC&apos;s data is full, so nothing new was saved; everything saved before is safe. Free some space on it and try again.</source>
        <translation>the disk that holds this PC&apos;s data is full, so nothing new was saved; everything saved before is safe. Free some space on it and try again.</translation>
    </message>
    <message>
        <source>the disk that holds this PC&apos;s data is full, so Lattice cannot open its store; nothing saved is lost. Free some space on it and try again.</source>
        <translation>the disk that holds this PC&apos;s data is full, so Lattice cannot open its store; nothing saved is lost. Free some space on it and try again.</translation>
    </message>
    <message>
        <source>could not write the backup {file}: {problem}</source>
        <translation>could not write the backup {file}: {problem}</translation>
    </message>
    <message>
        <source>{file} is not a usable backup ({problem}); nothing was changed</source>
        <translation>{file} is not a usable backup ({problem}); nothing was changed</translation>
    </message>
    <message>
        <source>{name} joined the group on {joined}: an entry for them cannot be dated {date}, before that day</source>
        <translation>{name} joined the group on {joined}: an entry for them cannot be dated {date}, before that day</translation>
    </message>
    <message>
        <source>entry {entry} ({money} for {name}) is dated {date}, before {name} joined on {joined}: it counts; reverse it if it was a mistake</source>
        <translation>entry {entry} ({money} for {name}) is dated {date}, before {name} joined on {joined}: it counts; reverse it if it was a mistake</translation>
    </message>
    <message>
        <source>{reason}. {money} paid into {fund} still awaits the elders&apos; sign-off: once they have signed it off (the meeting&apos;s entries, or each one), record this again</source>
        <translation>{reason}. {money} paid into {fund} still awaits the elders&apos; sign-off: once they have signed it off (the meeting&apos;s entries, or each one), record this again</translation>
    </message>
    <message>
        <source>{reason}. {money} of the member&apos;s savings still awaits the elders&apos; sign-off: once they have signed it off (the meeting&apos;s entries, or each one), the limit is {limit} and this can be recorded</source>
        <translation>{reason}. {money} of the member&apos;s savings still awaits the elders&apos; sign-off: once they have signed it off (the meeting&apos;s entries, or each one), the limit is {limit} and this can be recorded</translation>
    </message>
    <message>
        <source>{count} change</source>
        <translation>{count} change</translation>
    </message>
    <message>
        <source>{count} changes</source>
        <translation>{count} changes</translation>
    </message>
    <message>
        <source>{count} group</source>
        <translation>{count} group</translation>
    </message>
    <message>
        <source>{count} groups</source>
        <translation>{count} groups</translation>
    </message>
    <message>
        <source>this data folder already holds a store ({changes} in {groups}); restoring would replace it. To replace it, restore again and say so (the store there now is kept beside it as {kept}).</source>
        <translation>this data folder already holds a store ({changes} in {groups}); restoring would replace it. To replace it, restore again and say so (the store there now is kept beside it as {kept}).</translation>
    </message>
    <message>
        <source>Lattice is running on this data folder (the window or &apos;lattice serve&apos;); close it, then restore</source>
        <translation>Lattice is running on this data folder (the window or &apos;lattice serve&apos;); close it, then restore</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>it is not a Lattice store</source>
        <translation>it is not a Lattice store</translation>
    </message>
    <message>
        <source>&apos;{method}&apos; is not a way of charging interest ({choices})</source>
        <translation>&apos;{method}&apos; is not a way of charging interest ({choices})</translation>
    </message>
    <message>
        <source>a loan is charged {rate} per month, {method}, {on}</source>
        <translation>a loan is charged {rate} per month, {method}, {on}</translation>
    </message>
    <message>
        <source>a loan needs its term in months</source>
        <translation>a loan needs its term in months</translation>
    </message>
    <message>
        <source>a loan&apos;s term is 1 to {most} months</source>
        <translation>a loan&apos;s term is 1 to {most} months</translation>
    </message>
    <message>
        <source>{rows} rows, but the group has {count} members: one row each at most</source>
        <translation>{rows} rows, but the group has {count} members: one row each at most</translation>
    </message>
    <message>
        <source>a member repays a loan before taking another {on}; they owe {owed}</source>
        <translation>a member repays a loan before taking another {on}; they owe {owed}</translation>
    </message>
    <message>
        <source>a repayment pays the interest due ({interest}) first, then principal ({principal} here)</source>
        <translation>a repayment pays the interest due ({interest}) first, then principal ({principal} here)</translation>
    </message>
    <message>
        <source>a whole number of shares</source>
        <translation>a whole number of shares</translation>
    </message>
    <message>
        <source>at most {count} fines a row</source>
        <translation>at most {count} fines a row</translation>
    </message>
    <message>
        <source>declining</source>
        <translation>declining</translation>
    </message>
    <message>
        <source>fine owed</source>
        <translation>fine owed</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>flat</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>line 1: the columns are member and any of {columns}, each once</source>
        <translation>line 1: the columns are member and any of {columns}, each once</translation>
    </message>
    <message>
        <source>line {line}, {column}: {reason}</source>
        <translation>line {line}, {column}: {reason}</translation>
    </message>
    <message>
        <source>line {line}: more than {count} rows</source>
        <translation>line {line}: more than {count} rows</translation>
    </message>
    <message>
        <source>line {line}: not a CSV line ({why})</source>
        <translation>line {line}: not a CSV line ({why})</translation>
    </message>
    <message>
        <source>line {line}: {count} cells, more than the columns</source>
        <translation>line {line}: {count} cells, more than the columns</translation>
    </message>
    <message>
        <source>no fines to charge: nobody absent or late is left uncharged, or the schedule has no fine called &apos;absent&apos; or &apos;late&apos;</source>
        <translation>no fines to charge: nobody absent or late is left uncharged, or the schedule has no fine called &apos;absent&apos; or &apos;late&apos;</translation>
    </message>
    <message>
        <source>no member of this group is called &apos;{name}&apos;</source>
        <translation>no member of this group is called &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>no rows to record</source>
        <translation>no rows to record</translation>
    </message>
    <message>
        <source>no loan {ref} in the books</source>
        <translation>no loan {ref} in the books</translation>
    </message>
    <message>
        <source>no fine owed {ref} in the books</source>
        <translation>no fine owed {ref} in the books</translation>
    </message>
    <message>
        <source>on the amount lent</source>
        <translation>on the amount lent</translation>
    </message>
    <message>
        <source>on the amount still owed</source>
        <translation>on the amount still owed</translation>
    </message>
    <message>
        <source>only a fine pays a fine owed</source>
        <translation>only a fine pays a fine owed</translation>
    </message>
    <message>
        <source>only a loan has a term</source>
        <translation>only a loan has a term</translation>
    </message>
    <message>
        <source>only a repayment names the loan it repays</source>
        <translation>only a repayment names the loan it repays</translation>
    </message>
    <message>
        <source>say which fine of the schedule is owed</source>
        <translation>say which fine of the schedule is owed</translation>
    </message>
    <message>
        <source>say whose row this is</source>
        <translation>say whose row this is</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>shares</translation>
    </message>
    <message>
        <source>social fund</source>
        <translation>social fund</translation>
    </message>
    <message>
        <source>that loan was reversed</source>
        <translation>that loan was reversed</translation>
    </message>
    <message>
        <source>the cell is too long</source>
        <translation>the cell is too long</translation>
    </message>
    <message>
        <source>the file has no header line naming its columns</source>
        <translation>the file has no header line naming its columns</translation>
    </message>
    <message>
        <source>the file is larger than {size} bytes</source>
        <translation>the file is larger than {size} bytes</translation>
    </message>
    <message>
        <source>the fine &apos;{fine}&apos; of {date} is already paid</source>
        <translation>the fine &apos;{fine}&apos; of {date} is already paid</translation>
    </message>
    <message>
        <source>the fine &apos;{fine}&apos; owed since {date} is {money}</source>
        <translation>the fine &apos;{fine}&apos; owed since {date} is {money}</translation>
    </message>
    <message>
        <source>the fine is owed from {date}, after this payment</source>
        <translation>the fine is owed from {date}, after this payment</translation>
    </message>
    <message>
        <source>the fine owed was cancelled by a reversal</source>
        <translation>the fine owed was cancelled by a reversal</translation>
    </message>
    <message>
        <source>the fine paid is not a fine this member owes</source>
        <translation>the fine paid is not a fine this member owes</translation>
    </message>
    <message>
        <source>the fine schedule has no fine &apos;{fine}&apos; and the member owes none</source>
        <translation>the fine schedule has no fine &apos;{fine}&apos; and the member owes none</translation>
    </message>
    <message>
        <source>the fine schedule has no fine &apos;{fine}&apos; on {date}</source>
        <translation>the fine schedule has no fine &apos;{fine}&apos; on {date}</translation>
    </message>
    <message>
        <source>the group has no social fund: add a social fund first</source>
        <translation>the group has no social fund: add a social fund first</translation>
    </message>
    <message>
        <source>the group has set no loan interest {on}</source>
        <translation>the group has set no loan interest {on}</translation>
    </message>
    <message>
        <source>the group has several social funds: record them apart</source>
        <translation>the group has several social funds: record them apart</translation>
    </message>
    <message>
        <source>the loan repaid is not a loan of this member</source>
        <translation>the loan repaid is not a loan of this member</translation>
    </message>
    <message>
        <source>the loan was taken on {date}, after this repayment</source>
        <translation>the loan was taken on {date}, after this repayment</translation>
    </message>
    <message>
        <source>the loan&apos;s principal owed is {owed}; this repays {paid}</source>
        <translation>the loan&apos;s principal owed is {owed}; this repays {paid}</translation>
    </message>
    <message>
        <source>the meeting of {date} is closed: no more entries</source>
        <translation>the meeting of {date} is closed: no more entries</translation>
    </message>
    <message>
        <source>the member is on line {line} already</source>
        <translation>the member is on line {line} already</translation>
    </message>
    <message>
        <source>say the cycle&apos;s planned end or its number of meetings</source>
        <translation>say the cycle&apos;s planned end or its number of meetings</translation>
    </message>
    <message>
        <source>a new cycle starts after the last one closed ({end})</source>
        <translation>a new cycle starts after the last one closed ({end})</translation>
    </message>
    <message>
        <source>the cycle that started on {start} is not closed yet: share out and close it first</source>
        <translation>the cycle that started on {start} is not closed yet: share out and close it first</translation>
    </message>
    <message>
        <source>the constitution has started no cycle (set the cycle&apos;s start first)</source>
        <translation>the constitution has started no cycle (set the cycle&apos;s start first)</translation>
    </message>
    <message>
        <source>the share-out is dated in its cycle, from {start} to {end}</source>
        <translation>the share-out is dated in its cycle, from {start} to {end}</translation>
    </message>
    <message>
        <source>the member was already paid their share-out in this cycle (one per cycle)</source>
        <translation>the member was already paid their share-out in this cycle (one per cycle)</translation>
    </message>
    <message>
        <source>the member still owes {interest} in loan interest and {fines} in fines: they pay these before their share-out</source>
        <translation>the member still owes {interest} in loan interest and {fines} in fines: they pay these before their share-out</translation>
    </message>
    <message>
        <source>nobody was paid: {who} still owe loan interest or fines, which they pay before anyone&apos;s share-out (it adds to every part)</source>
        <translation>nobody was paid: {who} still owe loan interest or fines, which they pay before anyone&apos;s share-out (it adds to every part)</translation>
    </message>
    <message>
        <source>{member} was not paid: {reason}</source>
        <translation>{member} was not paid: {reason}</translation>
    </message>
    <message>
        <source>paid {paid}; then {member} was not paid: {reason}</source>
        <translation>paid {paid}; then {member} was not paid: {reason}</translation>
    </message>
    <message>
        <source>the member has no part in this share-out</source>
        <translation>the member has no part in this share-out</translation>
    </message>
    <message>
        <source>the cycle starts on {start}, after {end}</source>
        <translation>the cycle starts on {start}, after {end}</translation>
    </message>
    <message>
        <source>the close of the cycle from {start} to {end} is already recorded: the elders sign it off</source>
        <translation>the close of the cycle from {start} to {end} is already recorded: the elders sign it off</translation>
    </message>
    <message>
        <source>the cycle from {start} to {end} is already closed</source>
        <translation>the cycle from {start} to {end} is already closed</translation>
    </message>
    <message>
        <source>the share-out comes first: {count} members are not paid yet</source>
        <translation>the share-out comes first: {count} members are not paid yet</translation>
    </message>
    <message>
        <source>closed the savings cycle ending {end}</source>
        <translation>closed the savings cycle ending {end}</translation>
    </message>
    <message>
        <source>added the {kind} fund {name}</source>
        <translation>added the {kind} fund {name}</translation>
    </message>
    <message>
        <source>proposed the goal {title} (target {target})</source>
        <translation>proposed the goal {title} (target {target})</translation>
    </message>
    <message>
        <source>updated a goal (now {status})</source>
        <translation>updated a goal (now {status})</translation>
    </message>
    <message>
        <source>updated a goal</source>
        <translation>updated a goal</translation>
    </message>
    <message>
        <source>opened the meeting of {date}</source>
        <translation>opened the meeting of {date}</translation>
    </message>
    <message>
        <source>recorded the decision &apos;{motion}&apos; ({outcome})</source>
        <translation>recorded the decision &apos;{motion}&apos; ({outcome})</translation>
    </message>
    <message>
        <source>closed a meeting with a cash count of {count} funds</source>
        <translation>closed a meeting with a cash count of {count} funds</translation>
    </message>
    <message>
        <source>the store {path} is damaged ({detail}); it was left untouched. Run &apos;lattice check&apos;, or restore a backup</source>
        <translation>the store {path} is damaged ({detail}); it was left untouched. Run &apos;lattice check&apos;, or restore a backup</translation>
    </message>
    <message>
        <source>the store {path} stayed busy for a minute: another Lattice program on this PC (a window, &apos;lattice serve&apos; or another command) was writing to it. Nothing was written now, and nothing saved before is lost. Try again; if it keeps happening, close the other Lattice programs and try again</source>
        <translation>the store {path} stayed busy for a minute: another Lattice program on this PC (a window, &apos;lattice serve&apos; or another command) was writing to it. Nothing was written now, and nothing saved before is lost. Try again; if it keeps happening, close the other Lattice programs and try again</translation>
    </message>
    <message>
        <source>the store {path} can only be read ({detail}); it was left untouched. Check that this account may write to its folder, and run &apos;lattice check&apos;</source>
        <translation>the store {path} can only be read ({detail}); it was left untouched. Check that this account may write to its folder, and run &apos;lattice check&apos;</translation>
    </message>
    <message>
        <source>the stored change {change} is damaged ({problem}); nothing is written on top of it. Run &apos;lattice check&apos;, or restore a backup</source>
        <translation>the stored change {change} is damaged ({problem}); nothing is written on top of it. Run &apos;lattice check&apos;, or restore a backup</translation>
    </message>
    <message>
        <source>its stored bytes no longer match its id (altered on disk)</source>
        <translation>its stored bytes no longer match its id (altered on disk)</translation>
    </message>
    <message>
        <source>the store {path} is empty (0 bytes: perhaps a copy that was cut short); it was left untouched. Restore a backup, or, to start afresh, move that file out of {folder}</source>
        <translation>the store {path} is empty (0 bytes: perhaps a copy that was cut short); it was left untouched. Restore a backup, or, to start afresh, move that file out of {folder}</translation>
    </message>
    <message>
        <source>{path} is not a Lattice store (or it is damaged); it was left untouched</source>
        <translation>{path} is not a Lattice store (or it is damaged); it was left untouched</translation>
    </message>
    <message>
        <source>the store {path} is damaged or from an unknown SQLite (its header says file format {version}); it was left untouched. Run &apos;lattice check&apos;, or restore a backup</source>
        <translation>the store {path} is damaged or from an unknown SQLite (its header says file format {version}); it was left untouched. Run &apos;lattice check&apos;, or restore a backup</translation>
    </message>
    <message>
        <source>that fine owed is paid: reverse its payment first</source>
        <translation>that fine owed is paid: reverse its payment first</translation>
    </message>
    <message>
        <source>that loan has repayments: reverse them first, then the loan</source>
        <translation>that loan has repayments: reverse them first, then the loan</translation>
    </message>
    <message>
        <source>{person} signs for a family of the group already</source>
        <translation>{person} signs for a family of the group already</translation>
    </message>
    <message>
        <source>no {district} {id} in this group</source>
        <translation>no {district} {id} in this group</translation>
    </message>
    <message>
        <source>the {district} {name} was retired</source>
        <translation>the {district} {name} was retired</translation>
    </message>
    <message>
        <source>added the {word} {name}</source>
        <translation>added the {word} {name}</translation>
    </message>
    <message>
        <source>renamed {word} {district} to {name}</source>
        <translation>renamed {word} {district} to {name}</translation>
    </message>
    <message>
        <source>retired {word} {district}</source>
        <translation>retired {word} {district}</translation>
    </message>
    <message>
        <source>moved member {person} to {word} {district}</source>
        <translation>moved member {person} to {word} {district}</translation>
    </message>
    <message>
        <source>made {person} the representative of {word} {district}</source>
        <translation>made {person} the representative of {word} {district}</translation>
    </message>
    <message>
        <source>ended {person}&apos;s role as a {word} representative</source>
        <translation>ended {person}&apos;s role as a {word} representative</translation>
    </message>
    <message>
        <source>{name} must be [person, name]</source>
        <translation>{name} must be [person, name]</translation>
    </message>
    <message>
        <source>set who may sign for family {person}: {count} persons</source>
        <translation>set who may sign for family {person}: {count} persons</translation>
    </message>
    <message>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <source>no {district} &apos;{ref}&apos; in this group</source>
        <translation>no {district} &apos;{ref}&apos; in this group</translation>
    </message>
    <message>
        <source>a {district} name has 1 to {max} characters</source>
        <translation>a {district} name has 1 to {max} characters</translation>
    </message>
    <message>
        <source>the group already has a {district} called {name}</source>
        <translation>the group already has a {district} called {name}</translation>
    </message>
    <message>
        <source>the {district} {name} still has {count} members: move them first</source>
        <translation>the {district} {name} still has {count} members: move them first</translation>
    </message>
    <message>
        <source>{name} is in {district} already</source>
        <translation>{name} is in {district} already</translation>
    </message>
    <message>
        <source>that person is not a district representative</source>
        <translation>that person is not a district representative</translation>
    </message>
    <message>
        <source>a person may be named only once in a household</source>
        <translation>a person may be named only once in a household</translation>
    </message>
    <message>
        <source>{person} is a member of the group and cannot sign for a family</source>
        <translation>{person} is a member of the group and cannot sign for a family</translation>
    </message>
    <message>
        <source>{person} signs for another family already</source>
        <translation>{person} signs for another family already</translation>
    </message>
    <message>
        <source>a name has 1 to 100 characters</source>
        <translation>a name has 1 to 100 characters</translation>
    </message>
    <message>
        <source>at most {max} persons may sign for one family</source>
        <translation>at most {max} persons may sign for one family</translation>
    </message>
    <message>
        <source>the word for a district has 1 to 40 characters</source>
        <translation>the word for a district has 1 to 40 characters</translation>
    </message>
    <message>
        <source>a representative of {district} records only for its members, and {name} is not one of them</source>
        <translation>a representative of {district} records only for its members, and {name} is not one of them</translation>
    </message>
    <message>
        <source>a representative records entries for a member of their {district} only</source>
        <translation>a representative records entries for a member of their {district} only</translation>
    </message>
    <message>
        <source>a representative opens meetings of their own {district} only ({name})</source>
        <translation>a representative opens meetings of their own {district} only ({name})</translation>
    </message>
    <message>
        <source>this invite code carries more than {count} relays</source>
        <translation>this invite code carries more than {count} relays</translation>
    </message>
    <message>
        <source>this invite code carries a bad relay: {reason}</source>
        <translation>this invite code carries a bad relay: {reason}</translation>
    </message>
    <message>
        <source>a relay address must be a text</source>
        <translation>a relay address must be a text</translation>
    </message>
    <message>
        <source>a relay address is longer than {count} characters</source>
        <translation>a relay address is longer than {count} characters</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not a network address (multiaddr)</source>
        <translation>&apos;{address}&apos; is not a network address (multiaddr)</translation>
    </message>
    <message>
        <source>a relay address must end in /p2p/ and the relay&apos;s peer id: &apos;{address}&apos;</source>
        <translation>a relay address must end in /p2p/ and the relay&apos;s peer id: &apos;{address}&apos;</translation>
    </message>
    <message>
        <source>a relay address starts with the host and port, e.g. /dns4/relay.example.org/tcp/4001/p2p/…: &apos;{address}&apos;</source>
        <translation>a relay address starts with the host and port, e.g. /dns4/relay.example.org/tcp/4001/p2p/…: &apos;{address}&apos;</translation>
    </message>
    <message>
        <source>{name} is not a relay address in its canonical form</source>
        <translation>{name} is not a relay address in its canonical form</translation>
    </message>
    <message>
        <source>this relay is already listed</source>
        <translation>this relay is already listed</translation>
    </message>
    <message>
        <source>the group lists {count} relays already, the most it may</source>
        <translation>the group lists {count} relays already, the most it may</translation>
    </message>
    <message>
        <source>this relay is not listed</source>
        <translation>this relay is not listed</translation>
    </message>
    <message>
        <source>added the relay {address}</source>
        <translation>added the relay {address}</translation>
    </message>
    <message>
        <source>removed the relay {address}</source>
        <translation>removed the relay {address}</translation>
    </message>
    <message>
        <source>same network</source>
        <translation>same network</translation>
    </message>
    <message>
        <source>direct over the internet</source>
        <translation>direct over the internet</translation>
    </message>
    <message>
        <source>through relay {relay}</source>
        <translation>through relay {relay}</translation>
    </message>
    <message>
        <source>{received} received, {sent} sent</source>
        <translation>{received} received, {sent} sent</translation>
    </message>
    <message>
        <source>no other PC of the group heard from yet</source>
        <translation>no other PC of the group heard from yet</translation>
    </message>
    <message>
        <source>no district</source>
        <translation>no district</translation>
    </message>
    <message>
        <source>{district}: one PC, last heard from {when}</source>
        <translation>{district}: one PC, last heard from {when}</translation>
    </message>
    <message>
        <source>{district}: {count} PCs, the latest heard from {when}</source>
        <translation>{district}: {count} PCs, the latest heard from {when}</translation>
    </message>
    <message>
        <source>{name}&apos;s PC, last heard from {when}</source>
        <translation>{name}&apos;s PC, last heard from {when}</translation>
    </message>
    <message>
        <source>and {count} more, heard from earlier</source>
        <translation>and {count} more, heard from earlier</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; is not a rule that can be taken away ({choices})</source>
        <translation>&apos;{rule}&apos; is not a rule that can be taken away ({choices})</translation>
    </message>
    <message>
        <source>{rule} cannot be both set and taken away</source>
        <translation>{rule} cannot be both set and taken away</translation>
    </message>
    <message>
        <source>{name} names a rule twice</source>
        <translation>{name} names a rule twice</translation>
    </message>
    <message>
        <source>a rules change both sets and takes away {rules}</source>
        <translation>a rules change both sets and takes away {rules}</translation>
    </message>
    <message>
        <source>how interest is charged</source>
        <translation>how interest is charged</translation>
    </message>
    <message>
        <source>one loan at a time</source>
        <translation>one loan at a time</translation>
    </message>
    <message>
        <source>meetings in the cycle</source>
        <translation>meetings in the cycle</translation>
    </message>
    <message>
        <source>payouts rounded down to</source>
        <translation>payouts rounded down to</translation>
    </message>
    <message>
        <source>social fund shared out</source>
        <translation>social fund shared out</translation>
    </message>
    <message>
        <source>{rule} not set</source>
        <translation>{rule} not set</translation>
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
