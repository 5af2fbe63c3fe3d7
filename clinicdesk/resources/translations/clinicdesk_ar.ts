<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name> rows</name>
        <message>
            <source>The {what} no longer exists.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppointmentActions</name>
        <message>
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo last status change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ancel appointment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mo&amp;ve…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No-show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No-show (N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No-show (N): from {time}, the visit's start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a no-show yet: {patient}'s visit starts at {time} on {day}. A no-show can be marked from then; if they have come, check them in (I).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppointmentDialog</name>
        <message>
            <source>Appointment history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appointment: {patient}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overridden:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Room:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urgency:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppointmentTableModel</name>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BookingDialog</name>
        <message>
            <source>&amp;Book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Make room (bump plan)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Specialty:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Urgency:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add to &amp;waitlist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any specialty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appointment type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Book the series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Booking for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Booking for: no patient chosen yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Booking for: {name}, born {born} (age {age}), {phones}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking each date…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a slot first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an appointment type first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Earliest day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter books the selected slot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every date clashes; change the repeat or the slot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking for free time…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;patient…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No free slot found; add the patient to the waitlist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No free slot in time for this urgency. Make room with a bump plan, or add the patient to the waitlist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pro&amp;vider:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for the visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up an appointment type first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Specialty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urgency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait for the list of dates, then book.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional, for the provider</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{clashing} of %n dates clash ({days}). Book the other {others} and skip these?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{name} ({minutes} min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is on the waitlist.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BumpDialog</name>
        <message numerus="yes">
            <source>Plan {number}: urgent at {time} with {provider} — %n move(s), {minutes} min of delay</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>BumpPlanDialog</name>
        <message>
            <source>&amp;Apply this plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bump plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make room for an urgent patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the chosen plan does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working out the least disruptive plans…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CalendarCanvas</name>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>التقويم</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Room: {room}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status: {status}; urgency: {urgency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{start} to {end}, {patient}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{type} with {provider}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CalendarHeader</name>
        <message>
            <source>Calendar columns</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CalendarLegend</name>
        <message>
            <source>Appointment types by colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Booked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No-show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status &amp;icons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the status icons mean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{mark} before a name: urgent or emergency</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <source>&amp;Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;linic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel &amp;appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel {patient}'s {type}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancellation reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give a reason for the cancellation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. patient unwell, provider away</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CandidateTableModel</name>
        <message>
            <source>Offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urgency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting since</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No open conflicts: every PC agrees.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two PCs changed the same booking or record while apart. Choose what to keep; your choice is sent to every PC.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{action}: why? (kept in the record)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreateClinicDialog</name>
        <message>
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Administrator &amp;user name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Administrator password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Administrator password again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Administrator user name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clinic &amp;name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clinic name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clinic time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a clinic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passwords do not match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the clinic's name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DayRow</name>
        <message>
            <source>break</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} has a break</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DayView</name>
        <message>
            <source>All providers</source>
            <translation>كل مقدمي الرعاية</translation>
        </message>
        <message>
            <source>By room</source>
            <translation>حسب الغرفة</translation>
        </message>
        <message>
            <source>C&amp;hoose providers…</source>
            <translation>اختيار مقدمي الرعاية…</translation>
        </message>
        <message>
            <source>Chosen providers</source>
            <translation>مقدمو الرعاية المختارون</translation>
        </message>
        <message>
            <source>Columns shown in the day view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day calendar: one column per provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day calendar: one column per room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day view</source>
            <translation>عرض اليوم</translation>
        </message>
        <message>
            <source>Delete calendar view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the view '{name}'? No appointments change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete view</source>
            <translation>حذف العرض</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as &amp;view…</source>
            <translation>حفظ كعرض…</translation>
        </message>
        <message>
            <source>Save calendar view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>إظهار:</translation>
        </message>
    </context>
    <context>
        <name>DisplacedVisitModel</name>
        <message>
            <source>Born</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Called</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no phone on file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rebooked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to rebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ called</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DisplacedVisitsDialog</name>
        <message>
            <source>Ca&amp;lled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected visit to the first free time with another provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected visit to the first free time with the same provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rebook, &amp;other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rebook, &amp;same</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rebooked: {name}, {time}, {provider}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save list as &amp;PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick off the call to the selected patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits inside the time off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits to rebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} booked visits are inside the time off of {provider}; they were not moved. {to_call} still to call, {to_rebook} still to rebook.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DuplicateWarning</name>
        <message>
            <source>&amp;Register as new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Use the selected patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These patients have the same family name and date of birth, or the same phone number. Is the caller one of them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}, born {birth_date} {phones}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExceptionTableModel</name>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExceptionsEditor</name>
        <message>
            <source> to {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Days:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Whole days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appointments inside the new time off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call and rebook them from the worklist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the time off or extra hours to remove.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every visit inside the time off: call, rebook, print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extra hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of exception</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the &amp;worklist…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;move selected…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {provider}'s {what} ({span})?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;ime:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The front desk sees and rebooks them in the day view.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last day is before the first day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. annual leave, training, Saturday clinic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>⚠ %n booked appointment(s) now inside this time off; they were not moved. </source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>FirstRunPanel</name>
        <message>
            <source>&amp;Create a clinic…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load the &amp;demo clinic…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no clinic on this computer yet. Create your clinic, or load the demo clinic (made-up patients and appointments) to try clinicdesk out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to clinicdesk</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>Locked: sign in on the main clinicdesk window.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>&amp;Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not used)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A CSV file, a folder of CSV files, or a FHIR file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Born</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV or FHIR (*.csv *.txt *.tsv *.json *.ndjson *.jsonl)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choice for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose &amp;file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose f&amp;older…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column for {field} in {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File or folder to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fro&amp;m:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a folder of CSV files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported: {added}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May already be</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge, keep details on file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge, take the file's details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not CSV, left out: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is written until you press Import after a preview.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pro&amp;blems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems by row</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Problems in %n row(s) or file(s); nothing can be imported until they are fixed (see Problems).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready to import: {added}. Nothing is written yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip this row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The columns changed since the preview: preview again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kept, but overlaps another visit of its provider</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InsuranceForm</name>
        <message>
            <source>&amp;Member id:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chec&amp;ked on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insurance and verification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pa&amp;yer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Veri&amp;fication:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>insurer or scheme; leave empty for none</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>&amp;System language</source>
            <translation>لغة النظام</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>The new language is used when clinicdesk next starts.</source>
            <translation>ستُستخدم اللغة الجديدة عند تشغيل clinicdesk في المرة القادمة.</translation>
        </message>
    </context>
    <context>
        <name>LengthDialog</name>
        <message>
            <source>&amp;Change length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ends at:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change when {patient}'s {type} ends (starts {when} with {provider}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New end time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To change the length anyway, give the reason for overriding.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;About clinicdesk</source>
            <translation>حول clinicdesk</translation>
        </message>
        <message>
            <source>&amp;Appointment</source>
            <translation>موعد</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ملف</translation>
        </message>
        <message>
            <source>&amp;Find patient…</source>
            <translation>البحث عن مريض…</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>انتقال</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>مساعدة</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New appointment…</source>
            <translation>موعد جديد…</translation>
        </message>
        <message>
            <source>&amp;Patients</source>
            <translation>المرضى</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>خروج</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>عرض</translation>
        </message>
        <message>
            <source>&amp;Week</source>
            <translation>الأسبوع</translation>
        </message>
        <message>
            <source>About clinicdesk</source>
            <translation>حول clinicdesk</translation>
        </message>
        <message>
            <source>Booked: {name}, {time}, {provider}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clinic data location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data: {location}</source>
            <translation>البيانات: {location}</translation>
        </message>
        <message>
            <source>Date shown</source>
            <translation>التاريخ المعروض</translation>
        </message>
        <message>
            <source>Demo clinic ready. Sign in as '{user}' (front desk), 'manager' or '{admin}' (set-up) with the password you chose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find patient (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load the demo clinic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Making the demo clinic… (this takes a few seconds)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New appointment (Ctrl+N)</source>
            <translation>موعد جديد (Ctrl+N)</translation>
        </message>
        <message>
            <source>Next day</source>
            <translation>اليوم التالي</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>الأسبوع التالي</translation>
        </message>
        <message>
            <source>P&amp;roviders</source>
            <translation>مقدمو الرعاية</translation>
        </message>
        <message>
            <source>Previous day</source>
            <translation>اليوم السابق</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>الأسبوع السابق</translation>
        </message>
        <message>
            <source>R&amp;eports</source>
            <translation>التقارير</translation>
        </message>
        <message>
            <source>Re&amp;call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;minders</source>
            <translation>التذكيرات</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>تسجيل الخروج</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>تسجيل الخروج</translation>
        </message>
        <message>
            <source>Signed in: {user} ({role})</source>
            <translation>مسجّل الدخول: {user} ({role})</translation>
        </message>
        <message>
            <source>Signed-in user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today (T)</source>
            <translation>اليوم (T)</translation>
        </message>
        <message>
            <source>Type the recovery key from the printed recovery sheet
(16 groups of 6 digits; spaces and dashes are fine):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Views</source>
            <translation>العروض</translation>
        </message>
        <message>
            <source>Wait&amp;list</source>
            <translation>قائمة الانتظار</translation>
        </message>
        <message>
            <source>Waiting &amp;room</source>
            <translation>غرفة الانتظار</translation>
        </message>
        <message>
            <source>clinicdesk</source>
            <translation>clinicdesk</translation>
        </message>
        <message>
            <source>{clinic} - clinicdesk</source>
            <translation>{clinic} - clinicdesk</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>&amp;Day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move {patient}'s {type} (now {when} with {provider}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pro&amp;vider:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To move it anyway, give the reason for overriding and press Enter.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewPatientDialog</name>
        <message>
            <source>&amp;Email:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Given name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Family name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OccurrenceTableModel</name>
        <message>
            <source>Clash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs override</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverrideReason</name>
        <message>
            <source>Ask someone who may book to override it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for &amp;overriding:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for overriding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the change was not made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. patient can only come then; provider agreed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatientDetail</name>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completed</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n late cancellation(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n missed</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n no-show(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n upcoming</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Alerts:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Book for this patient…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Given name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Phones:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Upcoming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 12 months: {missed} of {visits} missed ({rate}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next visit {day} {time}: {percent} no-show risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No upcoming visit to score.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No visit in the last 12 months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No-show history</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>No-show history: %n past visit(s) with an outcome</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>No-show history: no past or upcoming visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The score helps plan calls and reminders; it never limits care.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>separate several with ;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Alert: {alerts}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatientSearch</name>
        <message>
            <source>Find patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find the patient first: type a name, birth date or phone digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name, date of birth (e.g. 17/05/1980) or phone digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No patient matches: check the spelling, or register a new patient.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still searching: wait for the list, then pick the patient.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} patients match: pick one with the arrow keys, or click it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatientTableModel</name>
        <message>
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Born</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has alerts: open the record before booking</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatientsView</name>
        <message>
            <source>Patients</source>
            <translation>المرضى</translation>
        </message>
    </context>
    <context>
        <name>PrintActions</name>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview the day sheet of the day shown (Ctrl+Shift+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print a day sheet, week schedule or call list (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintSheetDialog</name>
        <message>
            <source>&amp;Day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;To:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;rovider:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print a sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save &amp;as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole clinic</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProblemPanel</name>
        <message>
            <source>&amp;Try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the &amp;recovery key…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clinic data cannot be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the clinic data cannot be opened</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProviderPicker</name>
        <message>
            <source>&amp;Clear all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by name or specialty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter providers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Providers to show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick &amp;all shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick at least one provider.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProvidersView</name>
        <message>
            <source>&amp;Save weekly hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Time off &amp;&amp; extra hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Weekly hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; next change {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours in force since {since}{change}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New hours start on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New hours start on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview of the next two weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview: the next two weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Providers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved. The calendar shows the new hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time off and extra hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time off and extra hours: {provider}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never set</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecallsView</name>
        <message>
            <source>&amp;Include patients hidden after a call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Update list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attempt {count} recorded for {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attempts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due by the end of this month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due in the next 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due in the next 90 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hidden until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last attempt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patients due for recall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a&amp;ttempt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save for pri&amp;nting (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which recalls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no phone on file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} due by {day}, {overdue} overdue.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>I have written down the recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write this recovery key down or print it, and keep it somewhere safe away from this computer. It is shown only now. Without it, the clinic's data cannot be opened if this computer's saved key is ever lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your recovery key</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RemindersView</name>
        <message>
            <source>&amp;Handled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Not sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Replies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Called</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mar&amp;k as called</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Messages not sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No-shows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pr&amp;int list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview, print or save the visits to confirm as a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replies for staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To &amp;call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits to confirm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>called</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no phone on file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unclear reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{calls} to call, {replies} replies to read, {failed} not sent.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RepeatPanel</name>
        <message>
            <source> month(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> week(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Override reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a patient and a slot to see the dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ends:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last day of the series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monthly (same date)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason to override policy clashes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat every how many weeks or months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat frequency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat the appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Series summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weekly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>o&amp;n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only to book the ones needing an override</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message>
            <source>&amp;Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;To:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No visit in these dates has both an arrival and an in-room time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to chart for these dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports</source>
            <translation>التقارير</translation>
        </message>
        <message>
            <source>Reports are for practice managers. Your account ({role}) cannot open them; ask a manager if you need these figures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports unavailable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save these figures as a CSV file for a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work the report out for these dates (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working out the figures…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your account ({role}) is not allowed to do this; ask a practice manager.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{title}, {first} to {last}: %n row(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>SaveTarget</name>
        <message>
            <source>Replace the file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} already exists in {folder}. Replace it?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SheetPreviewDialog</name>
        <message>
            <source>Print preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print preview - {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PDF (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {file}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SheetRequest</name>
        <message>
            <source>Call list {first} to {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day sheet {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits to confirm from {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Week schedule from {day}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInPanel</name>
        <message>
            <source>&amp;Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>كلمة المرور:</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>تسجيل الدخول</translation>
        </message>
        <message>
            <source>&amp;Sign out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>اسم المستخدم:</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clinic name</source>
            <translation>اسم العيادة</translation>
        </message>
        <message>
            <source>Locked: sign in to continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation>كلمة المرور</translation>
        </message>
        <message>
            <source>Sign in to open the schedule.</source>
            <translation>سجّل الدخول لفتح جدول المواعيد.</translation>
        </message>
        <message>
            <source>Sign-in message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign-in problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This window is locked. Sign in to continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type your user name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name</source>
            <translation>اسم المستخدم</translation>
        </message>
        <message>
            <source>clinicdesk</source>
            <translation>clinicdesk</translation>
        </message>
        <message>
            <source>e.g. j.lee</source>
            <translation>مثال: j.lee</translation>
        </message>
    </context>
    <context>
        <name>SlotTableModel</name>
        <message>
            <source>Provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pending</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Sync: not set up</source>
            <translation>المزامنة: غير مُعدّة</translation>
        </message>
        <message>
            <source>Sync: offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync: online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync: syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clock off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never synced</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>Bookings or records that two PCs changed differently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open sync conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send and fetch changes now (F9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in to settle sync conflicts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync state</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WaitingRoomModel</name>
        <message>
            <source>Arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Booked for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waited</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WaitingRoomView</name>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Flag after:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; {late} past {minutes} minutes (flagged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;walk-in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flag patients waiting longer than</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;into room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting room</source>
            <translation>غرفة الانتظار</translation>
        </message>
    </context>
    <context>
        <name>WaitlistOfferDialog</name>
        <message>
            <source>&amp;Book the selected patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time freed: offer it from the waitlist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{when} with {provider} is free. These waitlist patients fit, best match first. Call them on the numbers shown, then book the one who takes it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WaitlistTableModel</name>
        <message>
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urgency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any time</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WaitlistView</name>
        <message numerus="yes">
            <source>%n waiting; {urgent} urgent or emergency.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Add to waitlist…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens the booking dialog; use Add to waitlist there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waitlist</source>
            <translation>قائمة الانتظار</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <source>&amp;Add walk-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a walk-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appointment type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an appointment type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Walk-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Walk-in booked: {name}, {time}, {provider}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <source>&amp;Provider:</source>
            <translation>مقدم الرعاية:</translation>
        </message>
        <message>
            <source>Provider shown in the week view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Week view</source>
            <translation>عرض الأسبوع</translation>
        </message>
    </context>
    <context>
        <name>accounts</name>
        <message>
            <source>A provider account must be linked to a provider (--provider).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A provider account must be linked to a provider.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A user name is 2 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit (for example 'j.lee'). Each person gets their own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current password is wrong; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The user name {name!r} is already taken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no provider with id {link}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no provider with id {provider_id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no user named {normalize_username!r}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This clinic already has user accounts; an administrator adds new ones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown role {role!r}; choose one of: {known}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{username} is the only active administrator; add another one first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>appointment changes</name>
        <message>
            <source>Give a reason for the cancellation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only booked or confirmed appointments can be moved; this one is {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This appointment's type is no longer offered; book a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To cancel, give a reason and who cancelled (use cancel).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>appointment length</name>
        <message>
            <source>An appointment lasts at least {MIN_MINUTES} minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only booked or confirmed appointments can be changed; this one is {status}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>audit command</name>
        <message>
            <source>--{what} {text!r} is not an ISO date or date-time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No audit rows match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clinicdesk: {describe}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seq</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>workstation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>audit keys</name>
        <message>
            <source>This computer has no record of the audit trail's key for this clinic. Enter the recovery key from the printed recovery sheet (clinicdesk unlock).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>backup</name>
        <message>
            <source>No key is known for this backup on this computer: give the recovery key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be written to {folder}: {describe}. Nothing was changed in the clinic data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup folder {folder} cannot be used ({strerror}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer does not hold the audit trail's key for that backup: restore it with --recovery-key (the recovery key printed for that clinic). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} could not be opened with this clinic's key or the recovery key given. It may belong to another clinic, or to a time before the key was changed (then use the recovery key printed at that time).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{name} is damaged (%n problem(s) found by the integrity check); do not restore it. Try an older backup.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{name} is damaged ({exc}); do not restore it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a clinicdesk backup (no clinic data).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a clinicdesk backup (no store id or schema).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a usable clinicdesk backup: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} was made by a newer clinicdesk (schema {revision}); install the latest clinicdesk to restore it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>backup command</name>
        <message>
            <source>
The clinic data it replaced is kept as {previous_store}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--keep must be at least 1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup checks out: {human}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup written and checked: {human}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No backups in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery key: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored from {human}{kept}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clinic data has a new key. NEW RECOVERY KEY:

    {recovery_key}

Print it and keep it safe; the old recovery key no longer opens the clinic data (it still opens backups made before today).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no clinic here: give the backup's --recovery-key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}
  checks out: taken {taken_at:%Y-%m-%d %H:%M} UTC, {value} KiB, schema {schema_revision}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason}Restoring needs a signed-in user allowed to restore (--user), or the recovery key from the recovery sheet (--recovery-key or {RECOVERY_KEY_ENV}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>booking</name>
        <message numerus="yes">
            <source>No free {name} slot in the next %n day(s) for {urgency} care; add the patient to the waitlist.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>That provider does not exist or was removed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bootstrap</name>
        <message>
            <source>A user name is one word of at most {MAX_USERNAME_LENGTH} characters, without spaces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the administrator a user name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the clinic a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the clinic's time zone, e.g. Europe/London.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Too many wrong recovery keys were typed on this computer. Wait %n minute(s) and try again; every try is kept in the audit trail.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>bulk</name>
        <message>
            <source>Another PC sent its clinic to the sync server first; clinics are never mixed. Join this PC from an empty data folder instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clinic did not reach the server whole; the next sync sends it again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bumping</name>
        <message>
            <source>A bump plan is only for urgent or emergency patients.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>calendar exchange</name>
        <message>
            <source>Choose at most {limit} days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last day ({last}) is before the first ({first}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>call list</name>
        <message numerus="yes">
            <source>%n patient(s) to call</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>(unknown patient)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already rebooked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Born</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call list {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Called</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled by patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled by patient (late)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled by the clinic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missed appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No-show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No-show and cancellation call list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody to call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider / type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>catalog</name>
        <message>
            <source>A late cancellation is counted within 0 to 336 hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An appointment lasts 1 to {MAX_APPOINTMENT_MINUTES} minutes (got {minutes}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening hours are given for weekdays 0 (Mon) to 6 (Sun).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The booking grid is one of {allowed} minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is already an appointment type '{strip}'.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>catalog command</name>
        <message>
            <source>Added appointment type {name} ({duration_minutes} min): {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added room {name} ({kind}): {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No appointment types yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No rooms yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>changes</name>
        <message>
            <source>Colour '{value}' is not a colour like #4C78A8.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the {what}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>client</name>
        <message>
            <source>This PC already holds its own clinic data and the server already holds a clinic; they are never mixed. To add this PC, join from an empty data folder: clinicdesk --data-dir NEW_FOLDER sync join --url ...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This PC has not joined a sync server: run 'clinicdesk sync join --url ...'.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>clinic time</name>
        <message>
            <source>'{name}' is not a known time zone; use a name like Europe/London.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{wall:%H:%M} on {day:%Y-%m-%d} does not exist in {key}: the clocks go forward from {jump_from:%H:%M} to {jump_to:%H:%M}. Choose a time from {jump_to:%H:%M}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>clinical notes</name>
        <message>
            <source>Notes are limited to {MAX_NOTES_CHARACTERS:,} characters; these have {count:,}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>command line</name>
        <message>
            <source>clinicdesk {command}: choose one of its sub-commands (see 'clinicdesk {command} --help')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clinicdesk: internal error: {describe_exception}; {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clinicdesk: interrupted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clinicdesk: no display found; use the command line instead (try 'clinicdesk --help'), or set QT_QPA_PLATFORM.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clinicdesk: {broken} is not valid text (UTF-8); retype it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clinicdesk: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not write the crash log ({strerror})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>details in {log}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>confirm_sheet</name>
        <message numerus="yes">
            <source>%n visit(s) to confirm</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Called</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every visit is confirmed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No-shows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits to confirm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no phone on file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unclear reply</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>connection</name>
        <message>
            <source>The connection to the sync server was lost while {what} ({reason}). Changes stay on this PC and are sent at the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sync server cannot be reached ({reason}). Changes stay on this PC and are sent at the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sync server cannot be reached ({value}). Changes stay on this PC and are sent at the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sync server stopped answering while {what} (gave up after {seconds:g} s). Changes stay on this PC and are sent at the next sync.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>context command</name>
        <message>
            <source>New password: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No password: set {PASSWORD_ENV} or run the command in a terminal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say who you are: add --user NAME or set {USER_ENV}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passwords do not match; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type it again: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warning: {message}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>credentials</name>
        <message>
            <source>No {kind} password for {account} at {server} in this computer's keyring: store it with 'clinicdesk messages secret {kind}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That server address is not a PostgreSQL URL ({exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sync password could not be kept in this computer's keyring ({exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {kind} password could not be kept in this computer's keyring ({exc}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>csv exchange</name>
        <message>
            <source>Choose at most {MAX_DAYS} days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last day ({last}) is before the first ({first}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>csv import</name>
        <message>
            <source>The file is neither UTF-8 nor Windows-1252 text (byte {start}); save it as CSV UTF-8.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mapping names an unknown {kind} field {field!r}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({kind}) has no column for {join}; give a mapping file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} has no column {column!r} (mapping of {field}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is larger than 2 GB; split it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} line {line_num}: cannot be read as CSV ({error}); a quote may be left open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: cannot tell from the header whether it holds patients, providers or appointments (columns: {join}); give a mapping file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>csv intake</name>
        <message>
            <source>Duplicates are skip, keep or merge, not {duplicates!r}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The decision for {key!r} must be skip, keep or merge, or {{"action": "merge", "into": "&lt;patient id&gt;", "take": [fields]}} with fields among {join}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The decisions file is not JSON: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The decisions file must look like {"row id": "merge"}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mapping file is not JSON: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mapping file must look like {"patients": {"given": "Forename"}}, with kinds patients, providers or appointments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: the patient {into} to merge into is gone.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>date policy</name>
        <message>
            <source>Date of birth {birth_date:%Y-%m-%d} is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of birth {birth_date:%Y-%m-%d} is too far in the past.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} {isoformat} is outside the dates clinicdesk works with ({clinic_range_text}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dates</name>
        <message>
            <source>April</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>August</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>December</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>February</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>January</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>July</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>June</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>March</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>November</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>October</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saturday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>September</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sunday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thursday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tuesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wednesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{weekday} {day} {month}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{weekday} {day} {month} {year}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>day sheet</name>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n urgent</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arr.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Born</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day sheet {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day sheet · {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EMERGENCY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FAILED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insurance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No appointments booked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No providers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No-show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason / notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>URGENT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urgency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nobody works or is booked this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not working</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>working {hours}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>demo</name>
        <message>
            <source>This clinic already has providers or patients; load the demo clinic into a new data folder (--data-dir) instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown demo size {size!r}: use small, medium or large.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>demo command</name>
        <message>
            <source>  {patients:,} patients, {appointments:,} appointments from {first_day:%d/%m/%Y} to {last_day:%d/%m/%Y}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  {providers} providers, {rooms} rooms, {appointment_types} appointment types</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo clinic loaded ({value}, seed {seed}) in {seconds} s:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its key is kept in this computer's keyring ({keyring}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its key is kept in {where}, in plain text, because {why}. A real clinic (clinicdesk init) needs a keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New store: {store_path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RECOVERY KEY:

    {recovery_key}

{warning}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in as admin, manager or reception with {password_note}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the password in {PASSWORD_ENV}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem}; a plain-text key file is acceptable for the synthetic demo clinic only</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>displaced visits</name>
        <message>
            <source>A worklist holds at most {MAX_WORKLIST} visits.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>No free {name} time with {who} in the next %n day(s); ring the patient and choose a time in the booking dialog.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>This visit is {status}; there is nothing to rebook.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>email</name>
        <message>
            <source>E-mail is not set up: give smtp_host and smtp_from in the message settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the mailbox failed ({name}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMTP security '{security}' is not one of {join}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server answered {smtp_code}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server could not be reached or dropped the line ({name}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server refused the address {address}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server refused the login; check smtp_user and its keyring password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mailbox could not be read ({name}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mailbox refused the search for new mail.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Details for your support contact were saved in {where}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The details could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clinicdesk hit an unexpected problem and did not finish this step. What you typed is still there; please check it and try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fhir</name>
        <message>
            <source>The export is not a valid FHIR R4 Bundle: {problems}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export is not valid FHIR R4: {shown}{more}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fhir exchange</name>
        <message>
            <source>Export at most {limit} days at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the phone number patients call to book (--phone).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publish between 1 and {MAX_PUBLISH_DAYS} days of slots.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The base URL must start with https:// (or http://).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last day ({last}) is before the first ({first}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fhir import</name>
        <message>
            <source>The Bundle's entry is not a list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is larger than {value} MB; split it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is neither FHIR JSON nor NDJSON (it does not start with {{).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not UTF-8 (byte {start}); FHIR JSON is always UTF-8.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has no full date of birth (YYYY-MM-DD), which the clinic needs to tell patients apart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has no name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has no name to show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>names no Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>names no Practitioner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs a family and a given name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs a start and an end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not JSON ({msg})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>status {status!r} is not a booking the clinic keeps</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fhir intake</name>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>Cannot use the folder {folder}: it is not a folder; choose a folder to write to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot use the folder {folder}: {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot use {given}: {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write {target}: {value}. Check the folder and space.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the name of a file to write to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save it as a {extension} file, not '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder {parent} does not exist; choose another place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{given} already exists; choose a new name or allow replacing it (--overwrite on the command line).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{given} is a folder; give a file name to write to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{given} is a link to nothing; choose a file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{given} is not a plain file (a device, socket or pipe); choose a file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is one of the clinic's own files; choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is inside a clinicdesk data folder ({folder}); choose a place outside it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is inside a folder of clinic backups ({parent}); choose a place outside it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is inside the clinic's data or backup folder ({folder}); choose a place outside it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>finding</name>
        <message>
            <source>Ask for between 1 and {MAX_COUNT} slots.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No bookable provider gives {kind}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No bookable {specialty} provider gives {kind}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That provider is not bookable or does not give {kind}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hl7 command</name>
        <message>
            <source>  failed {at}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  last ACK {code} for {control_id} at {at}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n SIU message(s) acknowledged by {link}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n SIU message(s) written to {folder}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>(no folder or MLLP link: nothing sent)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>; %n more waiting</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n more waiting, run again</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>HL7 SIU to {where}: %n change(s) waiting; {where_queue}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>HL7 SIU v{version} to {where}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No HL7 drop folder or MLLP link is set: clinicdesk hl7 outbound set folder DIR (or mllp HOST:PORT).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending stopped at change {control_id}: {reason}. It and the changes after it are sent by the next run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not started yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>position {position}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hl7 exchange</name>
        <message>
            <source>Attempts must be 1 to 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HL7 version {version} is not one of {join}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the EHR answered {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the EHR answered {code}: {text}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hl7 siu</name>
        <message>
            <source>HL7 version {value} is not 2.3 to 2.8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HL7 version {version} is not one of {join}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SIU^{trigger} is not one of {join}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is larger than {value} MB; split it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not HL7 v2 (it does not start with an MSH segment).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ends before it starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gives no usable start and length (SCH-11 or AIS-4/AIS-7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has no SCH segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is a message without a type, not SIU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is a {kind} message, not SIU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>names no appointment (SCH-1 and SCH-2 are empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{trigger} is not a SIU trigger clinicdesk sends.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ical</name>
        <message>
            <source>The calendar cannot be expanded: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The calendar file is broken: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The calendar file is larger than {value} MB; export a shorter period from the other calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The calendar file is not UTF-8 text (byte {start}); it is not an iCalendar file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The calendar gives more than {MAX_OCCURRENCES} busy times in the period; import a shorter period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The calendar's {describe} has a broken {upper}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The calendar's {describe} has no start (DTSTART).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The calendar's {describe} uses an unknown time zone {tzid!r} (and the file does not define it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The calendar's {describe} uses an unknown time zone {tzid!r}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file holds no calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not an iCalendar file (no BEGIN:VCALENDAR).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ical feed</name>
        <message>
            <source>Feeds are at /providers/&lt;id&gt;.ics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The feed failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use http://127.0.0.1:{port}/ for the feeds.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>import files</name>
        <message>
            <source>Cannot read {path}: {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a file or a folder to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The .csv files in {path} are larger than 2 GB together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is neither a CSV file (.csv) nor FHIR (.json, .ndjson); choose one of those or a folder of CSV files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} holds no .csv file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>interop command</name>
        <message>
            <source>  after death: {where}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  clash kept: {appointment_id} overlaps {join}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  clash kept: {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  clash kept: {source} overlaps {join}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  possible duplicate {source} ({name}, {birth_date}){value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  possible duplicate {where} (row id {row}): {reason}; {decision}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n event(s) written to {file}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Busy times {first_day} to {last_day}: {verb} {new} time off, {known} already there; %n booking(s) now inside time off</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>CSV import {verb}: {summary}; already here: {summary2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV written to {folder}: {summary}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot serve on {LOOPBACK}:{port}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FHIR R4 written to {folder}: {summary}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FHIR import {verb}: {summary}; already here: {summary2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the name of a file to import.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>HL7 import {verb} %n message(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing imported: %n message(s) cannot be used (first: message {number}: {reason}).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing imported: %n resource(s) cannot be taken (first: {where}: {reason}).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing imported: %n row(s) have problems (first: {where}: {reason}).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Serving calendars on {base} (this PC only) until Ctrl+C:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slots published to {folder}: {summary}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>would add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>would apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>would import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{given} holds no .csv file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a plain file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is {st_size:,} bytes; at most {limit:,} can be imported at once.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>keys</name>
        <message>
            <source>The demo key file {path} is damaged. Enter the recovery key printed when the demo was made, or delete the data folder and run the demo again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keyring entry for the clinic data key is damaged. Enter the recovery key from the printed recovery sheet to unlock the clinic data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no keyring service was found on this computer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>lifecycle</name>
        <message>
            <source>This computer has no record of the key for the clinic data ({STORE_INFO_FILE_NAME} is missing). Enter the recovery key from the printed recovery sheet to unlock it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>lookups</name>
        <message>
            <source>More than one appointment type is called '{id_or_name}'; use its id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No appointment type '{id_or_name}' (known types: {known}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No appointment with id {appointment_id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No patient with id {patient_id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No provider with id {provider_id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No room with id {room_id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This store has no clinic set up yet; run 'clinicdesk init' first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>message settings</name>
        <message>
            <source>'{text}' is not a number of days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not a port number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not yes or no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Port {port} is outside 1 to 65535.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quiet hours '{text}' are not a range like 21:00-08:00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminder hours '{text}' are not whole hours like 48,2 (or none).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reminder horizon is 1 to 60 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} '{text}' is not a time like 21:00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no message setting '{name}'; use one of {known}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no template '{template}'; use one of {known}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type rules are JSON like {"type id": "48,2"}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type rules are JSON like {"type id": "48,2"}; this is not JSON.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>message templates</name>
        <message>
            <source>'{code}' is not a language code like de, fr or pt-BR (or empty for the clinic's language).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A message template cannot be empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A message template is at most {MAX_TEMPLATE_LENGTH} characters (this one has {count}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No value for the placeholder {{{missing}}}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The placeholder {{{field}}} is not a plain name like {{name}}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The template has an unmatched brace; write {{name}} for a placeholder and {{{{ or }}}} for a brace ({exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The template names {reason}; messages do not say why a patient comes unless the clinic allows it in the message settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The template uses {{{name}}}, which is not a known placeholder; use {known}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no message template called '{name}'.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>No PC is chosen to send messages yet: set it with 'messages settings set {SENDING_WORKSTATION} NAME'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No appointment with id {appointment_id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No reply with id {inbound_id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say which consent to record: --sms yes|no, --email yes|no (or --language CODE).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The confirmation list covers 1 to {MAX_DAYS} working days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message names a time that is not a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The visit this message names no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This PC ({workstation}) does not send messages; {sender} does. Only one PC sends, so no reminder goes out twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unnamed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>messages command</name>
        <message>
            <source>Every visit in those days is confirmed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No messages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up the {kind} server in the message settings first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {kind} password for {account} at {server} is in this computer's keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick a call off (--called) and print (--pdf) one at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits to confirm written to {written}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no phone on file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no-shows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>queued {queued}, voided {voided}, sent {sent}, retrying {retried}, failed {failed}, replies {replies} ({to_inbox} for staff)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>send after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>setting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} password: </source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mllp</name>
        <message>
            <source>cannot connect: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no ACK within {seconds:g} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no connection within {seconds:g} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the ACK answers message {answered!r}, not {control_id!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the ACK's code {code!r} is not AA, AE or AR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the answer is larger than any ACK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the answer is not an ACK ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the answer is not an HL7 message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the answer is not an MLLP block (garbage on the line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the connection closed before a whole ACK came back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the connection closed before a whole ACK came back ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the connection failed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host!r} is not a host name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text!r} is not host:port (for example ehr.local:2575)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>no show risk</name>
        <message>
            <source>Extra bookings per session must be between 0 and 5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to compare: {count} past visits before and {count2} in the last {test_days} days have an outcome.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The test period must be at least one day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The threshold must be above 0 and at most 10 expected no-shows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown overbooking policy {mode!r}: use off or suggest.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>no-show risk</name>
        <message>
            <source>No-show risk {percent}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>outbound</name>
        <message>
            <source>A {old} message cannot become {new}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>overbooking outcomes</name>
        <message>
            <source>Look at most {MAX_DAYS} days at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last day is before the first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>parsing command</name>
        <message>
            <source>'{name}' is not a weekday (mon, tue, ... sun).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{part}' runs backwards; write it like mon-fri.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' ends before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not a date and time like 2026-03-02T09:30 (clinic time) or 2026-03-02T09:30+00:00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not a date like 2026-03-02.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not a time like 09:30.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not a time range like 09:00-17:00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give a date, like 2026-03-02.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>give a number from {low} to {high}, not {value}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>passwords</name>
        <message>
            <source>That password is on the list of commonly used passwords; choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password is too long: use at most {MAX_PASSWORD_LENGTH} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password is too short: use at least {shortest} characters (a few words together make a strong, easy-to-remember password).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password must not be the same as the user name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>paths</name>
        <message>
            <source>The data folder {folder} cannot be used ({reason}); choose another folder.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>patients</name>
        <message>
            <source>'{cleaned}' is not an email address like name@example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{typed}' is not a date: type it as YYYY-MM-DD or DD/MM/YYYY.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the date of birth, as DD/MM/YYYY or YYYY-MM-DD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the patient's family name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the patient's given name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the patient's {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} contains characters that cannot be printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} is longer than {MAX_NAME_LENGTH} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} must contain letters.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>patients command</name>
        <message>
            <source>  appointments: {total} ({completed} completed, {no_shows} no-shows, {cancelled} cancelled of which {late_cancellations} late, {upcoming} upcoming)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No patient found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not registered: these patients may be the same person.
{table}
If this is a different person, repeat with --confirm-duplicate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminder consent now {text}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>born</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>phones</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>phones</name>
        <message>
            <source>'{typed}' is not a phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{typed}' is not a phone number: check the number of digits (add the country code, like +33, for a number from abroad).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the phone number, or leave the phone out.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>print jobs</name>
        <message>
            <source>A call list covers at most {MAX_CALL_LIST_DAYS} days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A downtime pack covers 1 to {MAX_DOWNTIME_DAYS} working days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The call list's last day is before its first day.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>print_preview</name>
        <message>
            <source>Print - {title}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>printed sheets</name>
        <message>
            <source>Confidential patient information: keep out of public view, shred after use.</source>
            <translation>معلومات مرضى سرية: لا تتركها في متناول الأنظار، وأتلفها بعد الاستخدام.</translation>
        </message>
        <message>
            <source>Page {number} of {total}</source>
            <translation>صفحة {number} من {total}</translation>
        </message>
        <message>
            <source>Printed {moment}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SECRET: whoever holds this key can read the clinic's data.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>printing command</name>
        <message>
            <source>Call list written to {written}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day sheet written to {written}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Downtime pack: %n file(s) in {folder} for {days}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Week schedule written to {written}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none (the clinic never opens)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>providers</name>
        <message>
            <source>Parallel appointments must be between 1 and {MAX_PARALLEL_LIMIT} (got {value}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>providers command</name>
        <message numerus="yes">
            <source>
%n appointment(s) to rebook: {ids}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source> whole day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{spec}' needs days, like mon-fri=09:00-17:00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' has no {what} after '='.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added {display_name} ({specialty}): {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New hours start on {next_change}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No providers yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed {exception_id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated {display_name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bookable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>parallel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>specialty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{provider_name} has no working hours on {on}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{provider_name}: weekly hours from {effective_from}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>recall</name>
        <message>
            <source>'Due within {days} days' is outside 0 to {limit} days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{group}' is not a unit; use d (days), w (weeks), m (months) or y (years).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not an interval; write a number and a unit, like 6m, 1y, 6w or 90d.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A recall interval of {count} {value} is outside 1 to {limit} {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hiding a patient for {days} days after a call is outside 0 to {limit} days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This recall is {value}; only an open one is called.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>recall command</name>
        <message>
            <source>, set when a {type} is completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recall list written to {written}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recall type {name}: every {interval}{follows}: {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{patient_name}: attempt {attempts} recorded; back on the due list from {hidden}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{patient_name}: {recall_type} due {isoformat}: {id}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>recall messages</name>
        <message>
            <source>The recall this message is about no longer exists.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>recalls</name>
        <message>
            <source>A recall type called '{name}' already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another recall type already follows that appointment type; one completed visit sets one recall.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recall type '{id_or_name}' (known recall types: {known}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recall with id {recall_id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{short_name} already has an open {name} recall due {isoformat}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>recovery key</name>
        <message>
            <source>A recovery key has {GROUPS} groups of {GROUP_DIGITS} digits ({expected} digits); {count} were entered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A recovery key holds only digits (spaces and dashes are fine); remove: {join}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group {position} of the recovery key ({group}) is not right: check it against the recovery sheet and type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group {position} of the recovery key ({token}) has {count} digits; each group has {GROUP_DIGITS}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>recovery sheet</name>
        <message>
            <source>A new key is made when the database key is changed (clinicdesk rekey); this sheet then no longer works and should be shredded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data folder on this computer: {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this sheet locked away from the computer, e.g. in the practice safe. Do not photograph it, e-mail it or store it on the same PC. Anyone with this key and a copy of the data folder can read every patient record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made {moment}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This key unlocks the clinic's encrypted data when this computer's saved key is lost (a new Windows profile, a repaired or replaced PC, a restored backup).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To use it: run 'clinicdesk unlock' (or choose 'Unlock with recovery key' in the window) and type the 16 groups. Spaces and dashes do not matter; a mistyped group is pointed out before anything is tried.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>keep it safe</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>recurrence</name>
        <message>
            <source>Enter a repeat rule, e.g. FREQ=WEEKLY;BYDAY=MO;COUNT=10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the first date separately, not as DTSTART in the rule.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only booked or confirmed occurrences can be changed; this one is {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only single-line repeat rules can be split.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The repeat rule '{rule}' is not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The repeat rule '{rule}' is not valid: {exc}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rekey</name>
        <message>
            <source>Another program wrote to the clinic data while its key was being changed; nothing was changed. Close every clinicdesk window and try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <source>A reminder lead of {hours} h is outside 1 to {MAX_LEAD_HOURS} hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A reminder rule lists the same lead time twice.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>A report covers at most {MAX_REPORT_DAYS} days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report's end date is before its start date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no report called '{name}'. Reports: {known}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>reports command</name>
        <message>
            <source>Report written to {written}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>risk command</name>
        <message>
            <source>
Book with: --override {reason} (the reason records why)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>
Total: {sessions} sessions, {suggested} suggested, {booked} booked, {extra_came} came, {original_missed} doubled bookings missed, {overtime_minutes} min overtime where an extra was booked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--provider and --overbooking go together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calibration (predicted against what happened):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model: {basis}, trained {trained_at:%Y-%m-%d %H:%M} UTC on {n_train} past visits, {model_bytes} bytes in the store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No session from {first} to {last} had a suggestion.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No session reaches the threshold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No-show prediction is {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody to call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing booked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The model in use is less than a week old; nothing to do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trained a {basis} model on {n_train} past visits ({no_show_rate:.1%} missed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>booked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>calib. error    {calibration_error:.4f}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>came</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>doubled missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected no-shows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>extra at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>n/a (one kind of outcome only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no-show rate    train {train_no_show_rate:.1%}, test {test_no_show_rate:.1%}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overtime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>predicted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>risk there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>suggested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{provider_id}: overbooking {value}, up to {max_extra}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>schedule command</name>
        <message>
            <source> (late cancellation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--override goes with --start, not --first-available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Booked walk-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No appointments on {date:%a %Y-%m-%d}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No free slot in the horizon; consider the waitlist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No provider gives it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say which provider with --provider (or --first-available).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waitlist candidates for the freed time:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>booked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>days to 3rd slot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>free</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no phone on file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>provider id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{patient_name} is now {status_label}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>schedules</name>
        <message>
            <source>An exception can cover at most {MAX_EXCEPTION_DAYS} days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give at least one day's hours. To stop bookings, mark the provider not bookable or add time off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give both a start and an end time, or neither for whole days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No time off or extra hours with id {exception_id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The extra hours end ({end:%H:%M}) before they start ({start:%H:%M}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last day is before the first day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The time off ends ({end:%H:%M}) before it starts ({start:%H:%M}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weekday {weekday} is not between 0 (Mon) and 6 (Sun).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: the break {pause} is outside the hours {hours}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: the shifts {other} and {hours} overlap.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>security settings</name>
        <message>
            <source>Unknown security setting {name!r}; known settings: {known}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} must be a whole number from {minimum} to {maximum} ({unit}), not {value!r}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>series</name>
        <message>
            <source>Give a reason for the cancellation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was moved: {join}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The repeat rule gives no dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This appointment is not part of a series.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} of {count2} occurrences clash: {join}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>server schema</name>
        <message>
            <source>The sync server has not been set up for clinicdesk yet: run 'clinicdesk sync server-init --url ...' once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sync server uses an older format ({version}) than this clinicdesk ({SERVER_SCHEMA_VERSION}): run 'clinicdesk sync server-init --url ...' to upgrade it. Nothing was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sync server was set up by a newer clinicdesk (format {version}; this PC knows {SERVER_SCHEMA_VERSION}). Update clinicdesk on this PC; nothing was sent.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>Cannot save {path}: {strerror}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown setting {shown}; known settings: {known}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hl7_mllp: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>language must be one of: {join}, or empty for the system's language.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is one of the clinic's security settings, kept in the store for every PC: an administrator changes it with 'clinicdesk security set {name} VALUE'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is too long: at most {maximum} characters, not {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} may hold only printable characters (no control characters, direction overrides or bytes that are not UTF-8).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} must be a whole number, not {shown}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} must be at least {minimum}, not {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} must be at most {maximum}, not {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} must be text, not {shown}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>settings command</name>
        <message>
            <source>Settings from {settings_path}
{table}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>setting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what it does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} = {value} (for every PC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} = {value} (saved in {path})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>setup command</name>
        <message>
            <source>

Recovery sheet to print: {sheet}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created the clinic {strip!r} in {store_path}
Administrator: {admin_username}

RECOVERY KEY:

    {recovery_key}

{warning}{sheet_note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the recovery key with --recovery-key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password for {strip}: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery key: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlocked {path}; its key is kept in this computer's keyring again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write this recovery key down (or print it) and keep it somewhere safe, away from
this computer. It is shown only now. Without it, the clinic data cannot be opened
if this computer's keyring entry is ever lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the recovery sheet could not be written ({error}); copy the key by hand</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>slot offers</name>
        <message>
            <source>The slot offer ends before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The slot offer has a time that is not a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The slot offer has a time without a zone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The slot offer has no {missing}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>slots</name>
        <message>
            <source>Ask for between 1 and {MAX_COUNT} slots.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} has no duration set.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sms</name>
        <message>
            <source>SMS is not set up: give sms_base_url, sms_account and sms_from in the message settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway answered {code} to the reply listing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway answered {code} when asked about a message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway answered {code}{text}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway could not be reached ({name}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway could not be reached for receipts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway could not be reached for replies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway is rate-limiting (429){text}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway refused the message ({code}){text}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway {what}; the message may have been sent, so it is not retried.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway's answer about a message was unreadable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway's reply listing did not end after {count} pages; no reply was acted on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SMS gateway's reply listing was unreadable.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>status</name>
        <message>
            <source>A {status_label} appointment cannot be marked {status_label2}.{options}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An appointment cannot be a no-show before its start time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say who cancelled: the patient or the clinic.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The appointment is already {status_label}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The appointment's history does not match its status; reload it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no status change to undo on this appointment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>arrived</source>
            <translation>وصل</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>محجوز</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>ملغى</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>مكتمل</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>مؤكد</translation>
        </message>
        <message>
            <source>in room</source>
            <translation>في الغرفة</translation>
        </message>
        <message>
            <source>no-show</source>
            <translation>لم يحضر</translation>
        </message>
    </context>
    <context>
        <name>store</name>
        <message>
            <source>A clinic data file already exists at {db_path}; it was not touched. Open it instead, or choose an empty data folder for a new clinic.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new clinic keeps its data key in this computer's keyring, and none can be used ({detail}). On Windows that is Credential Manager: sign in to Windows with your own account. On Linux, install and unlock a Secret Service: GNOME Keyring (Debian/Ubuntu: apt install gnome-keyring) or KeePassXC with its Secret Service integration on. Only on a PC whose disk is itself protected, you may keep the key in a plain-text file instead: pip install keyrings.alt and set PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring (anyone who can read that file can open the clinic data). Nothing was created. To look around first, 'clinicdesk demo' works without a keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clinic data folder {path} is read-only, so the clinic data cannot be opened for work or replaced. Nothing was changed. Ask whoever looks after this computer to give your account permission to write there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clinic data in {db_path} could not be unlocked: the key is wrong (or the start of the file is damaged). Enter the recovery key from the printed recovery sheet, or restore a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clinic data in {db_path} could not be upgraded for this version of clinicdesk (schema {value} to {to_revision}). Nothing was changed: the previous version of clinicdesk can still open it. Call your support contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clinic data in {db_path} is damaged{suffix}. It has been left untouched. Restore the latest backup, or call your support contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clinic data in {db_path} was saved by a newer version of clinicdesk (schema {revision}). Install the latest clinicdesk to open it; the file has been left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key that unlocks the clinic data is missing from this computer's keyring. Enter the recovery key from the printed recovery sheet to unlock it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The system keyring that keeps the clinic data key cannot be used ({detail}). Sign in to the desktop session normally, or enter the recovery key to unlock the clinic data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no clinic data at {db_path}. Create a clinic first (clinicdesk init) or choose the data folder that holds it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This copy of clinicdesk was installed without database encryption (SQLCipher), so it refuses to open clinic data. Reinstall clinicdesk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clinicdesk is already open on the clinic data in {data_dir}{who}. Switch to that window, or close it first; a second copy is not started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{db_path} is not a clinicdesk data file ({reason}). It has been left untouched. Restore a backup, or choose another data folder.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sync command</name>
        <message>
            <source>

RECOVERY KEY:

    {recovery_key}

{note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not set)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last problem: {last_error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sync: {moment}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No open sync conflicts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open conflicts: {open_conflicts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pending changes: {pending_changes}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server: {url}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State: offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State: online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synced: sent {pushed}, received {pulled}; {open_conflicts} open conflict(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sync server is ready (format {after}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sync server was already set up (format {after}); nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This PC has not joined a sync server: run 'clinicdesk sync join --url ...'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This PC joined the sync server: sent {pushed} and received {pulled} records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This PC works alone (not joined to a sync server).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write this recovery key down and keep it away from this computer; it is shown only now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} open sync conflict(s):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sync conflicts</name>
        <message>
            <source>Choose 'ours' or 'theirs'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose one of: {join}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That appointment no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That conflict is already settled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This conflict is settled another way.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>text policy</name>
        <message>
            <source>{what} {problem}; nothing was saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>uow</name>
        <message>
            <source>That change refers to a record that does not exist or repeats one that does.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>urgency</name>
        <message>
            <source>emergency</source>
            <translation>طارئ</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>روتيني</translation>
        </message>
        <message>
            <source>soon</source>
            <translation>قريبًا</translation>
        </message>
        <message>
            <source>urgent</source>
            <translation>عاجل</translation>
        </message>
    </context>
    <context>
        <name>urgent</name>
        <message>
            <source>The schedule changed since the plan was made; make a new plan.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>users command</name>
        <message>
            <source>Give the new password in {NEW_PASSWORD_ENV}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New password set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New password: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passwords do not match; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type it again: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>user</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>waitlist</name>
        <message>
            <source>Choose at least one weekday the patient can come.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No active waitlist entry with id {entry_id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The slot ends before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{patient_name} is no longer on the waitlist (booked or removed meanwhile); nothing was booked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{short_name} is already on the waitlist for {type_name} (added {added_at:%d %b %Y}); change or remove that entry instead.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>waitlist command</name>
        <message>
            <source>
Skipped (clashing): {skipped}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{target}' is not an appointment id or PROVIDER_ID@START/END.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applied plan 1: booked {id}; {count} moved and added to the call list.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Booked %n occurrence(s) in series {series_id}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancelled %n occurrence(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %n occurrence(s) to {parse_time:%H:%M}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Nobody is waiting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody on the waitlist fits that time.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Plan {number} (%n move(s)):</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Removed {entry_id} from the waitlist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no phone on file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>patient id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reasons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>urgency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{patient_name} is on the waitlist for {type}: {id}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>walk ins</name>
        <message>
            <source>The number of people waiting cannot be negative.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>week schedule</name>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n booked</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Born</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EMERGENCY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>URGENT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Week of {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Week schedule {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not working</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>soon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>working {hours}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
