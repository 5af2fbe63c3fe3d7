<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>AppointmentActions</name>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>&amp;Undo last status change</source>
            <translation>Letzte Statusänderung &amp;rückgängig</translation>
        </message>
        <message>
            <source>C&amp;ancel appointment…</source>
            <translation>Termin &amp;absagen…</translation>
        </message>
        <message>
            <source>Mo&amp;ve…</source>
            <translation>&amp;Verschieben…</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Nicht erschienen</translation>
        </message>
        <message>
            <source>No-show (N)</source>
            <translation>Nicht erschienen (N)</translation>
        </message>
        <message>
            <source>No-show (N): from {time}, the visit's start</source>
            <translation>Nicht erschienen (N): ab {time}, dem Beginn des Termins</translation>
        </message>
        <message>
            <source>Not a no-show yet: {patient}'s visit starts at {time} on {day}. A no-show can be marked from then; if they have come, check them in (I).</source>
            <translation>Noch nicht „nicht erschienen“: Der Termin von {patient} beginnt um {time} am {day}. Ab dann kann er als nicht erschienen markiert werden; ist die Person da, melden Sie sie an (I).</translation>
        </message>
    </context>
    <context>
        <name>AppointmentDialog</name>
        <message>
            <source>Appointment history</source>
            <translation>Terminverlauf</translation>
        </message>
        <message>
            <source>Appointment: {patient}</source>
            <translation>Termin: {patient}</translation>
        </message>
        <message>
            <source>Cancelled:</source>
            <translation>Abgesagt:</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Overridden:</source>
            <translation>Ausnahme erlaubt:</translation>
        </message>
        <message>
            <source>Patient:</source>
            <translation>Patient:</translation>
        </message>
        <message>
            <source>Provider:</source>
            <translation>Behandler:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Grund:</translation>
        </message>
        <message>
            <source>Room:</source>
            <translation>Raum:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Art:</translation>
        </message>
        <message>
            <source>Urgency:</source>
            <translation>Dringlichkeit:</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>Wann:</translation>
        </message>
    </context>
    <context>
        <name>AppointmentTableModel</name>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Behandler</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
    </context>
    <context>
        <name>BookingDialog</name>
        <message>
            <source>&amp;Book</source>
            <translation>&amp;Buchen</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Ab:</translation>
        </message>
        <message>
            <source>&amp;Make room (bump plan)…</source>
            <translation>Platz &amp;schaffen (Verschiebeplan)…</translation>
        </message>
        <message>
            <source>&amp;Specialty:</source>
            <translation>&amp;Fachgebiet:</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>&amp;Urgency:</source>
            <translation>&amp;Dringlichkeit:</translation>
        </message>
        <message>
            <source>Add to &amp;waitlist</source>
            <translation>Auf die &amp;Warteliste</translation>
        </message>
        <message>
            <source>Any provider</source>
            <translation>Beliebiger Behandler</translation>
        </message>
        <message>
            <source>Any specialty</source>
            <translation>Beliebiges Fachgebiet</translation>
        </message>
        <message>
            <source>Appointment type</source>
            <translation>Terminart</translation>
        </message>
        <message>
            <source>Book the series</source>
            <translation>Serie buchen</translation>
        </message>
        <message>
            <source>Booking for</source>
            <translation>Buchung für</translation>
        </message>
        <message>
            <source>Booking for: no patient chosen yet</source>
            <translation>Buchung für: noch kein Patient gewählt</translation>
        </message>
        <message>
            <source>Booking for: {name}, born {born} (age {age}), {phones}</source>
            <translation>Buchung für: {name}, geb. {born} ({age} Jahre), {phones}</translation>
        </message>
        <message>
            <source>Checking each date…</source>
            <translation>Jedes Datum wird geprüft…</translation>
        </message>
        <message>
            <source>Choose a slot first.</source>
            <translation>Wählen Sie zuerst einen Termin.</translation>
        </message>
        <message>
            <source>Choose an appointment type first.</source>
            <translation>Wählen Sie zuerst eine Terminart.</translation>
        </message>
        <message>
            <source>Earliest day</source>
            <translation>Frühester Tag</translation>
        </message>
        <message>
            <source>Enter books the selected slot.</source>
            <translation>Eingabetaste bucht den gewählten Termin.</translation>
        </message>
        <message>
            <source>Every date clashes; change the repeat or the slot.</source>
            <translation>Jedes Datum kollidiert; ändern Sie die Wiederholung oder den Termin.</translation>
        </message>
        <message>
            <source>First available</source>
            <translation>Erster freier Termin</translation>
        </message>
        <message>
            <source>Looking for free time…</source>
            <translation>Freie Zeit wird gesucht…</translation>
        </message>
        <message>
            <source>New &amp;patient…</source>
            <translation>Neuer &amp;Patient…</translation>
        </message>
        <message>
            <source>New appointment</source>
            <translation>Neuer Termin</translation>
        </message>
        <message>
            <source>No free slot found; add the patient to the waitlist.</source>
            <translation>Kein freier Termin gefunden; setzen Sie den Patienten auf die Warteliste.</translation>
        </message>
        <message>
            <source>No free slot in time for this urgency. Make room with a bump plan, or add the patient to the waitlist.</source>
            <translation>Kein freier Termin rechtzeitig für diese Dringlichkeit. Schaffen Sie mit einem Verschiebeplan Platz oder setzen Sie den Patienten auf die Warteliste.</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Pro&amp;vider:</source>
            <translation>Be&amp;handler:</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Behandler</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>G&amp;rund:</translation>
        </message>
        <message>
            <source>Reason for the visit</source>
            <translation>Grund des Besuchs</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Set up an appointment type first.</source>
            <translation>Richten Sie zuerst eine Terminart ein.</translation>
        </message>
        <message>
            <source>Specialty</source>
            <translation>Fachgebiet</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Dringlichkeit</translation>
        </message>
        <message>
            <source>Wait for the list of dates, then book.</source>
            <translation>Warten Sie auf die Liste der Daten und buchen Sie dann.</translation>
        </message>
        <message>
            <source>no phone</source>
            <translation>kein Telefon</translation>
        </message>
        <message>
            <source>optional, for the provider</source>
            <translation>optional, für den Behandler</translation>
        </message>
        <message numerus="yes">
            <source>{clashing} of %n dates clash ({days}). Book the other {others} and skip these?</source>
            <translation>
                <numerusform>{clashing} von %n Datum kollidiert ({days}). Die anderen {others} buchen und diese auslassen?</numerusform>
                <numerusform>{clashing} von %n Daten kollidieren ({days}). Die anderen {others} buchen und diese auslassen?</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} ({minutes} min)</source>
            <translation>{name} ({minutes} Min.)</translation>
        </message>
        <message>
            <source>{name} is on the waitlist.</source>
            <translation>{name} steht auf der Warteliste.</translation>
        </message>
    </context>
    <context>
        <name>BumpDialog</name>
        <message numerus="yes">
            <source>Plan {number}: urgent at {time} with {provider} — %n move(s), {minutes} min of delay</source>
            <translation>
                <numerusform>Plan {number}: dringend um {time} bei {provider} — %n Verschiebung, {minutes} Min. Verzögerung</numerusform>
                <numerusform>Plan {number}: dringend um {time} bei {provider} — %n Verschiebungen, {minutes} Min. Verzögerung</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BumpPlanDialog</name>
        <message>
            <source>&amp;Apply this plan</source>
            <translation>Diesen Plan &amp;anwenden</translation>
        </message>
        <message>
            <source>Bump plans</source>
            <translation>Verschiebepläne</translation>
        </message>
        <message>
            <source>Make room for an urgent patient</source>
            <translation>Platz für einen dringenden Patienten schaffen</translation>
        </message>
        <message>
            <source>What the chosen plan does</source>
            <translation>Was der gewählte Plan bewirkt</translation>
        </message>
        <message>
            <source>Working out the least disruptive plans…</source>
            <translation>Die schonendsten Pläne werden berechnet…</translation>
        </message>
    </context>
    <context>
        <name>CalendarCanvas</name>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n Termin</numerusform>
                <numerusform>%n Termine</numerusform>
            </translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Grund: {reason}</translation>
        </message>
        <message>
            <source>Room: {room}</source>
            <translation>Raum: {room}</translation>
        </message>
        <message>
            <source>Status: {status}; urgency: {urgency}</source>
            <translation>Status: {status}; Dringlichkeit: {urgency}</translation>
        </message>
        <message>
            <source>{start} to {end}, {patient}</source>
            <translation>{start} bis {end}, {patient}</translation>
        </message>
        <message>
            <source>{type} with {provider}</source>
            <translation>{type} bei {provider}</translation>
        </message>
    </context>
    <context>
        <name>CalendarHeader</name>
        <message>
            <source>Calendar columns</source>
            <translation>Kalenderspalten</translation>
        </message>
    </context>
    <context>
        <name>CalendarLegend</name>
        <message>
            <source>Appointment types by colour</source>
            <translation>Terminarten nach Farbe</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Angekommen</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>Gebucht</translation>
        </message>
        <message>
            <source>Calendar key</source>
            <translation>Legende des Kalenders</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgesagt</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Bestätigt</translation>
        </message>
        <message>
            <source>In room</source>
            <translation>Im Behandlungsraum</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Nicht erschienen</translation>
        </message>
        <message>
            <source>Status &amp;icons</source>
            <translation>Status-&amp;Symbole</translation>
        </message>
        <message>
            <source>What the status icons mean</source>
            <translation>Was die Status-Symbole bedeuten</translation>
        </message>
        <message>
            <source>{mark} before a name: urgent or emergency</source>
            <translation>{mark} vor einem Namen: dringend oder Notfall</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <source>&amp;Keep it</source>
            <translation>&amp;Behalten</translation>
        </message>
        <message>
            <source>&amp;Patient</source>
            <translation>&amp;Patient</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Grund:</translation>
        </message>
        <message>
            <source>C&amp;linic</source>
            <translation>Pra&amp;xis</translation>
        </message>
        <message>
            <source>Cancel &amp;appointment</source>
            <translation>Termin &amp;absagen</translation>
        </message>
        <message>
            <source>Cancel appointment</source>
            <translation>Termin absagen</translation>
        </message>
        <message>
            <source>Cancel {patient}'s {type}?</source>
            <translation>{type} von {patient} absagen?</translation>
        </message>
        <message>
            <source>Cancellation reason</source>
            <translation>Grund der Absage</translation>
        </message>
        <message>
            <source>Cancelled by:</source>
            <translation>Abgesagt von:</translation>
        </message>
        <message>
            <source>Give a reason for the cancellation.</source>
            <translation>Geben Sie einen Grund für die Absage an.</translation>
        </message>
        <message>
            <source>e.g. patient unwell, provider away</source>
            <translation>z. B. Patient krank, Behandler abwesend</translation>
        </message>
    </context>
    <context>
        <name>CandidateTableModel</name>
        <message>
            <source>Offer</source>
            <translation>Angebot</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Dringlichkeit</translation>
        </message>
        <message>
            <source>Waiting since</source>
            <translation>Wartet seit</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Gefunden</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <source>No open conflicts: every PC agrees.</source>
            <translation>Keine offenen Konflikte: alle PCs stimmen überein.</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>Offene Konflikte</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation>Synchronisierungskonflikte</translation>
        </message>
        <message>
            <source>Two PCs changed the same booking or record while apart. Choose what to keep; your choice is sent to every PC.</source>
            <translation>Zwei PCs haben getrennt voneinander dieselbe Buchung oder denselben Datensatz geändert. Wählen Sie, was bleiben soll; Ihre Wahl geht an jeden PC.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>{action}: why? (kept in the record)</source>
            <translation>{action}: warum? (wird im Verlauf festgehalten)</translation>
        </message>
    </context>
    <context>
        <name>CreateClinicDialog</name>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Zeitzone:</translation>
        </message>
        <message>
            <source>Administrator &amp;user name:</source>
            <translation>&amp;Benutzername des Administrators:</translation>
        </message>
        <message>
            <source>Administrator password</source>
            <translation>Passwort des Administrators</translation>
        </message>
        <message>
            <source>Administrator password again</source>
            <translation>Passwort des Administrators wiederholen</translation>
        </message>
        <message>
            <source>Administrator user name</source>
            <translation>Benutzername des Administrators</translation>
        </message>
        <message>
            <source>Clinic &amp;name:</source>
            <translation>&amp;Name der Praxis:</translation>
        </message>
        <message>
            <source>Clinic name</source>
            <translation>Name der Praxis</translation>
        </message>
        <message>
            <source>Clinic time zone</source>
            <translation>Zeitzone der Praxis</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Anlegen</translation>
        </message>
        <message>
            <source>Create a clinic</source>
            <translation>Praxis anlegen</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>Passwort &amp;wiederholen:</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>The two passwords do not match.</source>
            <translation>Die beiden Passwörter stimmen nicht überein.</translation>
        </message>
        <message>
            <source>Type the clinic's name.</source>
            <translation>Geben Sie den Namen der Praxis ein.</translation>
        </message>
    </context>
    <context>
        <name>DayRow</name>
        <message>
            <source>break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>{day} has a break</source>
            <translation>{day} hat eine Pause</translation>
        </message>
    </context>
    <context>
        <name>DayView</name>
        <message>
            <source>All providers</source>
            <translation>Alle Behandler</translation>
        </message>
        <message>
            <source>By room</source>
            <translation>Nach Raum</translation>
        </message>
        <message>
            <source>C&amp;hoose providers…</source>
            <translation>Behandler &amp;wählen…</translation>
        </message>
        <message>
            <source>Chosen providers</source>
            <translation>Gewählte Behandler</translation>
        </message>
        <message>
            <source>Columns shown in the day view</source>
            <translation>In der Tagesansicht gezeigte Spalten</translation>
        </message>
        <message>
            <source>Day calendar: one column per provider</source>
            <translation>Tageskalender: eine Spalte pro Behandler</translation>
        </message>
        <message>
            <source>Day calendar: one column per room</source>
            <translation>Tageskalender: eine Spalte pro Raum</translation>
        </message>
        <message>
            <source>Day view</source>
            <translation>Tagesansicht</translation>
        </message>
        <message>
            <source>Delete calendar view</source>
            <translation>Kalenderansicht löschen</translation>
        </message>
        <message>
            <source>Delete the view '{name}'? No appointments change.</source>
            <translation>Ansicht „{name}“ löschen? Termine bleiben unverändert.</translation>
        </message>
        <message>
            <source>Delete view</source>
            <translation>Ansicht löschen</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>Name der Ansicht:</translation>
        </message>
        <message>
            <source>Save as &amp;view…</source>
            <translation>Als &amp;Ansicht speichern…</translation>
        </message>
        <message>
            <source>Save calendar view</source>
            <translation>Kalenderansicht speichern</translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>&amp;Zeigen:</translation>
        </message>
    </context>
    <context>
        <name>DisplacedVisitModel</name>
        <message>
            <source>Born</source>
            <translation>Geboren</translation>
        </message>
        <message>
            <source>Called</source>
            <translation>Angerufen</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Behandler</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgesagt</translation>
        </message>
        <message>
            <source>no phone on file</source>
            <translation>keine Telefonnummer</translation>
        </message>
        <message>
            <source>rebooked</source>
            <translation>neu gebucht</translation>
        </message>
        <message>
            <source>to call</source>
            <translation>anzurufen</translation>
        </message>
        <message>
            <source>to rebook</source>
            <translation>neu zu buchen</translation>
        </message>
        <message>
            <source>✓ called</source>
            <translation>✓ angerufen</translation>
        </message>
    </context>
    <context>
        <name>DisplacedVisitsDialog</name>
        <message>
            <source>Ca&amp;lled</source>
            <translation>An&amp;gerufen</translation>
        </message>
        <message>
            <source>Last action</source>
            <translation>Letzte Aktion</translation>
        </message>
        <message>
            <source>Move the selected visit to the first free time with another provider</source>
            <translation>Den gewählten Termin auf die erste freie Zeit bei einem anderen Behandler verlegen</translation>
        </message>
        <message>
            <source>Move the selected visit to the first free time with the same provider</source>
            <translation>Den gewählten Termin auf die erste freie Zeit beim selben Behandler verlegen</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Rebook, &amp;other</source>
            <translation>Neu buchen, &amp;anderer</translation>
        </message>
        <message>
            <source>Rebook, &amp;same</source>
            <translation>Neu buchen, &amp;selber</translation>
        </message>
        <message>
            <source>Rebooked: {name}, {time}, {provider}</source>
            <translation>Neu gebucht: {name}, {time}, {provider}</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Als PDF speichern</translation>
        </message>
        <message>
            <source>Save list as &amp;PDF…</source>
            <translation>Liste als &amp;PDF speichern…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Gespeichert: {path}</translation>
        </message>
        <message>
            <source>Tick off the call to the selected patient</source>
            <translation>Den Anruf beim gewählten Patienten abhaken</translation>
        </message>
        <message>
            <source>Visits inside the time off</source>
            <translation>Termine in der Abwesenheit</translation>
        </message>
        <message>
            <source>Visits to rebook</source>
            <translation>Neu zu buchende Termine</translation>
        </message>
        <message>
            <source>the provider</source>
            <translation>dem Behandler</translation>
        </message>
        <message>
            <source>{count} booked visits are inside the time off of {provider}; they were not moved. {to_call} still to call, {to_rebook} still to rebook.</source>
            <translation>{count} gebuchte Termine liegen in der Abwesenheit von {provider}; sie wurden nicht verlegt. Noch {to_call} anzurufen, {to_rebook} neu zu buchen.</translation>
        </message>
    </context>
    <context>
        <name>DuplicateWarning</name>
        <message>
            <source>&amp;Register as new</source>
            <translation>Als &amp;neu aufnehmen</translation>
        </message>
        <message>
            <source>&amp;Use the selected patient</source>
            <translation>Gewählten Patienten &amp;verwenden</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Mögliches Duplikat</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Mögliche Duplikate</translation>
        </message>
        <message>
            <source>These patients have the same family name and date of birth, or the same phone number. Is the caller one of them?</source>
            <translation>Diese Patienten haben denselben Nachnamen und dasselbe Geburtsdatum oder dieselbe Telefonnummer. Ist der Anrufer einer von ihnen?</translation>
        </message>
        <message>
            <source>{name}, born {birth_date} {phones}</source>
            <translation>{name}, geb. {birth_date} {phones}</translation>
        </message>
    </context>
    <context>
        <name>ExceptionTableModel</name>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
    </context>
    <context>
        <name>ExceptionsEditor</name>
        <message>
            <source> to {day}</source>
            <translation> bis {day}</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Days:</source>
            <translation>&amp;Tage:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>&amp;Whole days</source>
            <translation>&amp;Ganze Tage</translation>
        </message>
        <message>
            <source>Appointments inside the new time off</source>
            <translation>Termine in der neuen Abwesenheit</translation>
        </message>
        <message>
            <source>Call and rebook them from the worklist.</source>
            <translation>Rufen Sie sie über die Arbeitsliste an und buchen Sie neu.</translation>
        </message>
        <message>
            <source>Choose the time off or extra hours to remove.</source>
            <translation>Wählen Sie die Abwesenheit oder Zusatzzeit, die entfernt werden soll.</translation>
        </message>
        <message>
            <source>Every visit inside the time off: call, rebook, print</source>
            <translation>Jeder Besuch in der Abwesenheit: anrufen, neu buchen, drucken</translation>
        </message>
        <message>
            <source>Extra hours</source>
            <translation>Zusatzzeit</translation>
        </message>
        <message>
            <source>Kind of exception</source>
            <translation>Art der Ausnahme</translation>
        </message>
        <message>
            <source>Open the &amp;worklist…</source>
            <translation>&amp;Arbeitsliste öffnen…</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>G&amp;rund:</translation>
        </message>
        <message>
            <source>Re&amp;move selected…</source>
            <translation>Ausgewählte &amp;entfernen…</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove {provider}'s {what} ({span})?</source>
            <translation>{what} von {provider} entfernen ({span})?</translation>
        </message>
        <message>
            <source>T&amp;ime:</source>
            <translation>&amp;Zeit:</translation>
        </message>
        <message>
            <source>The front desk sees and rebooks them in the day view.</source>
            <translation>Der Empfang sieht sie in der Tagesansicht und bucht sie neu.</translation>
        </message>
        <message>
            <source>The last day is before the first day.</source>
            <translation>Der letzte Tag liegt vor dem ersten Tag.</translation>
        </message>
        <message>
            <source>Time off</source>
            <translation>Abwesenheit</translation>
        </message>
        <message>
            <source>e.g. annual leave, training, Saturday clinic</source>
            <translation>z. B. Urlaub, Fortbildung, Samstagssprechstunde</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n booked appointment(s) now inside this time off; they were not moved. </source>
            <translation>
                <numerusform>⚠ %n gebuchter Termin liegt jetzt in dieser Abwesenheit; er wurde nicht verschoben. </numerusform>
                <numerusform>⚠ %n gebuchte Termine liegen jetzt in dieser Abwesenheit; sie wurden nicht verschoben. </numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstRunPanel</name>
        <message>
            <source>&amp;Create a clinic…</source>
            <translation>Praxis &amp;anlegen…</translation>
        </message>
        <message>
            <source>Load the &amp;demo clinic…</source>
            <translation>&amp;Demo-Praxis laden…</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>There is no clinic on this computer yet. Create your clinic, or load the demo clinic (made-up patients and appointments) to try clinicdesk out.</source>
            <translation>Auf diesem Computer gibt es noch keine Praxis. Legen Sie Ihre Praxis an oder laden Sie die Demo-Praxis (erfundene Patienten und Termine), um clinicdesk auszuprobieren.</translation>
        </message>
        <message>
            <source>Welcome to clinicdesk</source>
            <translation>Willkommen bei clinicdesk</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>Locked: sign in on the main clinicdesk window.</source>
            <translation>Gesperrt: Melden Sie sich im Hauptfenster von clinicdesk an.</translation>
        </message>
    </context>
    <context>
        <name>InsuranceForm</name>
        <message>
            <source>&amp;Member id:</source>
            <translation>&amp;Versichertennummer:</translation>
        </message>
        <message>
            <source>Chec&amp;ked on:</source>
            <translation>&amp;Geprüft am:</translation>
        </message>
        <message>
            <source>Insurance and verification</source>
            <translation>Versicherung und Prüfung</translation>
        </message>
        <message>
            <source>Pa&amp;yer:</source>
            <translation>&amp;Kostenträger:</translation>
        </message>
        <message>
            <source>Veri&amp;fication:</source>
            <translation>P&amp;rüfung:</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>TT/MM/JJJJ</translation>
        </message>
        <message>
            <source>insurer or scheme; leave empty for none</source>
            <translation>Versicherung oder Kasse; leer lassen, wenn keine</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;System language</source>
            <translation>&amp;Systemsprache</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The new language is used when clinicdesk next starts.</source>
            <translation>Die neue Sprache gilt ab dem nächsten Start von clinicdesk.</translation>
        </message>
    </context>
    <context>
        <name>LengthDialog</name>
        <message>
            <source>&amp;Change length</source>
            <translation>Dauer ä&amp;ndern</translation>
        </message>
        <message>
            <source>&amp;Ends at:</source>
            <translation>&amp;Endet um:</translation>
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation>&amp;Behalten</translation>
        </message>
        <message>
            <source>Change length</source>
            <translation>Dauer ändern</translation>
        </message>
        <message>
            <source>Change when {patient}'s {type} ends (starts {when} with {provider}).</source>
            <translation>Ende von {type} für {patient} ändern (Beginn {when} bei {provider}).</translation>
        </message>
        <message>
            <source>New end time</source>
            <translation>Neue Endzeit</translation>
        </message>
        <message>
            <source>To change the length anyway, give the reason for overriding.</source>
            <translation>Um die Dauer trotzdem zu ändern, geben Sie den Grund für die Ausnahme an.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;About clinicdesk</source>
            <translation>Ü&amp;ber clinicdesk</translation>
        </message>
        <message>
            <source>&amp;Appointment</source>
            <translation>&amp;Termin</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Tag</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Find patient…</source>
            <translation>Patient &amp;suchen…</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Gehe zu</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;New appointment…</source>
            <translation>&amp;Neuer Termin…</translation>
        </message>
        <message>
            <source>&amp;Patients</source>
            <translation>&amp;Patienten</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Heute</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Week</source>
            <translation>&amp;Woche</translation>
        </message>
        <message>
            <source>About clinicdesk</source>
            <translation>Über clinicdesk</translation>
        </message>
        <message>
            <source>Booked: {name}, {time}, {provider}</source>
            <translation>Gebucht: {name}, {time}, {provider}</translation>
        </message>
        <message>
            <source>Clinic data location</source>
            <translation>Speicherort der Praxisdaten</translation>
        </message>
        <message>
            <source>Data: {location}</source>
            <translation>Daten: {location}</translation>
        </message>
        <message>
            <source>Date shown</source>
            <translation>Angezeigtes Datum</translation>
        </message>
        <message>
            <source>Demo clinic ready. Sign in as '{user}' (front desk), 'manager' or '{admin}' (set-up) with the password you chose.</source>
            <translation>Demo-Praxis bereit. Melden Sie sich als „{user}“ (Empfang), „manager“ oder „{admin}“ (Einrichtung) mit dem gewählten Passwort an.</translation>
        </message>
        <message>
            <source>Find patient (Ctrl+F)</source>
            <translation>Patient suchen (Strg+F)</translation>
        </message>
        <message>
            <source>Load the demo clinic</source>
            <translation>Demo-Praxis laden</translation>
        </message>
        <message>
            <source>Making the demo clinic… (this takes a few seconds)</source>
            <translation>Demo-Praxis wird erstellt… (dauert einige Sekunden)</translation>
        </message>
        <message>
            <source>New appointment (Ctrl+N)</source>
            <translation>Neuer Termin (Strg+N)</translation>
        </message>
        <message>
            <source>Next day</source>
            <translation>Nächster Tag</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Nächste Woche</translation>
        </message>
        <message>
            <source>P&amp;roviders</source>
            <translation>&amp;Behandler</translation>
        </message>
        <message>
            <source>Previous day</source>
            <translation>Vorheriger Tag</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Vorherige Woche</translation>
        </message>
        <message>
            <source>R&amp;eports</source>
            <translation>Beric&amp;hte</translation>
        </message>
        <message>
            <source>Re&amp;minders</source>
            <translation>&amp;Erinnerungen</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>&amp;Abmelden</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Abmelden</translation>
        </message>
        <message>
            <source>Signed in: {user} ({role})</source>
            <translation>Angemeldet: {user} ({role})</translation>
        </message>
        <message>
            <source>Signed-in user</source>
            <translation>Angemeldeter Benutzer</translation>
        </message>
        <message>
            <source>Today (T)</source>
            <translation>Heute (T)</translation>
        </message>
        <message>
            <source>Type the recovery key from the printed recovery sheet
