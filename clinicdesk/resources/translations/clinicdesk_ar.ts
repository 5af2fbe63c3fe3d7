<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
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
            <source>Patient alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved.</source>
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
            <source>{name}: cannot tell from the header whether it holds patients, providers or appointments (columns: {join}); give a mapping file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>day sheet</name>
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
            <source>Printed {moment}</source>
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
        <name>no-show risk</name>
        <message>
            <source>No-show risk {percent}</source>
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
    </context>
</TS>