(16 groups of 6 digits; spaces and dashes are fine):</source>
            <translation>Geben Sie den Wiederherstellungsschlüssel vom gedruckten Wiederherstellungsblatt ein
(16 Gruppen zu 6 Ziffern; Leerzeichen und Bindestriche sind erlaubt):</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Ansichten</translation>
        </message>
        <message>
            <source>Wait&amp;list</source>
            <translation>Warte&amp;liste</translation>
        </message>
        <message>
            <source>Waiting &amp;room</source>
            <translation>&amp;Wartezimmer</translation>
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
            <translation>&amp;Tag:</translation>
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation>&amp;Belassen</translation>
        </message>
        <message>
            <source>&amp;Move</source>
            <translation>&amp;Verschieben</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Uhrzeit:</translation>
        </message>
        <message>
            <source>Move appointment</source>
            <translation>Termin verschieben</translation>
        </message>
        <message>
            <source>Move {patient}'s {type} (now {when} with {provider}).</source>
            <translation>{type} von {patient} verschieben (jetzt {when} bei {provider}).</translation>
        </message>
        <message>
            <source>New day</source>
            <translation>Neuer Tag</translation>
        </message>
        <message>
            <source>New time</source>
            <translation>Neue Uhrzeit</translation>
        </message>
        <message>
            <source>Pro&amp;vider:</source>
            <translation>Be&amp;handler:</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Behandler</translation>
        </message>
        <message>
            <source>To move it anyway, give the reason for overriding and press Enter.</source>
            <translation>Um ihn trotzdem zu verschieben, geben Sie den Grund für die Ausnahme an und drücken Sie die Eingabetaste.</translation>
        </message>
    </context>
    <context>
        <name>NewPatientDialog</name>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;E-Mail:</translation>
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation>&amp;Nachname:</translation>
        </message>
        <message>
            <source>&amp;Given name:</source>
            <translation>&amp;Vorname:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>Auf&amp;nehmen</translation>
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation>&amp;Geburtsdatum:</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>New patient</source>
            <translation>Neuer Patient</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>TT/MM/JJJJ</translation>
        </message>
    </context>
    <context>
        <name>OccurrenceTableModel</name>
        <message>
            <source>Clash</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Needs override</source>
            <translation>Ausnahme nötig</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
    </context>
    <context>
        <name>OverrideReason</name>
        <message>
            <source>Ask someone who may book to override it.</source>
            <translation>Bitten Sie jemanden, der buchen darf, die Regel zu übergehen.</translation>
        </message>
        <message>
            <source>Reason for &amp;overriding:</source>
            <translation>&amp;Grund für die Ausnahme:</translation>
        </message>
        <message>
            <source>Reason for overriding</source>
            <translation>Grund für die Ausnahme</translation>
        </message>
        <message>
            <source>Why the change was not made</source>
            <translation>Warum die Änderung nicht gemacht wurde</translation>
        </message>
        <message>
            <source>e.g. patient can only come then; provider agreed</source>
            <translation>z. B. Patient kann nur dann kommen; Behandler einverstanden</translation>
        </message>
    </context>
    <context>
        <name>PatientDetail</name>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n Termin</numerusform>
                <numerusform>%n Termine</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completed</source>
            <translation>
                <numerusform>%n abgeschlossen</numerusform>
                <numerusform>%n abgeschlossen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n late cancellation(s)</source>
            <translation>
                <numerusform>%n späte Absage</numerusform>
                <numerusform>%n späte Absagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n no-show(s)</source>
            <translation>
                <numerusform>%n Mal nicht erschienen</numerusform>
                <numerusform>%n Mal nicht erschienen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n upcoming</source>
            <translation>
                <numerusform>%n anstehend</numerusform>
                <numerusform>%n anstehend</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Alerts:</source>
            <translation>&amp;Hinweise:</translation>
        </message>
        <message>
            <source>&amp;Book for this patient…</source>
            <translation>Für diesen Patienten &amp;buchen…</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;E-Mail:</translation>
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation>&amp;Nachname:</translation>
        </message>
        <message>
            <source>&amp;Given name:</source>
            <translation>&amp;Vorname:</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <source>&amp;Phones:</source>
            <translation>&amp;Telefone:</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>Änderungen &amp;speichern</translation>
        </message>
        <message>
            <source>&amp;Upcoming</source>
            <translation>&amp;Anstehend</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Anwesenheit</translation>
        </message>
        <message>
            <source>Choose a patient</source>
            <translation>Patient wählen</translation>
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation>&amp;Geburtsdatum:</translation>
        </message>
        <message>
            <source>Patient alerts</source>
            <translation>Patientenhinweise</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>TT/MM/JJJJ</translation>
        </message>
        <message>
            <source>separate several with ;</source>
            <translation>mehrere mit ; trennen</translation>
        </message>
        <message>
            <source>⚠ Alert: {alerts}</source>
            <translation>⚠ Hinweis: {alerts}</translation>
        </message>
    </context>
    <context>
        <name>PatientSearch</name>
        <message>
            <source>Find patient</source>
            <translation>Patient suchen</translation>
        </message>
        <message>
            <source>Find the patient first: type a name, birth date or phone digits.</source>
            <translation>Suchen Sie zuerst den Patienten: Name, Geburtsdatum oder Ziffern der Telefonnummer eingeben.</translation>
        </message>
        <message>
            <source>Name, date of birth (e.g. 17/05/1980) or phone digits</source>
            <translation>Name, Geburtsdatum (z. B. 17/05/1980) oder Ziffern der Telefonnummer</translation>
        </message>
        <message>
            <source>No patient matches: check the spelling, or register a new patient.</source>
            <translation>Kein Patient gefunden: Schreibweise prüfen oder neuen Patienten aufnehmen.</translation>
        </message>
        <message>
            <source>Still searching: wait for the list, then pick the patient.</source>
            <translation>Suche läuft: warten Sie auf die Liste und wählen Sie dann den Patienten.</translation>
        </message>
        <message>
            <source>{count} patients match: pick one with the arrow keys, or click it.</source>
            <translation>{count} Patienten gefunden: wählen Sie einen mit den Pfeiltasten oder per Klick.</translation>
        </message>
    </context>
    <context>
        <name>PatientTableModel</name>
        <message>
            <source>Age</source>
            <translation>Alter</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Geboren</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>has alerts: open the record before booking</source>
            <translation>hat Hinweise: vor dem Buchen die Akte öffnen</translation>
        </message>
    </context>
    <context>
        <name>PatientsView</name>
        <message>
            <source>Patients</source>
            <translation>Patienten</translation>
        </message>
    </context>
    <context>
        <name>PrintActions</name>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>Preview the day sheet of the day shown (Ctrl+Shift+P)</source>
            <translation>Vorschau des Tagesblatts für den angezeigten Tag (Strg+Umschalt+P)</translation>
        </message>
        <message>
            <source>Print a day sheet, week schedule or call list (Ctrl+P)</source>
            <translation>Tagesblatt, Wochenplan oder Anrufliste drucken (Strg+P)</translation>
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>Druck&amp;vorschau…</translation>
        </message>
    </context>
    <context>
        <name>PrintSheetDialog</name>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Tag:</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation>&amp;Blatt:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <source>Choose a provider</source>
            <translation>Behandler wählen</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Letzter Tag</translation>
        </message>
        <message>
            <source>P&amp;rovider:</source>
            <translation>Be&amp;handler:</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>&amp;Vorschau…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Drucken</translation>
        </message>
        <message>
            <source>Print a sheet</source>
            <translation>Blatt drucken</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Behandler</translation>
        </message>
        <message>
            <source>Save &amp;as PDF…</source>
            <translation>&amp;Als PDF speichern…</translation>
        </message>
        <message>
            <source>What to print</source>
            <translation>Was gedruckt wird</translation>
        </message>
        <message>
            <source>Whole clinic</source>
            <translation>Ganze Praxis</translation>
        </message>
    </context>
    <context>
        <name>ProblemPanel</name>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Erneut versuchen</translation>
        </message>
        <message>
            <source>Enter the &amp;recovery key…</source>
            <translation>&amp;Wiederherstellungsschlüssel eingeben…</translation>
        </message>
        <message>
            <source>The clinic data cannot be opened</source>
            <translation>Die Praxisdaten können nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Why the clinic data cannot be opened</source>
            <translation>Warum die Praxisdaten nicht geöffnet werden können</translation>
        </message>
    </context>
    <context>
        <name>ProviderPicker</name>
        <message>
            <source>&amp;Clear all</source>
            <translation>Alle &amp;abwählen</translation>
        </message>
        <message>
            <source>Filter by name or specialty</source>
            <translation>Nach Name oder Fachgebiet filtern</translation>
        </message>
        <message>
            <source>Filter providers</source>
            <translation>Behandler filtern</translation>
        </message>
        <message>
            <source>Providers to show</source>
            <translation>Anzuzeigende Behandler</translation>
        </message>
        <message>
            <source>Tick &amp;all shown</source>
            <translation>Alle angezeigten an&amp;haken</translation>
        </message>
        <message>
            <source>Tick at least one provider.</source>
            <translation>Haken Sie mindestens einen Behandler an.</translation>
        </message>
    </context>
    <context>
        <name>ProvidersView</name>
        <message>
            <source>&amp;Save weekly hours</source>
            <translation>Wochenzeiten &amp;speichern</translation>
        </message>
        <message>
            <source>&amp;Time off &amp;&amp; extra hours</source>
            <translation>&amp;Abwesenheit &amp;&amp; Zusatzzeit</translation>
        </message>
        <message>
            <source>&amp;Weekly hours</source>
            <translation>&amp;Wochenzeiten</translation>
        </message>
        <message>
            <source>; next change {day}</source>
            <translation>; nächste Änderung {day}</translation>
        </message>
        <message>
            <source>Break from</source>
            <translation>Pause von</translation>
        </message>
        <message>
            <source>Break to</source>
            <translation>Pause bis</translation>
        </message>
        <message>
            <source>Choose a provider</source>
            <translation>Behandler wählen</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Hours in force since {since}{change}.</source>
            <translation>Zeiten gültig seit {since}{change}.</translation>
        </message>
        <message>
            <source>New hours start on</source>
            <translation>Neue Zeiten gelten ab</translation>
        </message>
        <message>
            <source>New hours start on:</source>
            <translation>Neue Zeiten gelten ab:</translation>
        </message>
        <message>
            <source>Preview of the next two weeks</source>
            <translation>Vorschau der nächsten zwei Wochen</translation>
        </message>
        <message>
            <source>Preview: the next two weeks</source>
            <translation>Vorschau: die nächsten zwei Wochen</translation>
        </message>
        <message>
            <source>Provider schedule</source>
            <translation>Plan des Behandlers</translation>
        </message>
        <message>
            <source>Providers</source>
            <translation>Behandler</translation>
        </message>
        <message>
            <source>Saved. The calendar shows the new hours.</source>
            <translation>Gespeichert. Der Kalender zeigt die neuen Zeiten.</translation>
        </message>
        <message>
            <source>Time off and extra hours</source>
            <translation>Abwesenheit und Zusatzzeit</translation>
        </message>
        <message>
            <source>Time off and extra hours: {provider}</source>
            <translation>Abwesenheit und Zusatzzeit: {provider}</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>never set</source>
            <translation>nie festgelegt</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>I have written down the recovery key</source>
            <translation>Ich habe den Wiederherstellungsschlüssel notiert</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>Write this recovery key down or print it, and keep it somewhere safe away from this computer. It is shown only now. Without it, the clinic's data cannot be opened if this computer's saved key is ever lost.</source>
            <translation>Notieren oder drucken Sie diesen Wiederherstellungsschlüssel und bewahren Sie ihn sicher und getrennt von diesem Computer auf. Er wird nur jetzt angezeigt. Ohne ihn lassen sich die Praxisdaten nicht öffnen, falls der auf diesem Computer gespeicherte Schlüssel einmal verloren geht.</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Ihr Wiederherstellungsschlüssel</translation>
        </message>
    </context>
    <context>
        <name>RemindersView</name>
        <message>
            <source>&amp;Handled</source>
            <translation>&amp;Erledigt</translation>
        </message>
        <message>
            <source>&amp;Not sent</source>
            <translation>&amp;Nicht gesendet</translation>
        </message>
        <message>
            <source>&amp;Replies</source>
            <translation>&amp;Antworten</translation>
        </message>
        <message>
            <source>Called</source>
            <translation>Angerufen</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Mar&amp;k as called</source>
            <translation>Als angerufen mar&amp;kieren</translation>
        </message>
        <message>
            <source>Messages not sent</source>
            <translation>Nicht gesendete Nachrichten</translation>
        </message>
        <message>
            <source>No-shows</source>
            <translation>Nichterscheinen</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Patient known</source>
            <translation>Patient bekannt</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>A&amp;ktualisieren</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Empfangen</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Erinnerungen</translation>
        </message>
        <message>
            <source>Replies for staff</source>
            <translation>Antworten für das Personal</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>To &amp;call</source>
            <translation>&amp;Anzurufen</translation>
        </message>
        <message>
            <source>Tries</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <source>Visits to confirm</source>
            <translation>Zu bestätigende Termine</translation>
        </message>
        <message>
            <source>called</source>
            <translation>angerufen</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>no phone on file</source>
            <translation>keine Telefonnummer</translation>
        </message>
        <message>
            <source>not confirmed</source>
            <translation>nicht bestätigt</translation>
        </message>
        <message>
            <source>unclear reply</source>
            <translation>unklare Antwort</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>{calls} to call, {replies} replies to read, {failed} not sent.</source>
            <translation>{calls} anzurufen, {replies} Antworten zu lesen, {failed} nicht gesendet.</translation>
        </message>
    </context>
    <context>
        <name>RepeatPanel</name>
        <message>
            <source> month(s)</source>
            <translation> Monat(e)</translation>
        </message>
        <message>
            <source> visits</source>
            <translation> Besuchen</translation>
        </message>
        <message>
            <source> week(s)</source>
            <translation> Woche(n)</translation>
        </message>
        <message>
            <source>&amp;Override reason:</source>
            <translation>&amp;Grund der Ausnahme:</translation>
        </message>
        <message>
            <source>&amp;after</source>
            <translation>&amp;nach</translation>
        </message>
        <message>
            <source>Choose a patient and a slot to see the dates.</source>
            <translation>Wählen Sie einen Patienten und einen Termin, um die Daten zu sehen.</translation>
        </message>
        <message>
            <source>Ends:</source>
            <translation>Endet:</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fr</translation>
        </message>
        <message>
            <source>Last day of the series</source>
            <translation>Letzter Tag der Serie</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Mo</translation>
        </message>
        <message>
            <source>Monthly (same date)</source>
            <translation>Monatlich (gleiches Datum)</translation>
        </message>
        <message>
            <source>Number of visits</source>
            <translation>Anzahl der Besuche</translation>
        </message>
        <message>
            <source>On:</source>
            <translation>An:</translation>
        </message>
        <message>
            <source>Reason to override policy clashes</source>
            <translation>Grund, Regelkonflikte zu übergehen</translation>
        </message>
        <message>
            <source>Repeat every how many weeks or months</source>
            <translation>Wiederholung alle wie vielen Wochen oder Monate</translation>
        </message>
        <message>
            <source>Repeat frequency</source>
            <translation>Wiederholungsrhythmus</translation>
        </message>
        <message>
            <source>Repeat on {day}</source>
            <translation>Wiederholen am {day}</translation>
        </message>
        <message>
            <source>Repeat the appointment</source>
            <translation>Termin wiederholen</translation>
        </message>
        <message>
            <source>Repeat:</source>
            <translation>Wiederholen:</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sa</translation>
        </message>
        <message>
            <source>Series summary</source>
            <translation>Übersicht der Serie</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>So</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Do</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Di</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Mi</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Wöchentlich</translation>
        </message>
        <message>
            <source>every </source>
            <translation>alle </translation>
        </message>
        <message>
            <source>o&amp;n</source>
            <translation>a&amp;m</translation>
        </message>
        <message>
            <source>only to book the ones needing an override</source>
            <translation>nur zum Buchen der Termine, die eine Ausnahme brauchen</translation>
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>CSV &amp;exportieren…</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Bericht:</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Anzeigen</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <source>Exported to {file}</source>
            <translation>Exportiert nach {file}</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Wird exportiert…</translation>
        </message>
        <message>
            <source>No visit in these dates has both an arrival and an in-room time.</source>
            <translation>Kein Besuch in diesem Zeitraum hat sowohl eine Ankunfts- als auch eine Behandlungszeit.</translation>
        </message>
        <message>
            <source>Nothing to chart for these dates.</source>
            <translation>Für diesen Zeitraum gibt es nichts darzustellen.</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <source>Report chart</source>
            <translation>Berichtsdiagramm</translation>
        </message>
        <message>
            <source>Report figures</source>
            <translation>Berichtszahlen</translation>
        </message>
        <message>
            <source>Report status</source>
            <translation>Berichtsstatus</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Berichte</translation>
        </message>
        <message>
            <source>Reports are for practice managers. Your account ({role}) cannot open them; ask a manager if you need these figures.</source>
            <translation>Berichte sind für die Praxisleitung. Ihr Konto ({role}) kann sie nicht öffnen; fragen Sie die Leitung, wenn Sie diese Zahlen brauchen.</translation>
        </message>
        <message>
            <source>Reports unavailable</source>
            <translation>Berichte nicht verfügbar</translation>
        </message>
        <message>
            <source>Save these figures as a CSV file for a spreadsheet</source>
            <translation>Diese Zahlen als CSV-Datei für eine Tabellenkalkulation speichern</translation>
        </message>
        <message>
            <source>Work the report out for these dates (Enter)</source>
            <translation>Bericht für diesen Zeitraum berechnen (Eingabetaste)</translation>
        </message>
        <message>
            <source>Working out the figures…</source>
            <translation>Zahlen werden berechnet…</translation>
        </message>
        <message>
            <source>Your account ({role}) is not allowed to do this; ask a practice manager.</source>
            <translation>Ihr Konto ({role}) darf das nicht; fragen Sie die Praxisleitung.</translation>
        </message>
        <message numerus="yes">
            <source>{title}, {first} to {last}: %n row(s).</source>
            <translation>
                <numerusform>{title}, {first} bis {last}: %n Zeile.</numerusform>
                <numerusform>{title}, {first} bis {last}: %n Zeilen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SaveTarget</name>
        <message>
            <source>Replace the file?</source>
            <translation>Datei ersetzen?</translation>
        </message>
        <message>
            <source>{name} already exists in {folder}. Replace it?</source>
            <translation>{name} gibt es bereits in {folder}. Ersetzen?</translation>
        </message>
    </context>
    <context>
        <name>SheetPreviewDialog</name>
        <message>
            <source>Print preview</source>
            <translation>Druckvorschau</translation>
        </message>
        <message>
            <source>Print preview - {title}</source>
            <translation>Druckvorschau - {title}</translation>
        </message>
        <message>
            <source>Save as PDF (Ctrl+S)</source>
            <translation>Als PDF speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Als PDF speichern…</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>{file} gespeichert</translation>
        </message>
    </context>
    <context>
        <name>SheetRequest</name>
        <message>
            <source>Call list {first} to {last}</source>
            <translation>Anrufliste {first} bis {last}</translation>
        </message>
        <message>
            <source>Day sheet {day}</source>
            <translation>Tagesblatt {day}</translation>
        </message>
        <message>
            <source>Week schedule from {day}</source>
            <translation>Wochenplan ab {day}</translation>
        </message>
    </context>
    <context>
        <name>SignInPanel</name>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Passwort</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Anmelden</translation>
        </message>
        <message>
            <source>&amp;Sign out</source>
            <translation>A&amp;bmelden</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Entsperren</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Benutzername:</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Wird geprüft…</translation>
        </message>
        <message>
            <source>Clinic name</source>
            <translation>Name der Praxis</translation>
        </message>
        <message>
            <source>Locked: sign in to continue</source>
            <translation>Gesperrt: zum Fortfahren anmelden</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Sign in to open the schedule.</source>
            <translation>Melden Sie sich an, um den Terminplan zu öffnen.</translation>
        </message>
        <message>
            <source>Sign-in message</source>
            <translation>Anmeldemeldung</translation>
        </message>
        <message>
            <source>Sign-in problem</source>
            <translation>Anmeldeproblem</translation>
        </message>
        <message>
            <source>This window is locked. Sign in to continue.</source>
            <translation>Dieses Fenster ist gesperrt. Melden Sie sich an, um fortzufahren.</translation>
        </message>
        <message>
            <source>Type your user name.</source>
            <translation>Geben Sie Ihren Benutzernamen ein.</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>clinicdesk</source>
            <translation>clinicdesk</translation>
        </message>
        <message>
            <source>e.g. j.lee</source>
            <translation>z. B. j.lee</translation>
        </message>
    </context>
    <context>
        <name>SlotTableModel</name>
        <message>
            <source>Provider</source>
            <translation>Behandler</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n Konflikt</numerusform>
                <numerusform>%n Konflikte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pending</source>
            <translation>
                <numerusform>%n ausstehend</numerusform>
                <numerusform>%n ausstehend</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync: not set up</source>
            <translation>Synchronisierung: nicht eingerichtet</translation>
        </message>
        <message>
            <source>Sync: offline</source>
            <translation>Synchronisierung: offline</translation>
        </message>
        <message>
            <source>Sync: online</source>
            <translation>Synchronisierung: online</translation>
        </message>
        <message>
            <source>Sync: syncing…</source>
            <translation>Synchronisierung: läuft…</translation>
        </message>
        <message>
            <source>clock off</source>
            <translation>Uhr geht falsch</translation>
        </message>
        <message>
            <source>last {time}</source>
            <translation>zuletzt {time}</translation>
        </message>
        <message>
            <source>never synced</source>
            <translation>nie synchronisiert</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>Bookings or records that two PCs changed differently</source>
            <translation>Buchungen oder Datensätze, die zwei PCs unterschiedlich geändert haben</translation>
        </message>
        <message>
            <source>Open sync conflicts</source>
            <translation>Synchronisierungskonflikte öffnen</translation>
        </message>
        <message>
            <source>Send and fetch changes now (F9)</source>
            <translation>Änderungen jetzt senden und abholen (F9)</translation>
        </message>
        <message>
            <source>Sign in to settle sync conflicts.</source>
            <translation>Melden Sie sich an, um Synchronisierungskonflikte zu lösen.</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Jetzt synchronisieren</translation>
        </message>
        <message>
            <source>Sync state</source>
            <translation>Synchronisierungsstatus</translation>
        </message>
    </context>
    <context>
        <name>WaitingRoomModel</name>
        <message>
            <source>Arrived</source>
            <translation>Angekommen</translation>
        </message>
        <message>
            <source>Booked for</source>
            <translation>Gebucht für</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Behandler</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Waited</source>
            <translation>Gewartet</translation>
        </message>
    </context>
    <context>
        <name>WaitingRoomView</name>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation>
                <numerusform>%n wartet</numerusform>
                <numerusform>%n warten</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Flag after:</source>
            <translation>&amp;Markieren nach:</translation>
        </message>
        <message>
            <source>; {late} past {minutes} minutes (flagged)</source>
            <translation>; {late} über {minutes} Minuten (markiert)</translation>
        </message>
        <message>
            <source>Add &amp;walk-in…</source>
            <translation>Patient &amp;ohne Termin…</translation>
        </message>
        <message>
            <source>Flag patients waiting longer than</source>
            <translation>Patienten markieren, die länger warten als</translation>
        </message>
        <message>
            <source>Show &amp;into room</source>
            <translation>&amp;In den Raum bitten</translation>
        </message>
        <message>
            <source>Waiting room</source>
            <translation>Wartezimmer</translation>
        </message>
    </context>
    <context>
        <name>WaitlistOfferDialog</name>
        <message>
            <source>&amp;Book the selected patient</source>
            <translation>Gewählten Patienten &amp;buchen</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>&amp;Nicht jetzt</translation>
        </message>
        <message>
            <source>Time freed: offer it from the waitlist</source>
            <translation>Zeit frei geworden: der Warteliste anbieten</translation>
        </message>
        <message>
            <source>{when} with {provider} is free. These waitlist patients fit, best match first. Call them on the numbers shown, then book the one who takes it.</source>
            <translation>{when} bei {provider} ist frei. Diese Patienten der Warteliste passen, der beste zuerst. Rufen Sie sie unter den angezeigten Nummern an und buchen Sie den, der den Termin nimmt.</translation>
        </message>
    </context>
    <context>
        <name>WaitlistTableModel</name>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Zeiten</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Dringlichkeit</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>jederzeit</translation>
        </message>
    </context>
    <context>
        <name>WaitlistView</name>
        <message numerus="yes">
            <source>%n waiting; {urgent} urgent or emergency.</source>
            <translation>
                <numerusform>%n wartet; {urgent} dringend oder Notfall.</numerusform>
                <numerusform>%n warten; {urgent} dringend oder Notfall.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Add to waitlist…</source>
            <translation>Zur Warteliste &amp;hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Opens the booking dialog; use Add to waitlist there</source>
            <translation>Öffnet den Buchungsdialog; dort „Zur Warteliste hinzufügen“ wählen</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>A&amp;ktualisieren</translation>
        </message>
        <message>
            <source>Waitlist</source>
            <translation>Warteliste</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <source>&amp;Add walk-in</source>
            <translation>Patient ohne Termin &amp;aufnehmen</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>Add a walk-in</source>
            <translation>Patient ohne Termin aufnehmen</translation>
        </message>
        <message>
            <source>Appointment type</source>
            <translation>Terminart</translation>
        </message>
        <message>
            <source>Choose an appointment type.</source>
            <translation>Wählen Sie eine Terminart.</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Ohne Termin</translation>
        </message>
        <message>
            <source>Walk-in booked: {name}, {time}, {provider}.</source>
            <translation>Ohne Termin gebucht: {name}, {time}, {provider}.</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <source>&amp;Provider:</source>
            <translation>&amp;Behandler:</translation>
        </message>
        <message>
            <source>Provider shown in the week view</source>
            <translation>In der Wochenansicht gezeigter Behandler</translation>
        </message>
        <message>
            <source>Week view</source>
            <translation>Wochenansicht</translation>
        </message>
    </context>
    <context>
        <name>csv exchange</name>
        <message>
            <source>Choose at most {MAX_DAYS} days.</source>
            <translation>Wählen Sie höchstens {MAX_DAYS} Tage.</translation>
        </message>
        <message>
            <source>The last day ({last}) is before the first ({first}).</source>
            <translation>Der letzte Tag ({last}) liegt vor dem ersten ({first}).</translation>
        </message>
    </context>
    <context>
        <name>csv import</name>
        <message>
            <source>The file is neither UTF-8 nor Windows-1252 text (byte {start}); save it as CSV UTF-8.</source>
            <translation>Die Datei ist weder UTF-8- noch Windows-1252-Text (Byte {start}); speichern Sie sie als CSV UTF-8.</translation>
        </message>
        <message>
            <source>The mapping names an unknown {kind} field {field!r}.</source>
            <translation>Die Zuordnung nennt ein unbekanntes Feld {field!r} ({kind}).</translation>
        </message>
        <message>
            <source>{name} ({kind}) has no column for {join}; give a mapping file.</source>
            <translation>{name} ({kind}) hat keine Spalte für {join}; geben Sie eine Zuordnungsdatei an.</translation>
        </message>
        <message>
            <source>{name} has no column {column!r} (mapping of {field}).</source>
            <translation>{name} hat keine Spalte {column!r} (Zuordnung von {field}).</translation>
        </message>
        <message>
            <source>{name} is empty.</source>
            <translation>{name} ist leer.</translation>
        </message>
        <message>
            <source>{name} is larger than 2 GB; split it.</source>
            <translation>{name} ist größer als 2 GB; teilen Sie die Datei auf.</translation>
        </message>
        <message>
            <source>{name}: cannot tell from the header whether it holds patients, providers or appointments (columns: {join}); give a mapping file.</source>
            <translation>{name}: An der Kopfzeile ist nicht zu erkennen, ob die Datei Patienten, Behandelnde oder Termine enthält (Spalten: {join}); geben Sie eine Zuordnungsdatei an.</translation>
        </message>
    </context>
    <context>
        <name>day sheet</name>
        <message>
            <source>Alerts</source>
            <translation>Hinweise</translation>
        </message>
        <message>
            <source>Arr.</source>
            <translation>Da</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Angekommen</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Geboren</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgesagt</translation>
        </message>
        <message>
            <source>EMERGENCY</source>
            <translation>NOTFALL</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Abgelaufen</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>FEHLGESCHLAGEN</translation>
        </message>
        <message>
            <source>In room</source>
            <translation>Im Raum</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>Versicherung</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Nicht erschienen</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Nicht geprüft</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Printed {moment}</source>
            <translation>Gedruckt {moment}</translation>
        </message>
        <message>
            <source>Reason / notes</source>
            <translation>Grund / Notizen</translation>
        </message>
        <message>
            <source>Seen</source>
            <translation>Gesehen</translation>
        </message>
        <message>
            <source>Soon</source>
            <translation>Bald</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>URGENT</source>
            <translation>DRINGEND</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Dringlichkeit</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Geprüft</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Details for your support contact were saved in {where}.</source>
            <translation>Details für Ihren Support wurden in {where} gespeichert.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
        <message>
            <source>The details could not be saved.</source>
            <translation>Die Details konnten nicht gespeichert werden.</translation>
        </message>
        <message>
            <source>clinicdesk hit an unexpected problem and did not finish this step. What you typed is still there; please check it and try again.</source>
            <translation>clinicdesk ist auf ein unerwartetes Problem gestoßen und hat diesen Schritt nicht abgeschlossen. Ihre Eingaben sind noch da; bitte prüfen Sie sie und versuchen Sie es erneut.</translation>
        </message>
    </context>
    <context>
        <name>fhir</name>
        <message>
            <source>The export is not a valid FHIR R4 Bundle: {problems}.</source>
            <translation>Der Export ist kein gültiges FHIR-R4-Bundle: {problems}.</translation>
        </message>
        <message>
            <source>The export is not valid FHIR R4: {shown}{more}.</source>
            <translation>Der Export ist kein gültiges FHIR R4: {shown}{more}.</translation>
        </message>
    </context>
    <context>
        <name>fhir import</name>
        <message>
            <source>The Bundle's entry is not a list.</source>
            <translation>Der Eintrag (entry) des Bundles ist keine Liste.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Die Datei ist leer.</translation>
        </message>
        <message>
            <source>The file is larger than {value} MB; split it.</source>
            <translation>Die Datei ist größer als {value} MB; teilen Sie sie auf.</translation>
        </message>
        <message>
            <source>The file is neither FHIR JSON nor NDJSON (it does not start with {{).</source>
            <translation>Die Datei ist weder FHIR-JSON noch NDJSON (sie beginnt nicht mit {{).</translation>
        </message>
        <message>
            <source>The file is not UTF-8 (byte {start}); FHIR JSON is always UTF-8.</source>
            <translation>Die Datei ist kein UTF-8 (Byte {start}); FHIR-JSON ist immer UTF-8.</translation>
        </message>
        <message>
            <source>has no full date of birth (YYYY-MM-DD), which the clinic needs to tell patients apart</source>
            <translation>hat kein vollständiges Geburtsdatum (JJJJ-MM-TT), das die Praxis braucht, um Patienten zu unterscheiden</translation>
        </message>
        <message>
            <source>has no name</source>
            <translation>hat keinen Namen</translation>
        </message>
        <message>
            <source>has no name to show</source>
            <translation>hat keinen anzeigbaren Namen</translation>
        </message>
        <message>
            <source>names no Patient</source>
            <translation>nennt keinen Patient</translation>
        </message>
        <message>
            <source>names no Practitioner</source>
            <translation>nennt keinen Practitioner</translation>
        </message>
        <message>
            <source>needs a family and a given name</source>
            <translation>braucht einen Nach- und einen Vornamen</translation>
        </message>
        <message>
            <source>needs a start and an end</source>
            <translation>braucht einen Beginn und ein Ende</translation>
        </message>
        <message>
            <source>not JSON ({msg})</source>
            <translation>kein JSON ({msg})</translation>
        </message>
        <message>
            <source>status {status!r} is not a booking the clinic keeps</source>
            <translation>Status {status!r} ist keine Buchung, die die Praxis führt</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>Cannot use the folder {folder}: it is not a folder; choose a folder to write to.</source>
            <translation>Der Ordner {folder} ist nicht verwendbar: Er ist kein Ordner; wählen Sie einen Ordner zum Schreiben.</translation>
        </message>
        <message>
            <source>Cannot use the folder {folder}: {value}.</source>
            <translation>Der Ordner {folder} ist nicht verwendbar: {value}.</translation>
        </message>
        <message>
            <source>Cannot use {given}: {value}.</source>
            <translation>{given} ist nicht verwendbar: {value}.</translation>
        </message>
        <message>
            <source>Could not write {target}: {value}. Check the folder and space.</source>
            <translation>{target} konnte nicht geschrieben werden: {value}. Prüfen Sie den Ordner und den freien Platz.</translation>
        </message>
        <message>
            <source>Give the name of a file to write to.</source>
            <translation>Geben Sie den Namen einer Datei zum Schreiben an.</translation>
        </message>
        <message>
            <source>Save it as a {extension} file, not '{name}'.</source>
            <translation>Speichern Sie als {extension}-Datei, nicht als '{name}'.</translation>
        </message>
        <message>
            <source>The folder {parent} does not exist; choose another place.</source>
            <translation>Der Ordner {parent} existiert nicht; wählen Sie einen anderen Ort.</translation>
        </message>
        <message>
            <source>{given} already exists; choose a new name or allow replacing it (--overwrite on the command line).</source>
            <translation>{given} existiert bereits; wählen Sie einen neuen Namen oder erlauben Sie das Ersetzen (--overwrite auf der Befehlszeile).</translation>
        </message>
        <message>
            <source>{given} is a folder; give a file name to write to.</source>
            <translation>{given} ist ein Ordner; geben Sie einen Dateinamen zum Schreiben an.</translation>
        </message>
        <message>
            <source>{given} is a link to nothing; choose a file name.</source>
            <translation>{given} ist eine Verknüpfung ins Leere; wählen Sie einen Dateinamen.</translation>
        </message>
        <message>
            <source>{given} is not a plain file (a device, socket or pipe); choose a file name.</source>
            <translation>{given} ist keine gewöhnliche Datei (ein Gerät, Socket oder Pipe); wählen Sie einen Dateinamen.</translation>
        </message>
        <message>
            <source>{name} is one of the clinic's own files; choose another name.</source>
            <translation>{name} ist eine eigene Datei der Praxis; wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>{path} is inside a clinicdesk data folder ({folder}); choose a place outside it.</source>
            <translation>{path} liegt in einem clinicdesk-Datenordner ({folder}); wählen Sie einen Ort außerhalb.</translation>
        </message>
        <message>
            <source>{path} is inside a folder of clinic backups ({parent}); choose a place outside it.</source>
            <translation>{path} liegt in einem Ordner mit Praxissicherungen ({parent}); wählen Sie einen Ort außerhalb.</translation>
        </message>
        <message>
            <source>{path} is inside the clinic's data or backup folder ({folder}); choose a place outside it.</source>
            <translation>{path} liegt im Daten- oder Sicherungsordner der Praxis ({folder}); wählen Sie einen Ort außerhalb.</translation>
        </message>
    </context>
    <context>
        <name>hl7 command</name>
        <message>
            <source>  failed {at}: {reason}</source>
            <translation>  fehlgeschlagen {at}: {reason}</translation>
        </message>
        <message>
            <source>  last ACK {code} for {control_id} at {at}</source>
            <translation>  letztes ACK {code} für {control_id} um {at}</translation>
        </message>
        <message numerus="yes">
            <source>%n SIU message(s) acknowledged by {link}</source>
            <translation>
                <numerusform>%n SIU-Nachricht von {link} bestätigt</numerusform>
                <numerusform>%n SIU-Nachrichten von {link} bestätigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n SIU message(s) written to {folder}</source>
            <translation>
                <numerusform>%n SIU-Nachricht nach {folder} geschrieben</numerusform>
                <numerusform>%n SIU-Nachrichten nach {folder} geschrieben</numerusform>
            </translation>
        </message>
        <message>
            <source>(no folder or MLLP link: nothing sent)</source>
            <translation>(kein Ordner und keine MLLP-Verbindung: nichts wird gesendet)</translation>
        </message>
        <message numerus="yes">
            <source>; %n more waiting</source>
            <translation>
                <numerusform>; %n weitere wartet</numerusform>
                <numerusform>; %n weitere warten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n more waiting, run again</source>
            <translation>
                <numerusform>; %n weitere wartet, erneut ausführen</numerusform>
                <numerusform>; %n weitere warten, erneut ausführen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>HL7 SIU to {where}: %n change(s) waiting; {where_queue}</source>
            <translation>
                <numerusform>HL7 SIU an {where}: %n Änderung wartet; {where_queue}</numerusform>
                <numerusform>HL7 SIU an {where}: %n Änderungen warten; {where_queue}</numerusform>
            </translation>
        </message>
        <message>
            <source>HL7 SIU v{version} to {where}</source>
            <translation>HL7 SIU v{version} an {where}</translation>
        </message>
        <message>
            <source>No HL7 drop folder or MLLP link is set: clinicdesk hl7 outbound set folder DIR (or mllp HOST:PORT).</source>
            <translation>Kein HL7-Ablageordner und keine MLLP-Verbindung eingestellt: clinicdesk hl7 outbound set folder DIR (oder mllp HOST:PORT).</translation>
        </message>
        <message>
            <source>Sending stopped at change {control_id}: {reason}. It and the changes after it are sent by the next run.</source>
            <translation>Senden bei Änderung {control_id} angehalten: {reason}. Sie und die folgenden Änderungen sendet der nächste Lauf.</translation>
        </message>
        <message>
            <source>not started yet</source>
            <translation>noch nicht begonnen</translation>
        </message>
        <message>
            <source>position {position}</source>
            <translation>Position {position}</translation>
        </message>
    </context>
    <context>
        <name>hl7 exchange</name>
        <message>
            <source>Attempts must be 1 to 10.</source>
            <translation>Versuche müssen zwischen 1 und 10 liegen.</translation>
        </message>
        <message>
            <source>the EHR answered {code}</source>
            <translation>das Praxis-/Kliniksystem antwortete {code}</translation>
        </message>
        <message>
            <source>the EHR answered {code}: {text}</source>
            <translation>das Praxis-/Kliniksystem antwortete {code}: {text}</translation>
        </message>
    </context>
    <context>
        <name>hl7 siu</name>
        <message>
            <source>HL7 version {value} is not 2.3 to 2.8</source>
            <translation>HL7-Version {value} liegt nicht zwischen 2.3 und 2.8</translation>
        </message>
        <message>
            <source>HL7 version {version} is not one of {join}.</source>
            <translation>HL7-Version {version} ist keine von {join}.</translation>
        </message>
        <message>
            <source>SIU^{trigger} is not one of {join}</source>
            <translation>SIU^{trigger} ist keines von {join}</translation>
        </message>
        <message>
            <source>The file is larger than {value} MB; split it.</source>
            <translation>Die Datei ist größer als {value} MB; teilen Sie sie auf.</translation>
        </message>
        <message>
            <source>The file is not HL7 v2 (it does not start with an MSH segment).</source>
            <translation>Die Datei ist kein HL7 v2 (sie beginnt nicht mit einem MSH-Segment).</translation>
        </message>
        <message>
            <source>ends before it starts</source>
            <translation>endet, bevor es beginnt</translation>
        </message>
        <message>
            <source>gives no usable start and length (SCH-11 or AIS-4/AIS-7)</source>
            <translation>gibt keinen brauchbaren Beginn und keine Dauer an (SCH-11 oder AIS-4/AIS-7)</translation>
        </message>
        <message>
            <source>has no SCH segment</source>
            <translation>hat kein SCH-Segment</translation>
        </message>
        <message>
            <source>is a message without a type, not SIU</source>
            <translation>ist eine Nachricht ohne Typ, nicht SIU</translation>
        </message>
        <message>
            <source>is a {kind} message, not SIU</source>
            <translation>ist eine {kind}-Nachricht, nicht SIU</translation>
        </message>
        <message>
            <source>names no appointment (SCH-1 and SCH-2 are empty)</source>
            <translation>nennt keinen Termin (SCH-1 und SCH-2 sind leer)</translation>
        </message>
        <message>
            <source>{trigger} is not a SIU trigger clinicdesk sends.</source>
            <translation>{trigger} ist kein SIU-Ereignis, das clinicdesk sendet.</translation>
        </message>
    </context>
    <context>
        <name>ical</name>
        <message>
            <source>The calendar cannot be expanded: {reason}.</source>
            <translation>Der Kalender lässt sich nicht auflösen: {reason}.</translation>
        </message>
        <message>
            <source>The calendar file is broken: {reason}.</source>
            <translation>Die Kalenderdatei ist beschädigt: {reason}.</translation>
        </message>
        <message>
            <source>The calendar file is larger than {value} MB; export a shorter period from the other calendar.</source>
            <translation>Die Kalenderdatei ist größer als {value} MB; exportieren Sie einen kürzeren Zeitraum aus dem anderen Kalender.</translation>
        </message>
        <message>
            <source>The calendar file is not UTF-8 text (byte {start}); it is not an iCalendar file.</source>
            <translation>Die Kalenderdatei ist kein UTF-8-Text (Byte {start}); sie ist keine iCalendar-Datei.</translation>
        </message>
        <message>
            <source>The calendar gives more than {MAX_OCCURRENCES} busy times in the period; import a shorter period.</source>
            <translation>Der Kalender enthält mehr als {MAX_OCCURRENCES} belegte Zeiten im Zeitraum; importieren Sie einen kürzeren Zeitraum.</translation>
        </message>
        <message>
            <source>The calendar's {describe} has a broken {upper}: {reason}.</source>
            <translation>{describe} des Kalenders hat ein beschädigtes {upper}: {reason}.</translation>
        </message>
        <message>
            <source>The calendar's {describe} has no start (DTSTART).</source>
            <translation>{describe} des Kalenders hat keinen Beginn (DTSTART).</translation>
        </message>
        <message>
            <source>The calendar's {describe} uses an unknown time zone {tzid!r} (and the file does not define it).</source>
            <translation>{describe} des Kalenders verwendet eine unbekannte Zeitzone {tzid!r} (und die Datei definiert sie nicht).</translation>
        </message>
        <message>
            <source>The calendar's {describe} uses an unknown time zone {tzid!r}.</source>
            <translation>{describe} des Kalenders verwendet eine unbekannte Zeitzone {tzid!r}.</translation>
        </message>
        <message>
            <source>The file holds no calendar.</source>
            <translation>Die Datei enthält keinen Kalender.</translation>
        </message>
        <message>
            <source>The file is not an iCalendar file (no BEGIN:VCALENDAR).</source>
            <translation>Die Datei ist keine iCalendar-Datei (kein BEGIN:VCALENDAR).</translation>
        </message>
    </context>
    <context>
        <name>ical feed</name>
        <message>
            <source>Feeds are at /providers/&lt;id&gt;.ics</source>
            <translation>Kalender liegen unter /providers/&lt;id&gt;.ics</translation>
        </message>
        <message>
            <source>The feed failed.</source>
            <translation>Der Kalender konnte nicht erstellt werden.</translation>
        </message>
    </context>
    <context>
        <name>mllp</name>
        <message>
            <source>cannot connect: {reason}</source>
            <translation>keine Verbindung möglich: {reason}</translation>
        </message>
        <message>
            <source>no ACK within {seconds:g} s</source>
            <translation>kein ACK innerhalb von {seconds:g} s</translation>
        </message>
        <message>
            <source>no connection within {seconds:g} s</source>
            <translation>keine Verbindung innerhalb von {seconds:g} s</translation>
        </message>
        <message>
            <source>the ACK answers message {answered!r}, not {control_id!r}</source>
            <translation>das ACK beantwortet Nachricht {answered!r}, nicht {control_id!r}</translation>
        </message>
        <message>
            <source>the ACK's code {code!r} is not AA, AE or AR</source>
            <translation>der ACK-Code {code!r} ist nicht AA, AE oder AR</translation>
        </message>
        <message>
            <source>the answer is larger than any ACK</source>
            <translation>die Antwort ist größer als jedes ACK</translation>
        </message>
        <message>
            <source>the answer is not an ACK ({reason})</source>
            <translation>die Antwort ist kein ACK ({reason})</translation>
        </message>
        <message>
            <source>the answer is not an HL7 message</source>
            <translation>die Antwort ist keine HL7-Nachricht</translation>
        </message>
        <message>
            <source>the answer is not an MLLP block (garbage on the line)</source>
            <translation>die Antwort ist kein MLLP-Block (Datenmüll auf der Leitung)</translation>
        </message>
        <message>
            <source>the connection closed before a whole ACK came back</source>
            <translation>die Verbindung wurde geschlossen, bevor ein vollständiges ACK zurückkam</translation>
        </message>
        <message>
            <source>the connection closed before a whole ACK came back ({reason})</source>
            <translation>die Verbindung wurde geschlossen, bevor ein vollständiges ACK zurückkam ({reason})</translation>
        </message>
        <message>
            <source>the connection failed: {reason}</source>
            <translation>die Verbindung ist fehlgeschlagen: {reason}</translation>
        </message>
        <message>
            <source>{host!r} is not a host name</source>
            <translation>{host!r} ist kein Hostname</translation>
        </message>
        <message>
            <source>{text!r} is not host:port (for example ehr.local:2575)</source>
            <translation>{text!r} ist nicht Host:Port (zum Beispiel ehr.local:2575)</translation>
        </message>
    </context>
    <context>
        <name>no-show risk</name>
        <message>
            <source>No-show risk {percent}</source>
            <translation>No-Show-Risiko {percent}</translation>
        </message>
    </context>
    <context>
        <name>print_preview</name>
        <message>
            <source>Print - {title}</source>
            <translation>Drucken - {title}</translation>
        </message>
    </context>
    <context>
        <name>printed sheets</name>
        <message>
            <source>Confidential patient information: keep out of public view, shred after use.</source>
            <translation>Vertrauliche Patientendaten: nicht offen liegen lassen, nach Gebrauch schreddern.</translation>
        </message>
        <message>
            <source>Page {number} of {total}</source>
            <translation>Seite {number} von {total}</translation>
        </message>
    </context>
</TS>
