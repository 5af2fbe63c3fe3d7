<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name> rows</name>
        <message>
            <source>The {what} no longer exists.</source>
            <translation>{what} existiert nicht mehr.</translation>
        </message>
    </context>
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
        <name>ImportDialog</name>
        <message>
            <source>&amp;Columns</source>
            <translation>&amp;Spalten</translation>
        </message>
        <message>
            <source>&amp;Duplicates</source>
            <translation>Dopp&amp;elte</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Vorschau</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>Sto&amp;pp</translation>
        </message>
        <message>
            <source>(not used)</source>
            <translation>(nicht verwendet)</translation>
        </message>
        <message>
            <source>A CSV file, a folder of CSV files, or a FHIR file</source>
            <translation>Eine CSV-Datei, ein Ordner mit CSV-Dateien oder eine FHIR-Datei</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Geboren</translation>
        </message>
        <message>
            <source>CSV or FHIR (*.csv *.txt *.tsv *.json *.ndjson *.jsonl)</source>
            <translation>CSV oder FHIR (*.csv *.txt *.tsv *.json *.ndjson *.jsonl)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>Choice</source>
            <translation>Auswahl</translation>
        </message>
        <message>
            <source>Choice for {name}</source>
            <translation>Auswahl für {name}</translation>
        </message>
        <message>
            <source>Choose &amp;file…</source>
            <translation>&amp;Datei wählen…</translation>
        </message>
        <message>
            <source>Choose f&amp;older…</source>
            <translation>&amp;Ordner wählen…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Column for {field} in {file}</source>
            <translation>Spalte für {field} in {file}</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Spalte in der Datei</translation>
        </message>
        <message>
            <source>Columns found</source>
            <translation>Gefundene Spalten</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>File or folder to import</source>
            <translation>Datei oder Ordner zum Importieren</translation>
        </message>
        <message>
            <source>Fro&amp;m:</source>
            <translation>&amp;Aus:</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Enthält</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Import a file</source>
            <translation>Eine Datei importieren</translation>
        </message>
        <message>
            <source>Import a folder of CSV files</source>
            <translation>Einen Ordner mit CSV-Dateien importieren</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Importfortschritt</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>Importübersicht</translation>
        </message>
        <message>
            <source>Imported: {added}.</source>
            <translation>Importiert: {added}.</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Beide behalten</translation>
        </message>
        <message>
            <source>May already be</source>
            <translation>Vielleicht schon</translation>
        </message>
        <message>
            <source>Merge, keep details on file</source>
            <translation>Zusammenführen, vorhandene Angaben behalten</translation>
        </message>
        <message>
            <source>Merge, take the file's details</source>
            <translation>Zusammenführen, Angaben der Datei übernehmen</translation>
        </message>
        <message>
            <source>Not CSV, left out: {names}.</source>
            <translation>Kein CSV, ausgelassen: {names}.</translation>
        </message>
        <message>
            <source>Nothing is written until you press Import after a preview.</source>
            <translation>Nichts wird gespeichert, bis Sie nach einer Vorschau auf Importieren drücken.</translation>
        </message>
        <message>
            <source>Patient in the file</source>
            <translation>Patient in der Datei</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Mögliche Doppelte</translation>
        </message>
        <message>
            <source>Pro&amp;blems</source>
            <translation>Pro&amp;bleme</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Problems by row</source>
            <translation>Probleme je Zeile</translation>
        </message>
        <message numerus="yes">
            <source>Problems in %n row(s) or file(s); nothing can be imported until they are fixed (see Problems).</source>
            <translation>
                <numerusform>Probleme in %n Zeile oder Datei; nichts kann importiert werden, bis sie behoben sind (siehe Probleme).</numerusform>
                <numerusform>Probleme in %n Zeilen oder Dateien; nichts kann importiert werden, bis sie behoben sind (siehe Probleme).</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Wird gelesen…</translation>
        </message>
        <message>
            <source>Ready to import: {added}. Nothing is written yet.</source>
            <translation>Bereit zum Import: {added}. Noch ist nichts gespeichert.</translation>
        </message>
        <message>
            <source>Skip this row</source>
            <translation>Zeile überspringen</translation>
        </message>
        <message>
            <source>The columns changed since the preview: preview again.</source>
            <translation>Die Spalten haben sich seit der Vorschau geändert: bitte erneut Vorschau.</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>kept, but overlaps another visit of its provider</source>
            <translation>übernommen, überschneidet sich aber mit einem anderen Termin des Behandlers</translation>
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
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
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
            <source>Re&amp;call</source>
            <translation>Wieder&amp;einbestellung</translation>
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
            <source>%n missed</source>
            <translation>
                <numerusform>%n versäumt</numerusform>
                <numerusform>%n versäumt</numerusform>
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
            <source>Last 12 months: {missed} of {visits} missed ({rate}).</source>
            <translation>Letzte 12 Monate: {missed} von {visits} versäumt ({rate}).</translation>
        </message>
        <message>
            <source>Next visit {day} {time}: {percent} no-show risk</source>
            <translation>Nächster Termin {day} {time}: {percent} Risiko des Nichterscheinens</translation>
        </message>
        <message>
            <source>No upcoming visit to score.</source>
            <translation>Kein kommender Termin zu bewerten.</translation>
        </message>
        <message>
            <source>No visit in the last 12 months.</source>
            <translation>Kein Termin in den letzten 12 Monaten.</translation>
        </message>
        <message>
            <source>No-show history</source>
            <translation>Verlauf des Nichterscheinens</translation>
        </message>
        <message numerus="yes">
            <source>No-show history: %n past visit(s) with an outcome</source>
            <translation>
                <numerusform>Nichterscheinen: %n vergangener Termin mit Ergebnis</numerusform>
                <numerusform>Nichterscheinen: %n vergangene Termine mit Ergebnis</numerusform>
            </translation>
        </message>
        <message>
            <source>No-show history: no past or upcoming visit.</source>
            <translation>Nichterscheinen: kein vergangener oder kommender Termin.</translation>
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
            <source>The score helps plan calls and reminders; it never limits care.</source>
            <translation>Der Wert hilft, Anrufe und Erinnerungen zu planen; er schränkt die Versorgung nie ein.</translation>
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
        <name>RecallsView</name>
        <message>
            <source>&amp;Include patients hidden after a call</source>
            <translation>Nach Anruf ausgeblendete Patienten e&amp;inbeziehen</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Zeigen:</translation>
        </message>
        <message>
            <source>&amp;Update list</source>
            <translation>Liste a&amp;ktualisieren</translation>
        </message>
        <message>
            <source>Attempt {count} recorded for {name}.</source>
            <translation>Versuch {count} für {name} erfasst.</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Due by the end of this month</source>
            <translation>Fällig bis Monatsende</translation>
        </message>
        <message>
            <source>Due in the next 30 days</source>
            <translation>Fällig in den nächsten 30 Tagen</translation>
        </message>
        <message>
            <source>Due in the next 90 days</source>
            <translation>Fällig in den nächsten 90 Tagen</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>CSV e&amp;xportieren…</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>CSV exportieren</translation>
        </message>
        <message>
            <source>Hidden until</source>
            <translation>Ausgeblendet bis</translation>
        </message>
        <message>
            <source>Last attempt</source>
            <translation>Letzter Versuch</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Patients due for recall</source>
            <translation>Zur Wiedereinbestellung fällige Patienten</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>Wiedereinbestellung</translation>
        </message>
        <message>
            <source>Record a&amp;ttempt</source>
            <translation>Versuch erfa&amp;ssen</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Als PDF speichern</translation>
        </message>
        <message>
            <source>Save for pri&amp;nting (PDF)…</source>
            <translation>Zum Dru&amp;cken speichern (PDF)…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Gespeichert: {path}</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Which recalls</source>
            <translation>Welche Wiedereinbestellungen</translation>
        </message>
        <message>
            <source>due</source>
            <translation>fällig</translation>
        </message>
        <message>
            <source>no phone on file</source>
            <translation>keine Telefonnummer</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>überfällig</translation>
        </message>
        <message>
            <source>{count} due by {day}, {overdue} overdue.</source>
            <translation>{count} fällig bis {day}, {overdue} überfällig.</translation>
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
            <source>Pr&amp;int list…</source>
            <translation>Liste &amp;drucken…</translation>
        </message>
        <message>
            <source>Preview, print or save the visits to confirm as a PDF</source>
            <translation>Die zu bestätigenden Termine ansehen, drucken oder als PDF speichern</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Drucken</translation>
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
            <source>Visits to confirm from {day}</source>
            <translation>Zu bestätigende Termine ab {day}</translation>
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
        <name>accounts</name>
        <message>
            <source>A provider account must be linked to a provider (--provider).</source>
            <translation>Ein Behandler-Konto muss mit einem Behandler verknüpft sein (--provider).</translation>
        </message>
        <message>
            <source>A provider account must be linked to a provider.</source>
            <translation>Ein Behandler-Konto muss mit einem Behandler verknüpft sein.</translation>
        </message>
        <message>
            <source>A user name is 2 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit (for example 'j.lee'). Each person gets their own.</source>
            <translation>Ein Benutzername besteht aus 2 bis 64 Buchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen und beginnt mit einem Buchstaben oder einer Ziffer (zum Beispiel 'j.lee'). Jede Person bekommt einen eigenen.</translation>
        </message>
        <message>
            <source>The current password is wrong; nothing was changed.</source>
            <translation>Das aktuelle Passwort ist falsch; nichts wurde geändert.</translation>
        </message>
        <message>
            <source>The user name {name!r} is already taken.</source>
            <translation>Der Benutzername {name!r} ist bereits vergeben.</translation>
        </message>
        <message>
            <source>There is no provider with id {link}.</source>
            <translation>Es gibt keinen Behandler mit der ID {link}.</translation>
        </message>
        <message>
            <source>There is no provider with id {provider_id}.</source>
            <translation>Es gibt keinen Behandler mit der ID {provider_id}.</translation>
        </message>
        <message>
            <source>There is no user named {normalize_username!r}.</source>
            <translation>Es gibt keinen Benutzer namens {normalize_username!r}.</translation>
        </message>
        <message>
            <source>This clinic already has user accounts; an administrator adds new ones.</source>
            <translation>Diese Praxis hat bereits Benutzerkonten; neue legt ein Administrator an.</translation>
        </message>
        <message>
            <source>Unknown role {role!r}; choose one of: {known}.</source>
            <translation>Unbekannte Rolle {role!r}; wählen Sie eine von: {known}.</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>Sie können Ihr eigenes Konto nicht deaktivieren.</translation>
        </message>
        <message>
            <source>{username} is the only active administrator; add another one first.</source>
            <translation>{username} ist der einzige aktive Administrator; legen Sie zuerst einen weiteren an.</translation>
        </message>
    </context>
    <context>
        <name>appointment changes</name>
        <message>
            <source>Give a reason for the cancellation.</source>
            <translation>Geben Sie einen Grund für die Absage an.</translation>
        </message>
        <message>
            <source>Only booked or confirmed appointments can be moved; this one is {status}.</source>
            <translation>Nur gebuchte oder bestätigte Termine können verschoben werden; dieser ist {status}.</translation>
        </message>
        <message>
            <source>This appointment's type is no longer offered; book a new one.</source>
            <translation>Diese Terminart wird nicht mehr angeboten; buchen Sie einen neuen Termin.</translation>
        </message>
        <message>
            <source>To cancel, give a reason and who cancelled (use cancel).</source>
            <translation>Zum Absagen geben Sie einen Grund an und wer abgesagt hat (mit cancel).</translation>
        </message>
    </context>
    <context>
        <name>appointment length</name>
        <message>
            <source>An appointment lasts at least {MIN_MINUTES} minutes.</source>
            <translation>Ein Termin dauert mindestens {MIN_MINUTES} Minuten.</translation>
        </message>
        <message>
            <source>Only booked or confirmed appointments can be changed; this one is {status}.</source>
            <translation>Nur gebuchte oder bestätigte Termine können geändert werden; dieser ist {status}.</translation>
        </message>
    </context>
    <context>
        <name>audit command</name>
        <message>
            <source>--{what} {text!r} is not an ISO date or date-time.</source>
            <translation>--{what} {text!r} ist kein ISO-Datum und keine ISO-Datumszeit.</translation>
        </message>
        <message>
            <source>No audit rows match.</source>
            <translation>Keine Protokollzeilen passen.</translation>
        </message>
        <message>
            <source>at (UTC)</source>
            <translation>um (UTC)</translation>
        </message>
        <message>
            <source>clinicdesk: {describe}</source>
            <translation>clinicdesk: {describe}</translation>
        </message>
        <message>
            <source>event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>fields</source>
            <translation>Felder</translation>
        </message>
        <message>
            <source>object</source>
            <translation>Objekt</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>seq</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>user</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>workstation</source>
            <translation>Arbeitsplatz</translation>
        </message>
    </context>
    <context>
        <name>audit keys</name>
        <message>
            <source>This computer has no record of the audit trail's key for this clinic. Enter the recovery key from the printed recovery sheet (clinicdesk unlock).</source>
            <translation>Dieser Computer kennt den Schlüssel des Prüfprotokolls dieser Praxis nicht. Geben Sie den Wiederherstellungsschlüssel vom gedruckten Wiederherstellungsblatt ein (clinicdesk unlock).</translation>
        </message>
    </context>
    <context>
        <name>backup</name>
        <message>
            <source>No key is known for this backup on this computer: give the recovery key.</source>
            <translation>Für diese Sicherung ist auf diesem Computer kein Schlüssel bekannt: geben Sie den Wiederherstellungsschlüssel an.</translation>
        </message>
        <message>
            <source>The backup could not be written to {folder}: {describe}. Nothing was changed in the clinic data.</source>
            <translation>Die Sicherung konnte nicht nach {folder} geschrieben werden: {describe}. An den Praxisdaten wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The backup folder {folder} cannot be used ({strerror}).</source>
            <translation>Der Sicherungsordner {folder} kann nicht verwendet werden ({strerror}).</translation>
        </message>
        <message>
            <source>This computer does not hold the audit trail's key for that backup: restore it with --recovery-key (the recovery key printed for that clinic). Nothing was changed.</source>
            <translation>Dieser Computer hat den Schlüssel des Prüfprotokolls für diese Sicherung nicht: stellen Sie sie mit --recovery-key wieder her (dem für diese Praxis gedruckten Wiederherstellungsschlüssel). Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>{name} could not be opened with this clinic's key or the recovery key given. It may belong to another clinic, or to a time before the key was changed (then use the recovery key printed at that time).</source>
            <translation>{name} ließ sich weder mit dem Schlüssel dieser Praxis noch mit dem angegebenen Wiederherstellungsschlüssel öffnen. Sie gehört vielleicht zu einer anderen Praxis oder stammt aus der Zeit vor einem Schlüsselwechsel (dann den damals gedruckten Wiederherstellungsschlüssel verwenden).</translation>
        </message>
        <message numerus="yes">
            <source>{name} is damaged (%n problem(s) found by the integrity check); do not restore it. Try an older backup.</source>
            <translation>
                <numerusform>{name} ist beschädigt (%n Problem bei der Integritätsprüfung gefunden); nicht wiederherstellen. Versuchen Sie eine ältere Sicherung.</numerusform>
                <numerusform>{name} ist beschädigt (%n Probleme bei der Integritätsprüfung gefunden); nicht wiederherstellen. Versuchen Sie eine ältere Sicherung.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is damaged ({exc}); do not restore it.</source>
            <translation>{name} ist beschädigt ({exc}); nicht wiederherstellen.</translation>
        </message>
        <message>
            <source>{name} is not a clinicdesk backup (no clinic data).</source>
            <translation>{name} ist keine clinicdesk-Sicherung (keine Praxisdaten).</translation>
        </message>
        <message>
            <source>{name} is not a clinicdesk backup (no store id or schema).</source>
            <translation>{name} ist keine clinicdesk-Sicherung (keine Speicher-ID und kein Schema).</translation>
        </message>
        <message>
            <source>{name} is not a usable clinicdesk backup: {message}</source>
            <translation>{name} ist keine verwendbare clinicdesk-Sicherung: {message}</translation>
        </message>
        <message>
            <source>{name} was made by a newer clinicdesk (schema {revision}); install the latest clinicdesk to restore it.</source>
            <translation>{name} wurde von einer neueren clinicdesk-Version erstellt (Schema {revision}); installieren Sie die neueste clinicdesk-Version, um sie wiederherzustellen.</translation>
        </message>
    </context>
    <context>
        <name>backup command</name>
        <message>
            <source>
The clinic data it replaced is kept as {previous_store}.</source>
            <translation>
Die ersetzten Praxisdaten sind aufbewahrt als {previous_store}.</translation>
        </message>
        <message>
            <source>--keep must be at least 1.</source>
            <translation>--keep muss mindestens 1 sein.</translation>
        </message>
        <message>
            <source>Backup checks out: {human}</source>
            <translation>Sicherung geprüft und in Ordnung: {human}</translation>
        </message>
        <message>
            <source>Backup written and checked: {human}</source>
            <translation>Sicherung geschrieben und geprüft: {human}</translation>
        </message>
        <message>
            <source>No backups in {folder}.</source>
            <translation>Keine Sicherungen in {folder}.</translation>
        </message>
        <message>
            <source>Recovery key: </source>
            <translation>Wiederherstellungsschlüssel: </translation>
        </message>
        <message>
            <source>Restored from {human}{kept}</source>
            <translation>Wiederhergestellt aus {human}{kept}</translation>
        </message>
        <message>
            <source>The clinic data has a new key. NEW RECOVERY KEY:

    {recovery_key}

Print it and keep it safe; the old recovery key no longer opens the clinic data (it still opens backups made before today).</source>
            <translation>Die Praxisdaten haben einen neuen Schlüssel. NEUER WIEDERHERSTELLUNGSSCHLÜSSEL:

    {recovery_key}

Drucken Sie ihn aus und bewahren Sie ihn sicher auf; der alte Wiederherstellungsschlüssel öffnet die Praxisdaten nicht mehr (wohl aber Sicherungen von vor heute).</translation>
        </message>
        <message>
            <source>There is no clinic here: give the backup's --recovery-key.</source>
            <translation>Hier gibt es keine Praxis: geben Sie den --recovery-key der Sicherung an.</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>Sicherung</translation>
        </message>
        <message>
            <source>size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>{path}
  checks out: taken {taken_at:%Y-%m-%d %H:%M} UTC, {value} KiB, schema {schema_revision}</source>
            <translation>{path}
  in Ordnung: erstellt {taken_at:%Y-%m-%d %H:%M} UTC, {value} KiB, Schema {schema_revision}</translation>
        </message>
        <message>
            <source>{reason}Restoring needs a signed-in user allowed to restore (--user), or the recovery key from the recovery sheet (--recovery-key or {RECOVERY_KEY_ENV}).</source>
            <translation>{reason}Zum Wiederherstellen braucht es einen angemeldeten Benutzer mit diesem Recht (--user) oder den Wiederherstellungsschlüssel vom Wiederherstellungsblatt (--recovery-key oder {RECOVERY_KEY_ENV}).</translation>
        </message>
    </context>
    <context>
        <name>booking</name>
        <message numerus="yes">
            <source>No free {name} slot in the next %n day(s) for {urgency} care; add the patient to the waitlist.</source>
            <translation>
                <numerusform>Kein freier Termin ({name}) am nächsten %n Tag für {urgency}e Versorgung; setzen Sie den Patienten auf die Warteliste.</numerusform>
                <numerusform>Kein freier Termin ({name}) in den nächsten %n Tagen für {urgency}e Versorgung; setzen Sie den Patienten auf die Warteliste.</numerusform>
            </translation>
        </message>
        <message>
            <source>That provider does not exist or was removed.</source>
            <translation>Diesen Behandler gibt es nicht oder er wurde entfernt.</translation>
        </message>
    </context>
    <context>
        <name>bootstrap</name>
        <message>
            <source>A user name is one word of at most {MAX_USERNAME_LENGTH} characters, without spaces.</source>
            <translation>Ein Benutzername ist ein Wort mit höchstens {MAX_USERNAME_LENGTH} Zeichen, ohne Leerzeichen.</translation>
        </message>
        <message>
            <source>Give the administrator a user name.</source>
            <translation>Geben Sie dem Administrator einen Benutzernamen.</translation>
        </message>
        <message>
            <source>Give the clinic a name.</source>
            <translation>Geben Sie der Praxis einen Namen.</translation>
        </message>
        <message>
            <source>Give the clinic's time zone, e.g. Europe/London.</source>
            <translation>Geben Sie die Zeitzone der Praxis an, z. B. Europe/Berlin.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong recovery keys were typed on this computer. Wait %n minute(s) and try again; every try is kept in the audit trail.</source>
            <translation>
                <numerusform>Auf diesem Computer wurden zu viele falsche Wiederherstellungsschlüssel eingegeben. Warten Sie %n Minute und versuchen Sie es erneut; jeder Versuch wird im Prüfprotokoll festgehalten.</numerusform>
                <numerusform>Auf diesem Computer wurden zu viele falsche Wiederherstellungsschlüssel eingegeben. Warten Sie %n Minuten und versuchen Sie es erneut; jeder Versuch wird im Prüfprotokoll festgehalten.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>bulk</name>
        <message>
            <source>Another PC sent its clinic to the sync server first; clinics are never mixed. Join this PC from an empty data folder instead.</source>
            <translation>Ein anderer PC hat seine Praxis zuerst an den Synchronisierungsserver gesendet; Praxen werden nie vermischt. Verbinden Sie diesen PC stattdessen aus einem leeren Datenordner.</translation>
        </message>
        <message>
            <source>The clinic did not reach the server whole; the next sync sends it again.</source>
            <translation>Die Praxis ist nicht vollständig beim Server angekommen; die nächste Synchronisierung sendet sie erneut.</translation>
        </message>
    </context>
    <context>
        <name>bumping</name>
        <message>
            <source>A bump plan is only for urgent or emergency patients.</source>
            <translation>Ein Verschiebeplan ist nur für dringende oder Notfallpatienten.</translation>
        </message>
    </context>
    <context>
        <name>calendar exchange</name>
        <message>
            <source>Choose at most {limit} days.</source>
            <translation>Wählen Sie höchstens {limit} Tage.</translation>
        </message>
        <message>
            <source>The last day ({last}) is before the first ({first}).</source>
            <translation>Der letzte Tag ({last}) liegt vor dem ersten ({first}).</translation>
        </message>
    </context>
    <context>
        <name>call list</name>
        <message numerus="yes">
            <source>%n patient(s) to call</source>
            <translation>
                <numerusform>%n Patient anzurufen</numerusform>
                <numerusform>%n Patienten anzurufen</numerusform>
            </translation>
        </message>
        <message>
            <source>(unknown patient)</source>
            <translation>(unbekannter Patient)</translation>
        </message>
        <message>
            <source>Already rebooked</source>
            <translation>Schon neu gebucht</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Geboren</translation>
        </message>
        <message>
            <source>Call list {date}</source>
            <translation>Anrufliste {date}</translation>
        </message>
        <message>
            <source>Called</source>
            <translation>Angerufen</translation>
        </message>
        <message>
            <source>Cancelled by patient</source>
            <translation>Vom Patienten abgesagt</translation>
        </message>
        <message>
            <source>Cancelled by patient (late)</source>
            <translation>Vom Patienten abgesagt (kurzfristig)</translation>
        </message>
        <message>
            <source>Cancelled by the clinic</source>
            <translation>Von der Praxis abgesagt</translation>
        </message>
        <message>
            <source>Missed appointment</source>
            <translation>Verpasster Termin</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Nicht erschienen</translation>
        </message>
        <message>
            <source>No-show and cancellation call list</source>
            <translation>Anrufliste für Nichterscheinen und Absagen</translation>
        </message>
        <message>
            <source>Nobody to call.</source>
            <translation>Niemand anzurufen.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
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
            <source>Provider / type</source>
            <translation>Behandler / Art</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was geschah</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} bis {last}</translation>
        </message>
    </context>
    <context>
        <name>catalog</name>
        <message>
            <source>A late cancellation is counted within 0 to 336 hours.</source>
            <translation>Eine späte Absage wird innerhalb von 0 bis 336 Stunden gezählt.</translation>
        </message>
        <message>
            <source>An appointment lasts 1 to {MAX_APPOINTMENT_MINUTES} minutes (got {minutes}).</source>
            <translation>Ein Termin dauert 1 bis {MAX_APPOINTMENT_MINUTES} Minuten (angegeben: {minutes}).</translation>
        </message>
        <message>
            <source>Opening hours are given for weekdays 0 (Mon) to 6 (Sun).</source>
            <translation>Öffnungszeiten gelten für die Wochentage 0 (Mo) bis 6 (So).</translation>
        </message>
        <message>
            <source>The booking grid is one of {allowed} minutes.</source>
            <translation>Das Buchungsraster ist eines von {allowed} Minuten.</translation>
        </message>
        <message>
            <source>There is already an appointment type '{strip}'.</source>
            <translation>Es gibt bereits eine Terminart '{strip}'.</translation>
        </message>
    </context>
    <context>
        <name>catalog command</name>
        <message>
            <source>Added appointment type {name} ({duration_minutes} min): {id}</source>
            <translation>Terminart {name} ({duration_minutes} Min.) angelegt: {id}</translation>
        </message>
        <message>
            <source>Added room {name} ({kind}): {id}</source>
            <translation>Raum {name} ({kind}) angelegt: {id}</translation>
        </message>
        <message>
            <source>No appointment types yet.</source>
            <translation>Noch keine Terminarten.</translation>
        </message>
        <message>
            <source>No rooms yet.</source>
            <translation>Noch keine Räume.</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
    </context>
    <context>
        <name>changes</name>
        <message>
            <source>Colour '{value}' is not a colour like #4C78A8.</source>
            <translation>Farbe '{value}' ist keine Farbe wie #4C78A8.</translation>
        </message>
        <message>
            <source>Enter the {what}.</source>
            <translation>Geben Sie {what} ein.</translation>
        </message>
    </context>
    <context>
        <name>client</name>
        <message>
            <source>This PC already holds its own clinic data and the server already holds a clinic; they are never mixed. To add this PC, join from an empty data folder: clinicdesk --data-dir NEW_FOLDER sync join --url ...</source>
            <translation>Dieser PC hat bereits eigene Praxisdaten und der Server hat bereits eine Praxis; sie werden nie vermischt. Um diesen PC hinzuzufügen, verbinden Sie ihn aus einem leeren Datenordner: clinicdesk --data-dir NEW_FOLDER sync join --url ...</translation>
        </message>
        <message>
            <source>This PC has not joined a sync server: run 'clinicdesk sync join --url ...'.</source>
            <translation>Dieser PC ist keinem Synchronisierungsserver beigetreten: führen Sie 'clinicdesk sync join --url ...' aus.</translation>
        </message>
    </context>
    <context>
        <name>clinic time</name>
        <message>
            <source>'{name}' is not a known time zone; use a name like Europe/London.</source>
            <translation>'{name}' ist keine bekannte Zeitzone; verwenden Sie einen Namen wie Europe/Berlin.</translation>
        </message>
        <message>
            <source>{wall:%H:%M} on {day:%Y-%m-%d} does not exist in {key}: the clocks go forward from {jump_from:%H:%M} to {jump_to:%H:%M}. Choose a time from {jump_to:%H:%M}.</source>
            <translation>{wall:%H:%M} am {day:%Y-%m-%d} gibt es in {key} nicht: die Uhren springen von {jump_from:%H:%M} auf {jump_to:%H:%M} vor. Wählen Sie eine Zeit ab {jump_to:%H:%M}.</translation>
        </message>
    </context>
    <context>
        <name>clinical notes</name>
        <message>
            <source>Notes are limited to {MAX_NOTES_CHARACTERS:,} characters; these have {count:,}.</source>
            <translation>Notizen sind auf {MAX_NOTES_CHARACTERS:,} Zeichen begrenzt; diese haben {count:,}.</translation>
        </message>
    </context>
    <context>
        <name>command line</name>
        <message>
            <source>clinicdesk {command}: choose one of its sub-commands (see 'clinicdesk {command} --help')</source>
            <translation>clinicdesk {command}: wählen Sie einen der Unterbefehle (siehe 'clinicdesk {command} --help')</translation>
        </message>
        <message>
            <source>clinicdesk: internal error: {describe_exception}; {detail}</source>
            <translation>clinicdesk: interner Fehler: {describe_exception}; {detail}</translation>
        </message>
        <message>
            <source>clinicdesk: interrupted</source>
            <translation>clinicdesk: abgebrochen</translation>
        </message>
        <message>
            <source>clinicdesk: no display found; use the command line instead (try 'clinicdesk --help'), or set QT_QPA_PLATFORM.</source>
            <translation>clinicdesk: kein Bildschirm gefunden; verwenden Sie stattdessen die Befehlszeile (versuchen Sie 'clinicdesk --help') oder setzen Sie QT_QPA_PLATFORM.</translation>
        </message>
        <message>
            <source>clinicdesk: {broken} is not valid text (UTF-8); retype it.</source>
            <translation>clinicdesk: {broken} ist kein gültiger Text (UTF-8); geben Sie es neu ein.</translation>
        </message>
        <message>
            <source>clinicdesk: {message}</source>
            <translation>clinicdesk: {message}</translation>
        </message>
        <message>
            <source>could not write the crash log ({strerror})</source>
            <translation>das Absturzprotokoll konnte nicht geschrieben werden ({strerror})</translation>
        </message>
        <message>
            <source>details in {log}</source>
            <translation>Einzelheiten in {log}</translation>
        </message>
    </context>
    <context>
        <name>confirm_sheet</name>
        <message numerus="yes">
            <source>%n visit(s) to confirm</source>
            <translation>
                <numerusform>%n Termin zu bestätigen</numerusform>
                <numerusform>%n Termine zu bestätigen</numerusform>
            </translation>
        </message>
        <message>
            <source>Called</source>
            <translation>Angerufen</translation>
        </message>
        <message>
            <source>Every visit is confirmed.</source>
            <translation>Alle Termine sind bestätigt.</translation>
        </message>
        <message>
            <source>No-shows</source>
            <translation>Nicht erschienen</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
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
            <source>Printed {when}</source>
            <translation>Gedruckt {when}</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Visits to confirm</source>
            <translation>Zu bestätigende Termine</translation>
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
    </context>
    <context>
        <name>connection</name>
        <message>
            <source>The connection to the sync server was lost while {what} ({reason}). Changes stay on this PC and are sent at the next sync.</source>
            <translation>Die Verbindung zum Synchronisierungsserver ging verloren beim {what} ({reason}). Änderungen bleiben auf diesem PC und werden bei der nächsten Synchronisierung gesendet.</translation>
        </message>
        <message>
            <source>The sync server cannot be reached ({reason}). Changes stay on this PC and are sent at the next sync.</source>
            <translation>Der Synchronisierungsserver ist nicht erreichbar ({reason}). Änderungen bleiben auf diesem PC und werden bei der nächsten Synchronisierung gesendet.</translation>
        </message>
        <message>
            <source>The sync server cannot be reached ({value}). Changes stay on this PC and are sent at the next sync.</source>
            <translation>Der Synchronisierungsserver ist nicht erreichbar ({value}). Änderungen bleiben auf diesem PC und werden bei der nächsten Synchronisierung gesendet.</translation>
        </message>
        <message>
            <source>The sync server stopped answering while {what} (gave up after {seconds:g} s). Changes stay on this PC and are sent at the next sync.</source>
            <translation>Der Synchronisierungsserver antwortete nicht mehr beim {what} (nach {seconds:g} s aufgegeben). Änderungen bleiben auf diesem PC und werden bei der nächsten Synchronisierung gesendet.</translation>
        </message>
    </context>
    <context>
        <name>context command</name>
        <message>
            <source>New password: </source>
            <translation>Neues Passwort: </translation>
        </message>
        <message>
            <source>No password: set {PASSWORD_ENV} or run the command in a terminal.</source>
            <translation>Kein Passwort: setzen Sie {PASSWORD_ENV} oder führen Sie den Befehl in einem Terminal aus.</translation>
        </message>
        <message>
            <source>Say who you are: add --user NAME or set {USER_ENV}.</source>
            <translation>Sagen Sie, wer Sie sind: fügen Sie --user NAME hinzu oder setzen Sie {USER_ENV}.</translation>
        </message>
        <message>
            <source>The two passwords do not match; nothing was changed.</source>
            <translation>Die beiden Passwörter stimmen nicht überein; nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Type it again: </source>
            <translation>Noch einmal eingeben: </translation>
        </message>
        <message>
            <source>warning: {message}</source>
            <translation>Warnung: {message}</translation>
        </message>
    </context>
    <context>
        <name>credentials</name>
        <message>
            <source>No {kind} password for {account} at {server} in this computer's keyring: store it with 'clinicdesk messages secret {kind}'.</source>
            <translation>Kein {kind}-Passwort für {account} bei {server} im Schlüsselbund dieses Computers: hinterlegen Sie es mit 'clinicdesk messages secret {kind}'.</translation>
        </message>
        <message>
            <source>That server address is not a PostgreSQL URL ({exc}).</source>
            <translation>Diese Serveradresse ist keine PostgreSQL-URL ({exc}).</translation>
        </message>
        <message>
            <source>The sync password could not be kept in this computer's keyring ({exc}).</source>
            <translation>Das Synchronisierungspasswort konnte nicht im Schlüsselbund dieses Computers abgelegt werden ({exc}).</translation>
        </message>
        <message>
            <source>The {kind} password could not be kept in this computer's keyring ({exc}).</source>
            <translation>Das {kind}-Passwort konnte nicht im Schlüsselbund dieses Computers abgelegt werden ({exc}).</translation>
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
            <source>{name} line {line_num}: cannot be read as CSV ({error}); a quote may be left open.</source>
            <translation>{name} Zeile {line_num}: nicht als CSV lesbar ({error}); vielleicht ist ein Anführungszeichen offen.</translation>
        </message>
        <message>
            <source>{name}: cannot tell from the header whether it holds patients, providers or appointments (columns: {join}); give a mapping file.</source>
            <translation>{name}: An der Kopfzeile ist nicht zu erkennen, ob die Datei Patienten, Behandelnde oder Termine enthält (Spalten: {join}); geben Sie eine Zuordnungsdatei an.</translation>
        </message>
    </context>
    <context>
        <name>csv intake</name>
        <message>
            <source>Duplicates are skip, keep or merge, not {duplicates!r}.</source>
            <translation>Doppelte sind skip, keep oder merge, nicht {duplicates!r}.</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation>Import abgebrochen: nichts wurde importiert.</translation>
        </message>
        <message>
            <source>The decision for {key!r} must be skip, keep or merge, or {{"action": "merge", "into": "&lt;patient id&gt;", "take": [fields]}} with fields among {join}.</source>
            <translation>Die Entscheidung für {key!r} muss skip, keep oder merge sein, oder {{"action": "merge", "into": "&lt;patient id&gt;", "take": [fields]}} mit Feldern aus {join}.</translation>
        </message>
        <message>
            <source>The decisions file is not JSON: {error}.</source>
            <translation>Die Entscheidungsdatei ist kein JSON: {error}.</translation>
        </message>
        <message>
            <source>The decisions file must look like {"row id": "merge"}.</source>
            <translation>Die Entscheidungsdatei muss wie {"row id": "merge"} aussehen.</translation>
        </message>
        <message>
            <source>The mapping file is not JSON: {error}.</source>
            <translation>Die Zuordnungsdatei ist kein JSON: {error}.</translation>
        </message>
        <message>
            <source>The mapping file must look like {"patients": {"given": "Forename"}}, with kinds patients, providers or appointments.</source>
            <translation>Die Zuordnungsdatei muss so aussehen: {"patients": {"given": "Forename"}}, mit den Arten patients, providers oder appointments.</translation>
        </message>
        <message>
            <source>{where}: the patient {into} to merge into is gone.</source>
            <translation>{where}: der Patient {into}, in den zusammengeführt werden soll, ist nicht mehr da.</translation>
        </message>
    </context>
    <context>
        <name>date policy</name>
        <message>
            <source>Date of birth {birth_date:%Y-%m-%d} is in the future.</source>
            <translation>Das Geburtsdatum {birth_date:%Y-%m-%d} liegt in der Zukunft.</translation>
        </message>
        <message>
            <source>Date of birth {birth_date:%Y-%m-%d} is too far in the past.</source>
            <translation>Das Geburtsdatum {birth_date:%Y-%m-%d} liegt zu weit in der Vergangenheit.</translation>
        </message>
        <message>
            <source>{what} {isoformat} is outside the dates clinicdesk works with ({clinic_range_text}).</source>
            <translation>{what} {isoformat} liegt außerhalb der Daten, mit denen clinicdesk arbeitet ({clinic_range_text}).</translation>
        </message>
    </context>
    <context>
        <name>dates</name>
        <message>
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <source>August</source>
            <translation>August</translation>
        </message>
        <message>
            <source>December</source>
            <translation>Dezember</translation>
        </message>
        <message>
            <source>February</source>
            <translation>Februar</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Freitag</translation>
        </message>
        <message>
            <source>January</source>
            <translation>Januar</translation>
        </message>
        <message>
            <source>July</source>
            <translation>Juli</translation>
        </message>
        <message>
            <source>June</source>
            <translation>Juni</translation>
        </message>
        <message>
            <source>March</source>
            <translation>März</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Montag</translation>
        </message>
        <message>
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <source>October</source>
            <translation>Oktober</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Samstag</translation>
        </message>
        <message>
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sonntag</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Donnerstag</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Dienstag</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Mittwoch</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation>{day}. {month} {year}</translation>
        </message>
        <message>
            <source>{weekday} {day} {month}</source>
            <translation>{weekday}, {day}. {month}</translation>
        </message>
        <message>
            <source>{weekday} {day} {month} {year}</source>
            <translation>{weekday}, {day}. {month} {year}</translation>
        </message>
    </context>
    <context>
        <name>day sheet</name>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n Termin</numerusform>
                <numerusform>%n Termine</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n urgent</source>
            <translation>
                <numerusform>%n dringend</numerusform>
                <numerusform>%n dringend</numerusform>
            </translation>
        </message>
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
            <source>Day sheet {date}</source>
            <translation>Tagesliste {date}</translation>
        </message>
        <message>
            <source>Day sheet · {date}</source>
            <translation>Tagesliste · {date}</translation>
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
            <source>No appointments booked.</source>
            <translation>Keine Termine gebucht.</translation>
        </message>
        <message>
            <source>No providers</source>
            <translation>Keine Behandler</translation>
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
        <message>
            <source>nobody works or is booked this day</source>
            <translation>an diesem Tag arbeitet niemand und nichts ist gebucht</translation>
        </message>
        <message>
            <source>not working</source>
            <translation>arbeitet nicht</translation>
        </message>
        <message>
            <source>working {hours}</source>
            <translation>arbeitet {hours}</translation>
        </message>
    </context>
    <context>
        <name>demo</name>
        <message>
            <source>This clinic already has providers or patients; load the demo clinic into a new data folder (--data-dir) instead.</source>
            <translation>Diese Praxis hat bereits Behandler oder Patienten; laden Sie die Demo-Praxis stattdessen in einen neuen Datenordner (--data-dir).</translation>
        </message>
        <message>
            <source>Unknown demo size {size!r}: use small, medium or large.</source>
            <translation>Unbekannte Demo-Größe {size!r}: verwenden Sie small, medium oder large.</translation>
        </message>
    </context>
    <context>
        <name>demo command</name>
        <message>
            <source>  {patients:,} patients, {appointments:,} appointments from {first_day:%d/%m/%Y} to {last_day:%d/%m/%Y}</source>
            <translation>  {patients:,} Patienten, {appointments:,} Termine vom {first_day:%d/%m/%Y} bis {last_day:%d/%m/%Y}</translation>
        </message>
        <message>
            <source>  {providers} providers, {rooms} rooms, {appointment_types} appointment types</source>
            <translation>  {providers} Behandler, {rooms} Räume, {appointment_types} Terminarten</translation>
        </message>
        <message>
            <source>Demo clinic loaded ({value}, seed {seed}) in {seconds} s:</source>
            <translation>Demo-Praxis geladen ({value}, Startwert {seed}) in {seconds} s:</translation>
        </message>
        <message>
            <source>Its key is kept in this computer's keyring ({keyring}).</source>
            <translation>Ihr Schlüssel liegt im Schlüsselbund dieses Computers ({keyring}).</translation>
        </message>
        <message>
            <source>Its key is kept in {where}, in plain text, because {why}. A real clinic (clinicdesk init) needs a keyring.</source>
            <translation>Ihr Schlüssel liegt im Klartext in {where}, weil {why}. Eine echte Praxis (clinicdesk init) braucht einen Schlüsselbund.</translation>
        </message>
        <message>
            <source>New store: {store_path}</source>
            <translation>Neuer Datenspeicher: {store_path}</translation>
        </message>
        <message>
            <source>RECOVERY KEY:

    {recovery_key}

{warning}</source>
            <translation>WIEDERHERSTELLUNGSSCHLÜSSEL:

    {recovery_key}

{warning}</translation>
        </message>
        <message>
            <source>Sign in as admin, manager or reception with {password_note}.</source>
            <translation>Melden Sie sich als admin, manager oder reception an, mit {password_note}.</translation>
        </message>
        <message>
            <source>the password in {PASSWORD_ENV}</source>
            <translation>dem Passwort in {PASSWORD_ENV}</translation>
        </message>
        <message>
            <source>{problem}; a plain-text key file is acceptable for the synthetic demo clinic only</source>
            <translation>{problem}; eine Schlüsseldatei im Klartext ist nur für die erfundene Demo-Praxis vertretbar</translation>
        </message>
    </context>
    <context>
        <name>displaced visits</name>
        <message>
            <source>A worklist holds at most {MAX_WORKLIST} visits.</source>
            <translation>Eine Arbeitsliste umfasst höchstens {MAX_WORKLIST} Besuche.</translation>
        </message>
        <message numerus="yes">
            <source>No free {name} time with {who} in the next %n day(s); ring the patient and choose a time in the booking dialog.</source>
            <translation>
                <numerusform>Keine freie Zeit ({name}) bei {who} am nächsten %n Tag; rufen Sie den Patienten an und wählen Sie eine Zeit im Buchungsdialog.</numerusform>
                <numerusform>Keine freie Zeit ({name}) bei {who} in den nächsten %n Tagen; rufen Sie den Patienten an und wählen Sie eine Zeit im Buchungsdialog.</numerusform>
            </translation>
        </message>
        <message>
            <source>This visit is {status}; there is nothing to rebook.</source>
            <translation>Dieser Besuch ist {status}; es gibt nichts neu zu buchen.</translation>
        </message>
    </context>
    <context>
        <name>email</name>
        <message>
            <source>E-mail is not set up: give smtp_host and smtp_from in the message settings.</source>
            <translation>E-Mail ist nicht eingerichtet: geben Sie smtp_host und smtp_from in den Nachrichteneinstellungen an.</translation>
        </message>
        <message>
            <source>Reading the mailbox failed ({name}).</source>
            <translation>Das Lesen des Postfachs ist fehlgeschlagen ({name}).</translation>
        </message>
        <message>
            <source>SMTP security '{security}' is not one of {join}.</source>
            <translation>SMTP-Sicherheit '{security}' ist keine von {join}.</translation>
        </message>
        <message>
            <source>The mail server answered {smtp_code}.</source>
            <translation>Der Mailserver antwortete {smtp_code}.</translation>
        </message>
        <message>
            <source>The mail server could not be reached or dropped the line ({name}).</source>
            <translation>Der Mailserver war nicht erreichbar oder hat die Verbindung getrennt ({name}).</translation>
        </message>
        <message>
            <source>The mail server refused the address {address}.</source>
            <translation>Der Mailserver hat die Adresse {address} abgelehnt.</translation>
        </message>
        <message>
            <source>The mail server refused the login; check smtp_user and its keyring password.</source>
            <translation>Der Mailserver hat die Anmeldung abgelehnt; prüfen Sie smtp_user und dessen Passwort im Schlüsselbund.</translation>
        </message>
        <message>
            <source>The mailbox could not be read ({name}).</source>
            <translation>Das Postfach konnte nicht gelesen werden ({name}).</translation>
        </message>
        <message>
            <source>The mailbox refused the search for new mail.</source>
            <translation>Das Postfach hat die Suche nach neuer Post abgelehnt.</translation>
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
        <name>fhir exchange</name>
        <message>
            <source>Export at most {limit} days at a time.</source>
            <translation>Exportieren Sie höchstens {limit} Tage auf einmal.</translation>
        </message>
        <message>
            <source>Give the phone number patients call to book (--phone).</source>
            <translation>Geben Sie die Telefonnummer an, unter der Patienten buchen (--phone).</translation>
        </message>
        <message>
            <source>Publish between 1 and {MAX_PUBLISH_DAYS} days of slots.</source>
            <translation>Veröffentlichen Sie zwischen 1 und {MAX_PUBLISH_DAYS} Tagen an Terminen.</translation>
        </message>
        <message>
            <source>The base URL must start with https:// (or http://).</source>
            <translation>Die Basis-URL muss mit https:// (oder http://) beginnen.</translation>
        </message>
        <message>
            <source>The last day ({last}) is before the first ({first}).</source>
            <translation>Der letzte Tag ({last}) liegt vor dem ersten ({first}).</translation>
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
        <name>fhir intake</name>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation>Import abgebrochen: nichts wurde importiert.</translation>
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
        <name>finding</name>
        <message>
            <source>Ask for between 1 and {MAX_COUNT} slots.</source>
            <translation>Fragen Sie nach 1 bis {MAX_COUNT} Terminen.</translation>
        </message>
        <message>
            <source>No bookable provider gives {kind}.</source>
            <translation>Kein buchbarer Behandler bietet {kind} an.</translation>
        </message>
        <message>
            <source>No bookable {specialty} provider gives {kind}.</source>
            <translation>Kein buchbarer Behandler ({specialty}) bietet {kind} an.</translation>
        </message>
        <message>
            <source>That provider is not bookable or does not give {kind}.</source>
            <translation>Dieser Behandler ist nicht buchbar oder bietet {kind} nicht an.</translation>
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
            <source>HL7 version {version} is not one of {join}.</source>
            <translation>HL7-Version {version} ist keine von {join}.</translation>
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
        <message>
            <source>Use http://127.0.0.1:{port}/ for the feeds.</source>
            <translation>Verwenden Sie http://127.0.0.1:{port}/ für die Kalender.</translation>
        </message>
    </context>
    <context>
        <name>import files</name>
        <message>
            <source>Cannot read {path}: {value}.</source>
            <translation>{path} kann nicht gelesen werden: {value}.</translation>
        </message>
        <message>
            <source>Choose a file or a folder to import.</source>
            <translation>Wählen Sie eine Datei oder einen Ordner zum Importieren.</translation>
        </message>
        <message>
            <source>The .csv files in {path} are larger than 2 GB together.</source>
            <translation>Die .csv-Dateien in {path} sind zusammen größer als 2 GB.</translation>
        </message>
        <message>
            <source>{name} is neither a CSV file (.csv) nor FHIR (.json, .ndjson); choose one of those or a folder of CSV files.</source>
            <translation>{name} ist weder eine CSV-Datei (.csv) noch FHIR (.json, .ndjson); wählen Sie eine solche Datei oder einen Ordner mit CSV-Dateien.</translation>
        </message>
        <message>
            <source>{path} holds no .csv file.</source>
            <translation>{path} enthält keine .csv-Datei.</translation>
        </message>
    </context>
    <context>
        <name>interop command</name>
        <message>
            <source>  after death: {where}</source>
            <translation>  nach dem Tod: {where}</translation>
        </message>
        <message>
            <source>  clash kept: {appointment_id} overlaps {join}</source>
            <translation>  Überschneidung behalten: {appointment_id} überschneidet sich mit {join}</translation>
        </message>
        <message>
            <source>  clash kept: {source}</source>
            <translation>  Überschneidung behalten: {source}</translation>
        </message>
        <message>
            <source>  clash kept: {source} overlaps {join}</source>
            <translation>  Überschneidung behalten: {source} überschneidet sich mit {join}</translation>
        </message>
        <message>
            <source>  possible duplicate {source} ({name}, {birth_date}){value}</source>
            <translation>  mögliches Duplikat {source} ({name}, {birth_date}){value}</translation>
        </message>
        <message>
            <source>  possible duplicate {where} (row id {row}): {reason}; {decision}</source>
            <translation>  mögliches Doppel {where} (Zeilen-ID {row}): {reason}; {decision}</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) written to {file}</source>
            <translation>
                <numerusform>%n Ereignis nach {file} geschrieben</numerusform>
                <numerusform>%n Ereignisse nach {file} geschrieben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Busy times {first_day} to {last_day}: {verb} {new} time off, {known} already there; %n booking(s) now inside time off</source>
            <translation>
                <numerusform>Belegte Zeiten {first_day} bis {last_day}: {new} Abwesenheiten {verb}, {known} schon vorhanden; %n Buchung liegt jetzt in einer Abwesenheit</numerusform>
                <numerusform>Belegte Zeiten {first_day} bis {last_day}: {new} Abwesenheiten {verb}, {known} schon vorhanden; %n Buchungen liegen jetzt in einer Abwesenheit</numerusform>
            </translation>
        </message>
        <message>
            <source>CSV import {verb}: {summary}; already here: {summary2}</source>
            <translation>CSV-Import {verb}: {summary}; schon vorhanden: {summary2}</translation>
        </message>
        <message>
            <source>CSV written to {folder}: {summary}</source>
            <translation>CSV nach {folder} geschrieben: {summary}</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>{path} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>Cannot serve on {LOOPBACK}:{port}: {reason}.</source>
            <translation>Bereitstellen auf {LOOPBACK}:{port} nicht möglich: {reason}.</translation>
        </message>
        <message>
            <source>FHIR R4 written to {folder}: {summary}</source>
            <translation>FHIR R4 nach {folder} geschrieben: {summary}</translation>
        </message>
        <message>
            <source>FHIR import {verb}: {summary}; already here: {summary2}</source>
            <translation>FHIR-Import {verb}: {summary}; schon vorhanden: {summary2}</translation>
        </message>
        <message>
            <source>Give the name of a file to import.</source>
            <translation>Geben Sie den Namen einer zu importierenden Datei an.</translation>
        </message>
        <message numerus="yes">
            <source>HL7 import {verb} %n message(s)</source>
            <translation>
                <numerusform>HL7-Import {verb} %n Nachricht</numerusform>
                <numerusform>HL7-Import {verb} %n Nachrichten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing imported: %n message(s) cannot be used (first: message {number}: {reason}).</source>
            <translation>
                <numerusform>Nichts importiert: %n Nachricht ist nicht verwendbar (erste: Nachricht {number}: {reason}).</numerusform>
                <numerusform>Nichts importiert: %n Nachrichten sind nicht verwendbar (erste: Nachricht {number}: {reason}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing imported: %n resource(s) cannot be taken (first: {where}: {reason}).</source>
            <translation>
                <numerusform>Nichts importiert: %n Ressource kann nicht übernommen werden (erste: {where}: {reason}).</numerusform>
                <numerusform>Nichts importiert: %n Ressourcen können nicht übernommen werden (erste: {where}: {reason}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing imported: %n row(s) have problems (first: {where}: {reason}).</source>
            <translation>
                <numerusform>Nichts importiert: %n Zeile hat Probleme (erste: {where}: {reason}).</numerusform>
                <numerusform>Nichts importiert: %n Zeilen haben Probleme (erste: {where}: {reason}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Serving calendars on {base} (this PC only) until Ctrl+C:</source>
            <translation>Kalender werden unter {base} bereitgestellt (nur dieser PC) bis Strg+C:</translation>
        </message>
        <message>
            <source>Slots published to {folder}: {summary}</source>
            <translation>Termine veröffentlicht in {folder}: {summary}</translation>
        </message>
        <message>
            <source>added</source>
            <translation>hinzugefügt</translation>
        </message>
        <message>
            <source>applied</source>
            <translation>angewendet</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>importiert</translation>
        </message>
        <message>
            <source>would add</source>
            <translation>würde hinzufügen</translation>
        </message>
        <message>
            <source>would apply</source>
            <translation>würde anwenden</translation>
        </message>
        <message>
            <source>would import</source>
            <translation>würde importieren</translation>
        </message>
        <message>
            <source>{given} holds no .csv file.</source>
            <translation>{given} enthält keine .csv-Datei.</translation>
        </message>
        <message>
            <source>{path} is not a plain file.</source>
            <translation>{path} ist keine normale Datei.</translation>
        </message>
        <message>
            <source>{path} is {st_size:,} bytes; at most {limit:,} can be imported at once.</source>
            <translation>{path} hat {st_size:,} Bytes; höchstens {limit:,} können auf einmal importiert werden.</translation>
        </message>
    </context>
    <context>
        <name>keys</name>
        <message>
            <source>The demo key file {path} is damaged. Enter the recovery key printed when the demo was made, or delete the data folder and run the demo again.</source>
            <translation>Die Demo-Schlüsseldatei {path} ist beschädigt. Geben Sie den beim Anlegen der Demo gedruckten Wiederherstellungsschlüssel ein oder löschen Sie den Datenordner und starten Sie die Demo neu.</translation>
        </message>
        <message>
            <source>The keyring entry for the clinic data key is damaged. Enter the recovery key from the printed recovery sheet to unlock the clinic data.</source>
            <translation>Der Schlüsselbund-Eintrag für den Schlüssel der Praxisdaten ist beschädigt. Geben Sie den Wiederherstellungsschlüssel vom gedruckten Wiederherstellungsblatt ein, um die Praxisdaten zu entsperren.</translation>
        </message>
        <message>
            <source>no keyring service was found on this computer</source>
            <translation>auf diesem Computer wurde kein Schlüsselbund-Dienst gefunden</translation>
        </message>
    </context>
    <context>
        <name>lifecycle</name>
        <message>
            <source>This computer has no record of the key for the clinic data ({STORE_INFO_FILE_NAME} is missing). Enter the recovery key from the printed recovery sheet to unlock it.</source>
            <translation>Dieser Computer kennt den Schlüssel für die Praxisdaten nicht ({STORE_INFO_FILE_NAME} fehlt). Geben Sie den Wiederherstellungsschlüssel vom gedruckten Wiederherstellungsblatt ein, um sie zu entsperren.</translation>
        </message>
    </context>
    <context>
        <name>lookups</name>
        <message>
            <source>More than one appointment type is called '{id_or_name}'; use its id.</source>
            <translation>Mehr als eine Terminart heißt '{id_or_name}'; verwenden Sie ihre ID.</translation>
        </message>
        <message>
            <source>No appointment type '{id_or_name}' (known types: {known}).</source>
            <translation>Keine Terminart '{id_or_name}' (bekannte Arten: {known}).</translation>
        </message>
        <message>
            <source>No appointment with id {appointment_id}.</source>
            <translation>Kein Termin mit der ID {appointment_id}.</translation>
        </message>
        <message>
            <source>No patient with id {patient_id}.</source>
            <translation>Kein Patient mit der ID {patient_id}.</translation>
        </message>
        <message>
            <source>No provider with id {provider_id}.</source>
            <translation>Kein Behandler mit der ID {provider_id}.</translation>
        </message>
        <message>
            <source>No room with id {room_id}.</source>
            <translation>Kein Raum mit der ID {room_id}.</translation>
        </message>
        <message>
            <source>This store has no clinic set up yet; run 'clinicdesk init' first.</source>
            <translation>In diesem Datenspeicher ist noch keine Praxis eingerichtet; führen Sie zuerst 'clinicdesk init' aus.</translation>
        </message>
    </context>
    <context>
        <name>message settings</name>
        <message>
            <source>'{text}' is not a number of days.</source>
            <translation>'{text}' ist keine Anzahl von Tagen.</translation>
        </message>
        <message>
            <source>'{text}' is not a port number.</source>
            <translation>'{text}' ist keine Portnummer.</translation>
        </message>
        <message>
            <source>'{text}' is not yes or no.</source>
            <translation>'{text}' ist weder yes noch no.</translation>
        </message>
        <message>
            <source>Port {port} is outside 1 to 65535.</source>
            <translation>Port {port} liegt außerhalb von 1 bis 65535.</translation>
        </message>
        <message>
            <source>Quiet hours '{text}' are not a range like 21:00-08:00.</source>
            <translation>Ruhezeiten '{text}' sind kein Bereich wie 21:00-08:00.</translation>
        </message>
        <message>
            <source>Reminder hours '{text}' are not whole hours like 48,2 (or none).</source>
            <translation>Erinnerungsstunden '{text}' sind keine ganzen Stunden wie 48,2 (oder none).</translation>
        </message>
        <message>
            <source>The reminder horizon is 1 to 60 days.</source>
            <translation>Der Erinnerungszeitraum beträgt 1 bis 60 Tage.</translation>
        </message>
        <message>
            <source>The {what} '{text}' is not a time like 21:00.</source>
            <translation>{what} '{text}' ist keine Uhrzeit wie 21:00.</translation>
        </message>
        <message>
            <source>There is no message setting '{name}'; use one of {known}.</source>
            <translation>Es gibt keine Nachrichteneinstellung '{name}'; verwenden Sie eine von {known}.</translation>
        </message>
        <message>
            <source>There is no template '{template}'; use one of {known}.</source>
            <translation>Es gibt keine Vorlage '{template}'; verwenden Sie eine von {known}.</translation>
        </message>
        <message>
            <source>Type rules are JSON like {"type id": "48,2"}.</source>
            <translation>Regeln je Terminart sind JSON wie {"type id": "48,2"}.</translation>
        </message>
        <message>
            <source>Type rules are JSON like {"type id": "48,2"}; this is not JSON.</source>
            <translation>Regeln je Terminart sind JSON wie {"type id": "48,2"}; dies ist kein JSON.</translation>
        </message>
    </context>
    <context>
        <name>message templates</name>
        <message>
            <source>'{code}' is not a language code like de, fr or pt-BR (or empty for the clinic's language).</source>
            <translation>'{code}' ist kein Sprachcode wie de, fr oder pt-BR (oder leer für die Sprache der Praxis).</translation>
        </message>
        <message>
            <source>A message template cannot be empty.</source>
            <translation>Eine Nachrichtenvorlage darf nicht leer sein.</translation>
        </message>
        <message>
            <source>A message template is at most {MAX_TEMPLATE_LENGTH} characters (this one has {count}).</source>
            <translation>Eine Nachrichtenvorlage hat höchstens {MAX_TEMPLATE_LENGTH} Zeichen (diese hat {count}).</translation>
        </message>
        <message>
            <source>No value for the placeholder {{{missing}}}.</source>
            <translation>Kein Wert für den Platzhalter {{{missing}}}.</translation>
        </message>
        <message>
            <source>The placeholder {{{field}}} is not a plain name like {{name}}.</source>
            <translation>Der Platzhalter {{{field}}} ist kein einfacher Name wie {{name}}.</translation>
        </message>
        <message>
            <source>The template has an unmatched brace; write {{name}} for a placeholder and {{{{ or }}}} for a brace ({exc}).</source>
            <translation>Die Vorlage hat eine Klammer ohne Gegenstück; schreiben Sie {{name}} für einen Platzhalter und {{{{ oder }}}} für eine Klammer ({exc}).</translation>
        </message>
        <message>
            <source>The template names {reason}; messages do not say why a patient comes unless the clinic allows it in the message settings.</source>
            <translation>Die Vorlage nennt {reason}; Nachrichten sagen nicht, warum ein Patient kommt, außer die Praxis erlaubt es in den Nachrichteneinstellungen.</translation>
        </message>
        <message>
            <source>The template uses {{{name}}}, which is not a known placeholder; use {known}.</source>
            <translation>Die Vorlage verwendet {{{name}}}, das kein bekannter Platzhalter ist; verwenden Sie {known}.</translation>
        </message>
        <message>
            <source>There is no message template called '{name}'.</source>
            <translation>Es gibt keine Nachrichtenvorlage namens '{name}'.</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>No PC is chosen to send messages yet: set it with 'messages settings set {SENDING_WORKSTATION} NAME'.</source>
            <translation>Noch ist kein PC zum Senden von Nachrichten gewählt: legen Sie ihn fest mit 'messages settings set {SENDING_WORKSTATION} NAME'.</translation>
        </message>
        <message>
            <source>No appointment with id {appointment_id}.</source>
            <translation>Kein Termin mit der ID {appointment_id}.</translation>
        </message>
        <message>
            <source>No reply with id {inbound_id}.</source>
            <translation>Keine Antwort mit der ID {inbound_id}.</translation>
        </message>
        <message>
            <source>Say which consent to record: --sms yes|no, --email yes|no (or --language CODE).</source>
            <translation>Sagen Sie, welche Einwilligung erfasst werden soll: --sms yes|no, --email yes|no (oder --language CODE).</translation>
        </message>
        <message>
            <source>The confirmation list covers 1 to {MAX_DAYS} working days.</source>
            <translation>Die Bestätigungsliste umfasst 1 bis {MAX_DAYS} Arbeitstage.</translation>
        </message>
        <message>
            <source>The message names a time that is not a time.</source>
            <translation>Die Nachricht nennt eine Zeit, die keine Zeit ist.</translation>
        </message>
        <message>
            <source>The visit this message names no longer exists.</source>
            <translation>Der Besuch, den diese Nachricht nennt, existiert nicht mehr.</translation>
        </message>
        <message>
            <source>This PC ({workstation}) does not send messages; {sender} does. Only one PC sends, so no reminder goes out twice.</source>
            <translation>Dieser PC ({workstation}) sendet keine Nachrichten; das tut {sender}. Nur ein PC sendet, damit keine Erinnerung doppelt hinausgeht.</translation>
        </message>
        <message>
            <source>unnamed</source>
            <translation>ohne Namen</translation>
        </message>
    </context>
    <context>
        <name>messages command</name>
        <message>
            <source>Every visit in those days is confirmed.</source>
            <translation>Jeder Besuch an diesen Tagen ist bestätigt.</translation>
        </message>
        <message>
            <source>No messages.</source>
            <translation>Keine Nachrichten.</translation>
        </message>
        <message>
            <source>Set up the {kind} server in the message settings first.</source>
            <translation>Richten Sie zuerst den {kind}-Server in den Nachrichteneinstellungen ein.</translation>
        </message>
        <message>
            <source>The {kind} password for {account} at {server} is in this computer's keyring.</source>
            <translation>Das {kind}-Passwort für {account} bei {server} liegt im Schlüsselbund dieses Computers.</translation>
        </message>
        <message>
            <source>Tick a call off (--called) and print (--pdf) one at a time.</source>
            <translation>Einen Anruf abhaken (--called) und drucken (--pdf) bitte nacheinander.</translation>
        </message>
        <message>
            <source>Visits to confirm written to {written}</source>
            <translation>Zu bestätigende Termine gespeichert unter {written}</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>no phone on file</source>
            <translation>keine Telefonnummer hinterlegt</translation>
        </message>
        <message>
            <source>no-shows</source>
            <translation>Nichterscheinen</translation>
        </message>
        <message>
            <source>patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>queued {queued}, voided {voided}, sent {sent}, retrying {retried}, failed {failed}, replies {replies} ({to_inbox} for staff)</source>
            <translation>eingereiht {queued}, verworfen {voided}, gesendet {sent}, erneuter Versuch {retried}, fehlgeschlagen {failed}, Antworten {replies} ({to_inbox} für das Team)</translation>
        </message>
        <message>
            <source>send after</source>
            <translation>senden nach</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>Einstellung</translation>
        </message>
        <message>
            <source>start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>state</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>tries</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <source>value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>{kind} password: </source>
            <translation>{kind}-Passwort: </translation>
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
        <name>no show risk</name>
        <message>
            <source>Extra bookings per session must be between 0 and 5.</source>
            <translation>Zusatzbuchungen pro Sprechstunde müssen zwischen 0 und 5 liegen.</translation>
        </message>
        <message>
            <source>Nothing to compare: {count} past visits before and {count2} in the last {test_days} days have an outcome.</source>
            <translation>Nichts zu vergleichen: {count} frühere Besuche davor und {count2} in den letzten {test_days} Tagen haben ein Ergebnis.</translation>
        </message>
        <message>
            <source>The test period must be at least one day.</source>
            <translation>Der Testzeitraum muss mindestens einen Tag umfassen.</translation>
        </message>
        <message>
            <source>The threshold must be above 0 and at most 10 expected no-shows.</source>
            <translation>Der Schwellenwert muss über 0 und höchstens bei 10 erwarteten Nichterscheinen liegen.</translation>
        </message>
        <message>
            <source>Unknown overbooking policy {mode!r}: use off or suggest.</source>
            <translation>Unbekannte Überbuchungsregel {mode!r}: verwenden Sie off oder suggest.</translation>
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
        <name>outbound</name>
        <message>
            <source>A {old} message cannot become {new}.</source>
            <translation>Eine Nachricht im Zustand {old} kann nicht {new} werden.</translation>
        </message>
    </context>
    <context>
        <name>overbooking outcomes</name>
        <message>
            <source>Look at most {MAX_DAYS} days at a time.</source>
            <translation>Sehen Sie höchstens {MAX_DAYS} Tage auf einmal an.</translation>
        </message>
        <message>
            <source>The last day is before the first.</source>
            <translation>Der letzte Tag liegt vor dem ersten.</translation>
        </message>
    </context>
    <context>
        <name>parsing command</name>
        <message>
            <source>'{name}' is not a weekday (mon, tue, ... sun).</source>
            <translation>'{name}' ist kein Wochentag (mon, tue, ... sun).</translation>
        </message>
        <message>
            <source>'{part}' runs backwards; write it like mon-fri.</source>
            <translation>'{part}' läuft rückwärts; schreiben Sie es wie mon-fri.</translation>
        </message>
        <message>
            <source>'{text}' ends before it starts.</source>
            <translation>'{text}' endet, bevor es beginnt.</translation>
        </message>
        <message>
            <source>'{text}' is not a date and time like 2026-03-02T09:30 (clinic time) or 2026-03-02T09:30+00:00.</source>
            <translation>'{text}' ist kein Datum mit Uhrzeit wie 2026-03-02T09:30 (Praxiszeit) oder 2026-03-02T09:30+00:00.</translation>
        </message>
        <message>
            <source>'{text}' is not a date like 2026-03-02.</source>
            <translation>'{text}' ist kein Datum wie 2026-03-02.</translation>
        </message>
        <message>
            <source>'{text}' is not a time like 09:30.</source>
            <translation>'{text}' ist keine Uhrzeit wie 09:30.</translation>
        </message>
        <message>
            <source>'{text}' is not a time range like 09:00-17:00.</source>
            <translation>'{text}' ist kein Zeitraum wie 09:00-17:00.</translation>
        </message>
        <message>
            <source>'{text}' is not a whole number</source>
            <translation>'{text}' ist keine ganze Zahl</translation>
        </message>
        <message>
            <source>Give a date, like 2026-03-02.</source>
            <translation>Geben Sie ein Datum an, etwa 2026-03-02.</translation>
        </message>
        <message>
            <source>give a number from {low} to {high}, not {value}</source>
            <translation>geben Sie eine Zahl von {low} bis {high} an, nicht {value}</translation>
        </message>
    </context>
    <context>
        <name>passwords</name>
        <message>
            <source>That password is on the list of commonly used passwords; choose another one.</source>
            <translation>Dieses Passwort steht auf der Liste häufig verwendeter Passwörter; wählen Sie ein anderes.</translation>
        </message>
        <message>
            <source>The password is too long: use at most {MAX_PASSWORD_LENGTH} characters.</source>
            <translation>Das Passwort ist zu lang: verwenden Sie höchstens {MAX_PASSWORD_LENGTH} Zeichen.</translation>
        </message>
        <message>
            <source>The password is too short: use at least {shortest} characters (a few words together make a strong, easy-to-remember password).</source>
            <translation>Das Passwort ist zu kurz: verwenden Sie mindestens {shortest} Zeichen (einige Wörter zusammen ergeben ein starkes, leicht zu merkendes Passwort).</translation>
        </message>
        <message>
            <source>The password must not be the same as the user name.</source>
            <translation>Das Passwort darf nicht mit dem Benutzernamen übereinstimmen.</translation>
        </message>
    </context>
    <context>
        <name>paths</name>
        <message>
            <source>The data folder {folder} cannot be used ({reason}); choose another folder.</source>
            <translation>Der Datenordner {folder} kann nicht verwendet werden ({reason}); wählen Sie einen anderen Ordner.</translation>
        </message>
    </context>
    <context>
        <name>patients</name>
        <message>
            <source>'{cleaned}' is not an email address like name@example.org.</source>
            <translation>'{cleaned}' ist keine E-Mail-Adresse wie name@example.org.</translation>
        </message>
        <message>
            <source>'{typed}' is not a date: type it as YYYY-MM-DD or DD/MM/YYYY.</source>
            <translation>'{typed}' ist kein Datum: geben Sie es als JJJJ-MM-TT oder TT/MM/JJJJ ein.</translation>
        </message>
        <message>
            <source>Enter the date of birth, as DD/MM/YYYY or YYYY-MM-DD.</source>
            <translation>Geben Sie das Geburtsdatum ein, als TT/MM/JJJJ oder JJJJ-MM-TT.</translation>
        </message>
        <message>
            <source>Enter the patient's family name.</source>
            <translation>Geben Sie den Nachnamen des Patienten ein.</translation>
        </message>
        <message>
            <source>Enter the patient's given name.</source>
            <translation>Geben Sie den Vornamen des Patienten ein.</translation>
        </message>
        <message>
            <source>Enter the patient's {what}.</source>
            <translation>Geben Sie {what} des Patienten ein.</translation>
        </message>
        <message>
            <source>The {what} contains characters that cannot be printed.</source>
            <translation>{what} enthält Zeichen, die sich nicht drucken lassen.</translation>
        </message>
        <message>
            <source>The {what} is longer than {MAX_NAME_LENGTH} characters.</source>
            <translation>{what} ist länger als {MAX_NAME_LENGTH} Zeichen.</translation>
        </message>
        <message>
            <source>The {what} must contain letters.</source>
            <translation>{what} muss Buchstaben enthalten.</translation>
        </message>
    </context>
    <context>
        <name>patients command</name>
        <message>
            <source>  appointments: {total} ({completed} completed, {no_shows} no-shows, {cancelled} cancelled of which {late_cancellations} late, {upcoming} upcoming)</source>
            <translation>  Termine: {total} ({completed} abgeschlossen, {no_shows} nicht erschienen, {cancelled} abgesagt, davon {late_cancellations} kurzfristig, {upcoming} bevorstehend)</translation>
        </message>
        <message>
            <source>No patient found.</source>
            <translation>Kein Patient gefunden.</translation>
        </message>
        <message>
            <source>Not registered: these patients may be the same person.
{table}
If this is a different person, repeat with --confirm-duplicate.</source>
            <translation>Nicht angelegt: diese Patienten könnten dieselbe Person sein.
{table}
Wenn es eine andere Person ist, wiederholen Sie mit --confirm-duplicate.</translation>
        </message>
        <message>
            <source>Reminder consent now {text}.</source>
            <translation>Einwilligung in Erinnerungen jetzt {text}.</translation>
        </message>
        <message>
            <source>born</source>
            <translation>geboren</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>phones</source>
            <translation>Telefone</translation>
        </message>
    </context>
    <context>
        <name>phones</name>
        <message>
            <source>'{typed}' is not a phone number.</source>
            <translation>'{typed}' ist keine Telefonnummer.</translation>
        </message>
        <message>
            <source>'{typed}' is not a phone number: check the number of digits (add the country code, like +33, for a number from abroad).</source>
            <translation>'{typed}' ist keine Telefonnummer: prüfen Sie die Anzahl der Ziffern (für eine ausländische Nummer die Landesvorwahl wie +33 voranstellen).</translation>
        </message>
        <message>
            <source>Enter the phone number, or leave the phone out.</source>
            <translation>Geben Sie die Telefonnummer ein oder lassen Sie das Telefon weg.</translation>
        </message>
    </context>
    <context>
        <name>print jobs</name>
        <message>
            <source>A call list covers at most {MAX_CALL_LIST_DAYS} days.</source>
            <translation>Eine Anrufliste umfasst höchstens {MAX_CALL_LIST_DAYS} Tage.</translation>
        </message>
        <message>
            <source>A downtime pack covers 1 to {MAX_DOWNTIME_DAYS} working days.</source>
            <translation>Ein Ausfallpaket umfasst 1 bis {MAX_DOWNTIME_DAYS} Arbeitstage.</translation>
        </message>
        <message>
            <source>The call list's last day is before its first day.</source>
            <translation>Der letzte Tag der Anrufliste liegt vor ihrem ersten Tag.</translation>
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
        <message>
            <source>Printed {moment}</source>
            <translation>Gedruckt {moment}</translation>
        </message>
        <message>
            <source>SECRET: whoever holds this key can read the clinic's data.</source>
            <translation>GEHEIM: Wer diesen Schlüssel hat, kann die Daten der Praxis lesen.</translation>
        </message>
    </context>
    <context>
        <name>printing command</name>
        <message>
            <source>Call list written to {written}</source>
            <translation>Anrufliste geschrieben nach {written}</translation>
        </message>
        <message>
            <source>Day sheet written to {written}</source>
            <translation>Tagesliste geschrieben nach {written}</translation>
        </message>
        <message numerus="yes">
            <source>Downtime pack: %n file(s) in {folder} for {days}</source>
            <translation>
                <numerusform>Ausfallpaket: %n Datei in {folder} für {days}</numerusform>
                <numerusform>Ausfallpaket: %n Dateien in {folder} für {days}</numerusform>
            </translation>
        </message>
        <message>
            <source>Week schedule written to {written}</source>
            <translation>Wochenplan geschrieben nach {written}</translation>
        </message>
        <message>
            <source>none (the clinic never opens)</source>
            <translation>keine (die Praxis öffnet nie)</translation>
        </message>
    </context>
    <context>
        <name>providers</name>
        <message>
            <source>Parallel appointments must be between 1 and {MAX_PARALLEL_LIMIT} (got {value}).</source>
            <translation>Parallele Termine müssen zwischen 1 und {MAX_PARALLEL_LIMIT} liegen (angegeben: {value}).</translation>
        </message>
    </context>
    <context>
        <name>providers command</name>
        <message numerus="yes">
            <source>
%n appointment(s) to rebook: {ids}</source>
            <translation>
                <numerusform>
%n Termin neu zu buchen: {ids}</numerusform>
                <numerusform>
%n Termine neu zu buchen: {ids}</numerusform>
            </translation>
        </message>
        <message>
            <source> whole day</source>
            <translation> ganzer Tag</translation>
        </message>
        <message>
            <source>'{spec}' needs days, like mon-fri=09:00-17:00.</source>
            <translation>'{spec}' braucht Tage, etwa mon-fri=09:00-17:00.</translation>
        </message>
        <message>
            <source>'{text}' has no {what} after '='.</source>
            <translation>'{text}' hat kein {what} nach '='.</translation>
        </message>
        <message>
            <source>Added {display_name} ({specialty}): {id}</source>
            <translation>{display_name} ({specialty}) angelegt: {id}</translation>
        </message>
        <message>
            <source>New hours start on {next_change}.</source>
            <translation>Neue Zeiten gelten ab {next_change}.</translation>
        </message>
        <message>
            <source>No providers yet.</source>
            <translation>Noch keine Behandler.</translation>
        </message>
        <message>
            <source>Removed {exception_id}.</source>
            <translation>{exception_id} entfernt.</translation>
        </message>
        <message>
            <source>Updated {display_name}.</source>
            <translation>{display_name} aktualisiert.</translation>
        </message>
        <message>
            <source>bookable</source>
            <translation>buchbar</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>parallel</source>
            <translation>parallel</translation>
        </message>
        <message>
            <source>specialty</source>
            <translation>Fachrichtung</translation>
        </message>
        <message>
            <source>{provider_name} has no working hours on {on}.</source>
            <translation>{provider_name} hat am {on} keine Arbeitszeiten.</translation>
        </message>
        <message>
            <source>{provider_name}: weekly hours from {effective_from}</source>
            <translation>{provider_name}: Wochenzeiten ab {effective_from}</translation>
        </message>
    </context>
    <context>
        <name>recall</name>
        <message>
            <source>'Due within {days} days' is outside 0 to {limit} days.</source>
            <translation>„Fällig in {days} Tagen“ liegt außerhalb von 0 bis {limit} Tagen.</translation>
        </message>
        <message>
            <source>'{group}' is not a unit; use d (days), w (weeks), m (months) or y (years).</source>
            <translation>'{group}' ist keine Einheit; verwenden Sie d (Tage), w (Wochen), m (Monate) oder y (Jahre).</translation>
        </message>
        <message>
            <source>'{text}' is not an interval; write a number and a unit, like 6m, 1y, 6w or 90d.</source>
            <translation>'{text}' ist kein Intervall; schreiben Sie eine Zahl und eine Einheit, etwa 6m, 1y, 6w oder 90d.</translation>
        </message>
        <message>
            <source>A recall interval of {count} {value} is outside 1 to {limit} {value}.</source>
            <translation>Ein Wiedereinbestellungsintervall von {count} {value} liegt außerhalb von 1 bis {limit} {value}.</translation>
        </message>
        <message>
            <source>Hiding a patient for {days} days after a call is outside 0 to {limit} days.</source>
            <translation>Einen Patienten nach einem Anruf {days} Tage auszublenden liegt außerhalb von 0 bis {limit} Tagen.</translation>
        </message>
        <message>
            <source>This recall is {value}; only an open one is called.</source>
            <translation>Diese Wiedereinbestellung ist {value}; nur offene werden angerufen.</translation>
        </message>
    </context>
    <context>
        <name>recall command</name>
        <message>
            <source>, set when a {type} is completed</source>
            <translation>, gesetzt beim Abschluss von {type}</translation>
        </message>
        <message>
            <source>Recall list written to {written}</source>
            <translation>Wiedereinbestellungsliste gespeichert unter {written}</translation>
        </message>
        <message>
            <source>Recall type {name}: every {interval}{follows}: {id}</source>
            <translation>Wiedereinbestellungsart {name}: alle {interval}{follows}: {id}</translation>
        </message>
        <message>
            <source>{patient_name}: attempt {attempts} recorded; back on the due list from {hidden}</source>
            <translation>{patient_name}: Versuch {attempts} erfasst; ab {hidden} wieder auf der Liste</translation>
        </message>
        <message>
            <source>{patient_name}: {recall_type} due {isoformat}: {id}</source>
            <translation>{patient_name}: {recall_type} fällig am {isoformat}: {id}</translation>
        </message>
    </context>
    <context>
        <name>recall messages</name>
        <message>
            <source>The recall this message is about no longer exists.</source>
            <translation>Die Wiedereinbestellung dieser Nachricht gibt es nicht mehr.</translation>
        </message>
    </context>
    <context>
        <name>recalls</name>
        <message>
            <source>A recall type called '{name}' already exists.</source>
            <translation>Eine Wiedereinbestellungsart namens '{name}' gibt es bereits.</translation>
        </message>
        <message>
            <source>Another recall type already follows that appointment type; one completed visit sets one recall.</source>
            <translation>Eine andere Wiedereinbestellungsart folgt bereits dieser Terminart; ein abgeschlossener Besuch setzt eine Wiedereinbestellung.</translation>
        </message>
        <message>
            <source>No recall type '{id_or_name}' (known recall types: {known}).</source>
            <translation>Keine Wiedereinbestellungsart '{id_or_name}' (bekannt: {known}).</translation>
        </message>
        <message>
            <source>No recall with id {recall_id}.</source>
            <translation>Keine Wiedereinbestellung mit der ID {recall_id}.</translation>
        </message>
        <message>
            <source>{short_name} already has an open {name} recall due {isoformat}.</source>
            <translation>{short_name} hat bereits eine offene Wiedereinbestellung {name}, fällig am {isoformat}.</translation>
        </message>
    </context>
    <context>
        <name>recovery key</name>
        <message>
            <source>A recovery key has {GROUPS} groups of {GROUP_DIGITS} digits ({expected} digits); {count} were entered.</source>
            <translation>Ein Wiederherstellungsschlüssel hat {GROUPS} Gruppen zu {GROUP_DIGITS} Ziffern ({expected} Ziffern); eingegeben wurden {count}.</translation>
        </message>
        <message>
            <source>A recovery key holds only digits (spaces and dashes are fine); remove: {join}</source>
            <translation>Ein Wiederherstellungsschlüssel enthält nur Ziffern (Leerzeichen und Bindestriche sind erlaubt); entfernen Sie: {join}</translation>
        </message>
        <message>
            <source>Group {position} of the recovery key ({group}) is not right: check it against the recovery sheet and type it again.</source>
            <translation>Gruppe {position} des Wiederherstellungsschlüssels ({group}) stimmt nicht: vergleichen Sie sie mit dem Wiederherstellungsblatt und geben Sie sie erneut ein.</translation>
        </message>
        <message>
            <source>Group {position} of the recovery key ({token}) has {count} digits; each group has {GROUP_DIGITS}.</source>
            <translation>Gruppe {position} des Wiederherstellungsschlüssels ({token}) hat {count} Ziffern; jede Gruppe hat {GROUP_DIGITS}.</translation>
        </message>
    </context>
    <context>
        <name>recovery sheet</name>
        <message>
            <source>A new key is made when the database key is changed (clinicdesk rekey); this sheet then no longer works and should be shredded.</source>
            <translation>Wird der Datenbankschlüssel geändert (clinicdesk rekey), entsteht ein neuer Schlüssel; dieses Blatt gilt dann nicht mehr und sollte geschreddert werden.</translation>
        </message>
        <message>
            <source>Data folder on this computer: {folder}</source>
            <translation>Datenordner auf diesem Computer: {folder}</translation>
        </message>
        <message>
            <source>Database recovery key</source>
            <translation>Wiederherstellungsschlüssel der Datenbank</translation>
        </message>
        <message>
            <source>Keep this sheet locked away from the computer, e.g. in the practice safe. Do not photograph it, e-mail it or store it on the same PC. Anyone with this key and a copy of the data folder can read every patient record.</source>
            <translation>Bewahren Sie dieses Blatt getrennt vom Computer unter Verschluss auf, z. B. im Praxistresor. Nicht fotografieren, nicht per E-Mail senden und nicht auf demselben PC speichern. Wer diesen Schlüssel und eine Kopie des Datenordners hat, kann jede Patientenakte lesen.</translation>
        </message>
        <message>
            <source>Made {moment}</source>
            <translation>Erstellt {moment}</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>This key unlocks the clinic's encrypted data when this computer's saved key is lost (a new Windows profile, a repaired or replaced PC, a restored backup).</source>
            <translation>Dieser Schlüssel öffnet die verschlüsselten Daten der Praxis, wenn der auf diesem Computer gespeicherte Schlüssel verloren ist (neues Windows-Profil, reparierter oder ersetzter PC, wiederhergestellte Sicherung).</translation>
        </message>
        <message>
            <source>To use it: run 'clinicdesk unlock' (or choose 'Unlock with recovery key' in the window) and type the 16 groups. Spaces and dashes do not matter; a mistyped group is pointed out before anything is tried.</source>
            <translation>So verwenden Sie ihn: führen Sie 'clinicdesk unlock' aus (oder wählen Sie im Fenster 'Wiederherstellungsschlüssel eingeben…') und tippen Sie die 16 Gruppen ein. Leerzeichen und Bindestriche spielen keine Rolle; eine falsch getippte Gruppe wird gezeigt, bevor etwas versucht wird.</translation>
        </message>
        <message>
            <source>keep it safe</source>
            <translation>sicher aufbewahren</translation>
        </message>
    </context>
    <context>
        <name>recurrence</name>
        <message>
            <source>Enter a repeat rule, e.g. FREQ=WEEKLY;BYDAY=MO;COUNT=10.</source>
            <translation>Geben Sie eine Wiederholungsregel ein, z. B. FREQ=WEEKLY;BYDAY=MO;COUNT=10.</translation>
        </message>
        <message>
            <source>Give the first date separately, not as DTSTART in the rule.</source>
            <translation>Geben Sie das erste Datum separat an, nicht als DTSTART in der Regel.</translation>
        </message>
        <message>
            <source>Only booked or confirmed occurrences can be changed; this one is {status}.</source>
            <translation>Nur gebuchte oder bestätigte Wiederholungen können geändert werden; diese ist {status}.</translation>
        </message>
        <message>
            <source>Only single-line repeat rules can be split.</source>
            <translation>Nur einzeilige Wiederholungsregeln können geteilt werden.</translation>
        </message>
        <message>
            <source>The repeat rule '{rule}' is not valid.</source>
            <translation>Die Wiederholungsregel '{rule}' ist ungültig.</translation>
        </message>
        <message>
            <source>The repeat rule '{rule}' is not valid: {exc}</source>
            <translation>Die Wiederholungsregel '{rule}' ist ungültig: {exc}</translation>
        </message>
    </context>
    <context>
        <name>rekey</name>
        <message>
            <source>Another program wrote to the clinic data while its key was being changed; nothing was changed. Close every clinicdesk window and try again.</source>
            <translation>Ein anderes Programm hat in die Praxisdaten geschrieben, während ihr Schlüssel geändert wurde; nichts wurde geändert. Schließen Sie alle clinicdesk-Fenster und versuchen Sie es erneut.</translation>
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <source>A reminder lead of {hours} h is outside 1 to {MAX_LEAD_HOURS} hours.</source>
            <translation>Eine Erinnerung {hours} h vorher liegt außerhalb von 1 bis {MAX_LEAD_HOURS} Stunden.</translation>
        </message>
        <message>
            <source>A reminder rule lists the same lead time twice.</source>
            <translation>Eine Erinnerungsregel nennt dieselbe Vorlaufzeit zweimal.</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>A report covers at most {MAX_REPORT_DAYS} days.</source>
            <translation>Ein Bericht umfasst höchstens {MAX_REPORT_DAYS} Tage.</translation>
        </message>
        <message>
            <source>The report's end date is before its start date.</source>
            <translation>Das Enddatum des Berichts liegt vor seinem Anfangsdatum.</translation>
        </message>
        <message>
            <source>There is no report called '{name}'. Reports: {known}.</source>
            <translation>Es gibt keinen Bericht namens '{name}'. Berichte: {known}.</translation>
        </message>
    </context>
    <context>
        <name>reports command</name>
        <message>
            <source>Report written to {written}</source>
            <translation>Bericht geschrieben nach {written}</translation>
        </message>
    </context>
    <context>
        <name>risk command</name>
        <message>
            <source>
Book with: --override {reason} (the reason records why)</source>
            <translation>
Buchen mit: --override {reason} (der Grund hält fest, warum)</translation>
        </message>
        <message>
            <source>
Total: {sessions} sessions, {suggested} suggested, {booked} booked, {extra_came} came, {original_missed} doubled bookings missed, {overtime_minutes} min overtime where an extra was booked.</source>
            <translation>
Gesamt: {sessions} Sprechstunden, {suggested} vorgeschlagen, {booked} gebucht, {extra_came} erschienen, {original_missed} Doppelbuchungen versäumt, {overtime_minutes} Min. Überzeit, wo ein Zusatztermin gebucht war.</translation>
        </message>
        <message>
            <source>--provider and --overbooking go together.</source>
            <translation>--provider und --overbooking gehören zusammen.</translation>
        </message>
        <message>
            <source>Calibration (predicted against what happened):</source>
            <translation>Kalibrierung (Vorhersage gegenüber dem, was geschah):</translation>
        </message>
        <message>
            <source>Model: {basis}, trained {trained_at:%Y-%m-%d %H:%M} UTC on {n_train} past visits, {model_bytes} bytes in the store.</source>
            <translation>Modell: {basis}, trainiert {trained_at:%Y-%m-%d %H:%M} UTC mit {n_train} früheren Besuchen, {model_bytes} Bytes im Speicher.</translation>
        </message>
        <message>
            <source>No session from {first} to {last} had a suggestion.</source>
            <translation>Keine Sprechstunde von {first} bis {last} hatte einen Vorschlag.</translation>
        </message>
        <message>
            <source>No session reaches the threshold.</source>
            <translation>Keine Sprechstunde erreicht den Schwellenwert.</translation>
        </message>
        <message>
            <source>No-show prediction is {value}.</source>
            <translation>Die Vorhersage von Nichterscheinen ist {value}.</translation>
        </message>
        <message>
            <source>Nobody to call.</source>
            <translation>Niemand anzurufen.</translation>
        </message>
        <message>
            <source>Nothing booked.</source>
            <translation>Nichts gebucht.</translation>
        </message>
        <message>
            <source>The model in use is less than a week old; nothing to do.</source>
            <translation>Das verwendete Modell ist weniger als eine Woche alt; nichts zu tun.</translation>
        </message>
        <message>
            <source>Trained a {basis} model on {n_train} past visits ({no_show_rate:.1%} missed).</source>
            <translation>Ein {basis}-Modell mit {n_train} früheren Besuchen trainiert ({no_show_rate:.1%} nicht erschienen).</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>gebucht</translation>
        </message>
        <message>
            <source>calib. error    {calibration_error:.4f}</source>
            <translation>Kalib.-Fehler   {calibration_error:.4f}</translation>
        </message>
        <message>
            <source>came</source>
            <translation>erschienen</translation>
        </message>
        <message>
            <source>doubled missed</source>
            <translation>doppelt versäumt</translation>
        </message>
        <message>
            <source>expected no-shows</source>
            <translation>erwartetes Nichterscheinen</translation>
        </message>
        <message>
            <source>extra at</source>
            <translation>zusätzlich um</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>nicht erschienen</translation>
        </message>
        <message>
            <source>n/a (one kind of outcome only)</source>
            <translation>k. A. (nur eine Art von Ergebnis)</translation>
        </message>
        <message>
            <source>no-show rate    train {train_no_show_rate:.1%}, test {test_no_show_rate:.1%}</source>
            <translation>Nichterscheinen Training {train_no_show_rate:.1%}, Test {test_no_show_rate:.1%}</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>on</source>
            <translation>an</translation>
        </message>
        <message>
            <source>overtime</source>
            <translation>Überzeit</translation>
        </message>
        <message>
            <source>patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>predicted</source>
            <translation>vorhergesagt</translation>
        </message>
        <message>
            <source>provider</source>
            <translation>Behandler</translation>
        </message>
        <message>
            <source>risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>risk there</source>
            <translation>Risiko dort</translation>
        </message>
        <message>
            <source>scores</source>
            <translation>Werte</translation>
        </message>
        <message>
            <source>session</source>
            <translation>Sprechstunde</translation>
        </message>
        <message>
            <source>suggested</source>
            <translation>vorgeschlagen</translation>
        </message>
        <message>
            <source>time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>visit</source>
            <translation>Besuch</translation>
        </message>
        <message>
            <source>visits</source>
            <translation>Besuche</translation>
        </message>
        <message>
            <source>why</source>
            <translation>warum</translation>
        </message>
        <message>
            <source>{provider_id}: overbooking {value}, up to {max_extra}</source>
            <translation>{provider_id}: Überbuchung {value}, bis zu {max_extra}</translation>
        </message>
    </context>
    <context>
        <name>schedule command</name>
        <message>
            <source> (late cancellation)</source>
            <translation> (späte Absage)</translation>
        </message>
        <message>
            <source>--override goes with --start, not --first-available.</source>
            <translation>--override gehört zu --start, nicht zu --first-available.</translation>
        </message>
        <message>
            <source>Booked walk-in</source>
            <translation>Patient ohne Termin gebucht</translation>
        </message>
        <message>
            <source>No appointments on {date:%a %Y-%m-%d}.</source>
            <translation>Keine Termine am {date:%a %Y-%m-%d}.</translation>
        </message>
        <message>
            <source>No free slot in the horizon; consider the waitlist.</source>
            <translation>Kein freier Termin im Planungszeitraum; denken Sie an die Warteliste.</translation>
        </message>
        <message>
            <source>No provider gives it.</source>
            <translation>Kein Behandler bietet das an.</translation>
        </message>
        <message>
            <source>Say which provider with --provider (or --first-available).</source>
            <translation>Sagen Sie mit --provider, welcher Behandler (oder --first-available).</translation>
        </message>
        <message>
            <source>Waitlist candidates for the freed time:</source>
            <translation>Kandidaten von der Warteliste für die frei gewordene Zeit:</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>gebucht</translation>
        </message>
        <message>
            <source>date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>days to 3rd slot</source>
            <translation>Tage bis 3. freiem Termin</translation>
        </message>
        <message>
            <source>free</source>
            <translation>frei</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>no phone on file</source>
            <translation>keine Telefonnummer hinterlegt</translation>
        </message>
        <message>
            <source>patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>provider</source>
            <translation>Behandler</translation>
        </message>
        <message>
            <source>provider id</source>
            <translation>Behandler-ID</translation>
        </message>
        <message>
            <source>status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>{patient_name} is now {status_label}.</source>
            <translation>{patient_name} ist jetzt {status_label}.</translation>
        </message>
    </context>
    <context>
        <name>schedules</name>
        <message>
            <source>An exception can cover at most {MAX_EXCEPTION_DAYS} days.</source>
            <translation>Eine Ausnahme umfasst höchstens {MAX_EXCEPTION_DAYS} Tage.</translation>
        </message>
        <message>
            <source>Give at least one day's hours. To stop bookings, mark the provider not bookable or add time off.</source>
            <translation>Geben Sie die Zeiten für mindestens einen Tag an. Um Buchungen zu stoppen, markieren Sie den Behandler als nicht buchbar oder tragen Sie eine Abwesenheit ein.</translation>
        </message>
        <message>
            <source>Give both a start and an end time, or neither for whole days.</source>
            <translation>Geben Sie Beginn und Ende an, oder keines von beiden für ganze Tage.</translation>
        </message>
        <message>
            <source>No time off or extra hours with id {exception_id}.</source>
            <translation>Keine Abwesenheit oder Zusatzzeit mit der ID {exception_id}.</translation>
        </message>
        <message>
            <source>The extra hours end ({end:%H:%M}) before they start ({start:%H:%M}).</source>
            <translation>Die Zusatzzeit endet ({end:%H:%M}), bevor sie beginnt ({start:%H:%M}).</translation>
        </message>
        <message>
            <source>The last day is before the first day.</source>
            <translation>Der letzte Tag liegt vor dem ersten Tag.</translation>
        </message>
        <message>
            <source>The time off ends ({end:%H:%M}) before it starts ({start:%H:%M}).</source>
            <translation>Die Abwesenheit endet ({end:%H:%M}), bevor sie beginnt ({start:%H:%M}).</translation>
        </message>
        <message>
            <source>Weekday {weekday} is not between 0 (Mon) and 6 (Sun).</source>
            <translation>Wochentag {weekday} liegt nicht zwischen 0 (Mo) und 6 (So).</translation>
        </message>
        <message>
            <source>{name}: the break {pause} is outside the hours {hours}.</source>
            <translation>{name}: die Pause {pause} liegt außerhalb der Zeiten {hours}.</translation>
        </message>
        <message>
            <source>{name}: the shifts {other} and {hours} overlap.</source>
            <translation>{name}: die Schichten {other} und {hours} überschneiden sich.</translation>
        </message>
    </context>
    <context>
        <name>security settings</name>
        <message>
            <source>Unknown security setting {name!r}; known settings: {known}.</source>
            <translation>Unbekannte Sicherheitseinstellung {name!r}; bekannte Einstellungen: {known}.</translation>
        </message>
        <message>
            <source>{name} must be a whole number from {minimum} to {maximum} ({unit}), not {value!r}.</source>
            <translation>{name} muss eine ganze Zahl von {minimum} bis {maximum} sein ({unit}), nicht {value!r}.</translation>
        </message>
    </context>
    <context>
        <name>series</name>
        <message>
            <source>Give a reason for the cancellation.</source>
            <translation>Geben Sie einen Grund für die Absage an.</translation>
        </message>
        <message>
            <source>Nothing was moved: {join}</source>
            <translation>Nichts wurde verschoben: {join}</translation>
        </message>
        <message>
            <source>The repeat rule gives no dates.</source>
            <translation>Die Wiederholungsregel ergibt keine Daten.</translation>
        </message>
        <message>
            <source>This appointment is not part of a series.</source>
            <translation>Dieser Termin gehört zu keiner Serie.</translation>
        </message>
        <message>
            <source>{count} of {count2} occurrences clash: {join}</source>
            <translation>{count} von {count2} Wiederholungen überschneiden sich: {join}</translation>
        </message>
    </context>
    <context>
        <name>server schema</name>
        <message>
            <source>The sync server has not been set up for clinicdesk yet: run 'clinicdesk sync server-init --url ...' once.</source>
            <translation>Der Synchronisierungsserver ist noch nicht für clinicdesk eingerichtet: führen Sie einmal 'clinicdesk sync server-init --url ...' aus.</translation>
        </message>
        <message>
            <source>The sync server uses an older format ({version}) than this clinicdesk ({SERVER_SCHEMA_VERSION}): run 'clinicdesk sync server-init --url ...' to upgrade it. Nothing was sent.</source>
            <translation>Der Synchronisierungsserver verwendet ein älteres Format ({version}) als dieses clinicdesk ({SERVER_SCHEMA_VERSION}): führen Sie 'clinicdesk sync server-init --url ...' aus, um ihn zu aktualisieren. Nichts wurde gesendet.</translation>
        </message>
        <message>
            <source>The sync server was set up by a newer clinicdesk (format {version}; this PC knows {SERVER_SCHEMA_VERSION}). Update clinicdesk on this PC; nothing was sent.</source>
            <translation>Der Synchronisierungsserver wurde von einem neueren clinicdesk eingerichtet (Format {version}; dieser PC kennt {SERVER_SCHEMA_VERSION}). Aktualisieren Sie clinicdesk auf diesem PC; nichts wurde gesendet.</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>Cannot save {path}: {strerror}.</source>
            <translation>{path} kann nicht gespeichert werden: {strerror}.</translation>
        </message>
        <message>
            <source>Unknown setting {shown}; known settings: {known}.</source>
            <translation>Unbekannte Einstellung {shown}; bekannte Einstellungen: {known}.</translation>
        </message>
        <message>
            <source>hl7_mllp: {error}.</source>
            <translation>hl7_mllp: {error}.</translation>
        </message>
        <message>
            <source>language must be one of: {join}, or empty for the system's language.</source>
            <translation>language muss eines davon sein: {join}, oder leer für die Sprache des Systems.</translation>
        </message>
        <message>
            <source>{name} is one of the clinic's security settings, kept in the store for every PC: an administrator changes it with 'clinicdesk security set {name} VALUE'.</source>
            <translation>{name} ist eine der Sicherheitseinstellungen der Praxis, im Datenspeicher für jeden PC abgelegt: ein Administrator ändert sie mit 'clinicdesk security set {name} WERT'.</translation>
        </message>
        <message>
            <source>{name} is too long: at most {maximum} characters, not {count}.</source>
            <translation>{name} ist zu lang: höchstens {maximum} Zeichen, nicht {count}.</translation>
        </message>
        <message>
            <source>{name} may hold only printable characters (no control characters, direction overrides or bytes that are not UTF-8).</source>
            <translation>{name} darf nur druckbare Zeichen enthalten (keine Steuerzeichen, Richtungsüberschreibungen oder Bytes, die kein UTF-8 sind).</translation>
        </message>
        <message>
            <source>{name} must be a whole number, not {shown}.</source>
            <translation>{name} muss eine ganze Zahl sein, nicht {shown}.</translation>
        </message>
        <message>
            <source>{name} must be at least {minimum}, not {number}.</source>
            <translation>{name} muss mindestens {minimum} sein, nicht {number}.</translation>
        </message>
        <message>
            <source>{name} must be at most {maximum}, not {number}.</source>
            <translation>{name} darf höchstens {maximum} sein, nicht {number}.</translation>
        </message>
        <message>
            <source>{name} must be text, not {shown}.</source>
            <translation>{name} muss Text sein, nicht {shown}.</translation>
        </message>
    </context>
    <context>
        <name>settings command</name>
        <message>
            <source>Settings from {settings_path}
{table}</source>
            <translation>Einstellungen aus {settings_path}
{table}</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>Einstellung</translation>
        </message>
        <message>
            <source>value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>what it does</source>
            <translation>was es bewirkt</translation>
        </message>
        <message>
            <source>{name} = {value} (for every PC)</source>
            <translation>{name} = {value} (für jeden PC)</translation>
        </message>
        <message>
            <source>{name} = {value} (saved in {path})</source>
            <translation>{name} = {value} (gespeichert in {path})</translation>
        </message>
    </context>
    <context>
        <name>setup command</name>
        <message>
            <source>

Recovery sheet to print: {sheet}</source>
            <translation>

Wiederherstellungsblatt zum Ausdrucken: {sheet}</translation>
        </message>
        <message>
            <source>Created the clinic {strip!r} in {store_path}
Administrator: {admin_username}

RECOVERY KEY:

    {recovery_key}

{warning}{sheet_note}</source>
            <translation>Praxis {strip!r} angelegt in {store_path}
Administrator: {admin_username}

WIEDERHERSTELLUNGSSCHLÜSSEL:

    {recovery_key}

{warning}{sheet_note}</translation>
        </message>
        <message>
            <source>Give the recovery key with --recovery-key.</source>
            <translation>Geben Sie den Wiederherstellungsschlüssel mit --recovery-key an.</translation>
        </message>
        <message>
            <source>Password for {strip}: </source>
            <translation>Passwort für {strip}: </translation>
        </message>
        <message>
            <source>Recovery key: </source>
            <translation>Wiederherstellungsschlüssel: </translation>
        </message>
        <message>
            <source>Unlocked {path}; its key is kept in this computer's keyring again.</source>
            <translation>{path} entsperrt; sein Schlüssel liegt wieder im Schlüsselbund dieses Computers.</translation>
        </message>
        <message>
            <source>Write this recovery key down (or print it) and keep it somewhere safe, away from
this computer. It is shown only now. Without it, the clinic data cannot be opened
if this computer's keyring entry is ever lost.</source>
            <translation>Schreiben Sie diesen Wiederherstellungsschlüssel auf (oder drucken Sie ihn) und bewahren
Sie ihn sicher und getrennt von diesem Computer auf. Er wird nur jetzt angezeigt. Ohne ihn
lassen sich die Praxisdaten nicht öffnen, falls der Schlüsselbund-Eintrag verloren geht.</translation>
        </message>
        <message>
            <source>the recovery sheet could not be written ({error}); copy the key by hand</source>
            <translation>das Wiederherstellungsblatt konnte nicht geschrieben werden ({error}); schreiben Sie den Schlüssel von Hand ab</translation>
        </message>
    </context>
    <context>
        <name>slot offers</name>
        <message>
            <source>The slot offer ends before it starts.</source>
            <translation>Das Terminangebot endet, bevor es beginnt.</translation>
        </message>
        <message>
            <source>The slot offer has a time that is not a time.</source>
            <translation>Das Terminangebot hat eine Zeit, die keine Zeit ist.</translation>
        </message>
        <message>
            <source>The slot offer has a time without a zone.</source>
            <translation>Das Terminangebot hat eine Zeit ohne Zeitzone.</translation>
        </message>
        <message>
            <source>The slot offer has no {missing}.</source>
            <translation>Dem Terminangebot fehlt {missing}.</translation>
        </message>
    </context>
    <context>
        <name>slots</name>
        <message>
            <source>Ask for between 1 and {MAX_COUNT} slots.</source>
            <translation>Fragen Sie nach 1 bis {MAX_COUNT} Terminen.</translation>
        </message>
        <message>
            <source>{name} has no duration set.</source>
            <translation>Für {name} ist keine Dauer festgelegt.</translation>
        </message>
    </context>
    <context>
        <name>sms</name>
        <message>
            <source>SMS is not set up: give sms_base_url, sms_account and sms_from in the message settings.</source>
            <translation>SMS ist nicht eingerichtet: geben Sie sms_base_url, sms_account und sms_from in den Nachrichteneinstellungen an.</translation>
        </message>
        <message>
            <source>The SMS gateway answered {code} to the reply listing.</source>
            <translation>Das SMS-Gateway antwortete {code} auf die Antwortliste.</translation>
        </message>
        <message>
            <source>The SMS gateway answered {code} when asked about a message.</source>
            <translation>Das SMS-Gateway antwortete {code} auf die Frage nach einer Nachricht.</translation>
        </message>
        <message>
            <source>The SMS gateway answered {code}{text}.</source>
            <translation>Das SMS-Gateway antwortete {code}{text}.</translation>
        </message>
        <message>
            <source>The SMS gateway could not be reached ({name}).</source>
            <translation>Das SMS-Gateway war nicht erreichbar ({name}).</translation>
        </message>
        <message>
            <source>The SMS gateway could not be reached for receipts.</source>
            <translation>Das SMS-Gateway war für Zustellberichte nicht erreichbar.</translation>
        </message>
        <message>
            <source>The SMS gateway could not be reached for replies.</source>
            <translation>Das SMS-Gateway war für Antworten nicht erreichbar.</translation>
        </message>
        <message>
            <source>The SMS gateway is rate-limiting (429){text}.</source>
            <translation>Das SMS-Gateway drosselt die Anfragen (429){text}.</translation>
        </message>
        <message>
            <source>The SMS gateway refused the message ({code}){text}.</source>
            <translation>Das SMS-Gateway hat die Nachricht abgelehnt ({code}){text}.</translation>
        </message>
        <message>
            <source>The SMS gateway {what}; the message may have been sent, so it is not retried.</source>
            <translation>Das SMS-Gateway: {what}; die Nachricht wurde vielleicht gesendet und wird daher nicht wiederholt.</translation>
        </message>
        <message>
            <source>The SMS gateway's answer about a message was unreadable.</source>
            <translation>Die Antwort des SMS-Gateways zu einer Nachricht war unlesbar.</translation>
        </message>
        <message>
            <source>The SMS gateway's reply listing did not end after {count} pages; no reply was acted on.</source>
            <translation>Die Antwortliste des SMS-Gateways endete nicht nach {count} Seiten; keine Antwort wurde bearbeitet.</translation>
        </message>
        <message>
            <source>The SMS gateway's reply listing was unreadable.</source>
            <translation>Die Antwortliste des SMS-Gateways war unlesbar.</translation>
        </message>
    </context>
    <context>
        <name>status</name>
        <message>
            <source>A {status_label} appointment cannot be marked {status_label2}.{options}</source>
            <translation>Ein Termin im Status {status_label} kann nicht als {status_label2} markiert werden.{options}</translation>
        </message>
        <message>
            <source>An appointment cannot be a no-show before its start time.</source>
            <translation>Ein Termin kann vor seinem Beginn nicht als nicht erschienen gelten.</translation>
        </message>
        <message>
            <source>Say who cancelled: the patient or the clinic.</source>
            <translation>Sagen Sie, wer abgesagt hat: der Patient oder die Praxis.</translation>
        </message>
        <message>
            <source>The appointment is already {status_label}.</source>
            <translation>Der Termin ist bereits {status_label}.</translation>
        </message>
        <message>
            <source>The appointment's history does not match its status; reload it and try again.</source>
            <translation>Der Verlauf des Termins passt nicht zu seinem Status; laden Sie ihn neu und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>There is no status change to undo on this appointment.</source>
            <translation>Bei diesem Termin gibt es keine Statusänderung rückgängig zu machen.</translation>
        </message>
        <message>
            <source>arrived</source>
            <translation>angekommen</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>gebucht</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgesagt</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>bestätigt</translation>
        </message>
        <message>
            <source>in room</source>
            <translation>im Raum</translation>
        </message>
        <message>
            <source>no-show</source>
            <translation>nicht erschienen</translation>
        </message>
    </context>
    <context>
        <name>store</name>
        <message>
            <source>A clinic data file already exists at {db_path}; it was not touched. Open it instead, or choose an empty data folder for a new clinic.</source>
            <translation>Unter {db_path} gibt es bereits eine Praxisdatendatei; sie wurde nicht angetastet. Öffnen Sie sie stattdessen oder wählen Sie einen leeren Datenordner für eine neue Praxis.</translation>
        </message>
        <message>
            <source>A new clinic keeps its data key in this computer's keyring, and none can be used ({detail}). On Windows that is Credential Manager: sign in to Windows with your own account. On Linux, install and unlock a Secret Service: GNOME Keyring (Debian/Ubuntu: apt install gnome-keyring) or KeePassXC with its Secret Service integration on. Only on a PC whose disk is itself protected, you may keep the key in a plain-text file instead: pip install keyrings.alt and set PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring (anyone who can read that file can open the clinic data). Nothing was created. To look around first, 'clinicdesk demo' works without a keyring.</source>
            <translation>Eine neue Praxis bewahrt ihren Datenschlüssel im Schlüsselbund dieses Computers auf, und keiner ist nutzbar ({detail}). Unter Windows ist das die Anmeldeinformationsverwaltung: melden Sie sich mit Ihrem eigenen Konto bei Windows an. Unter Linux installieren und entsperren Sie einen Secret Service: GNOME Keyring (Debian/Ubuntu: apt install gnome-keyring) oder KeePassXC mit eingeschalteter Secret-Service-Integration. Nur auf einem PC, dessen Festplatte selbst geschützt ist, dürfen Sie den Schlüssel stattdessen in einer Klartextdatei halten: pip install keyrings.alt und PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring setzen (wer diese Datei lesen kann, kann die Praxisdaten öffnen). Nichts wurde angelegt. Zum Ausprobieren funktioniert 'clinicdesk demo' ohne Schlüsselbund.</translation>
        </message>
        <message>
            <source>The clinic data folder {path} is read-only, so the clinic data cannot be opened for work or replaced. Nothing was changed. Ask whoever looks after this computer to give your account permission to write there.</source>
            <translation>Der Praxisdatenordner {path} ist schreibgeschützt, daher können die Praxisdaten weder zum Arbeiten geöffnet noch ersetzt werden. Nichts wurde geändert. Bitten Sie die Person, die diesen Computer betreut, Ihrem Konto dort Schreibrechte zu geben.</translation>
        </message>
        <message>
            <source>The clinic data in {db_path} could not be unlocked: the key is wrong (or the start of the file is damaged). Enter the recovery key from the printed recovery sheet, or restore a backup.</source>
            <translation>Die Praxisdaten in {db_path} konnten nicht entsperrt werden: der Schlüssel ist falsch (oder der Dateianfang ist beschädigt). Geben Sie den Wiederherstellungsschlüssel vom gedruckten Wiederherstellungsblatt ein oder stellen Sie eine Sicherung wieder her.</translation>
        </message>
        <message>
            <source>The clinic data in {db_path} could not be upgraded for this version of clinicdesk (schema {value} to {to_revision}). Nothing was changed: the previous version of clinicdesk can still open it. Call your support contact.</source>
            <translation>Die Praxisdaten in {db_path} konnten nicht für diese clinicdesk-Version aktualisiert werden (Schema {value} auf {to_revision}). Nichts wurde geändert: die vorherige clinicdesk-Version kann sie weiter öffnen. Wenden Sie sich an Ihren Support.</translation>
        </message>
        <message>
            <source>The clinic data in {db_path} is damaged{suffix}. It has been left untouched. Restore the latest backup, or call your support contact.</source>
            <translation>Die Praxisdaten in {db_path} sind beschädigt{suffix}. Sie wurden nicht angetastet. Stellen Sie die neueste Sicherung wieder her oder wenden Sie sich an Ihren Support.</translation>
        </message>
        <message>
            <source>The clinic data in {db_path} was saved by a newer version of clinicdesk (schema {revision}). Install the latest clinicdesk to open it; the file has been left untouched.</source>
            <translation>Die Praxisdaten in {db_path} wurden von einer neueren clinicdesk-Version gespeichert (Schema {revision}). Installieren Sie die neueste clinicdesk-Version, um sie zu öffnen; die Datei wurde nicht angetastet.</translation>
        </message>
        <message>
            <source>The key that unlocks the clinic data is missing from this computer's keyring. Enter the recovery key from the printed recovery sheet to unlock it.</source>
            <translation>Der Schlüssel für die Praxisdaten fehlt im Schlüsselbund dieses Computers. Geben Sie den Wiederherstellungsschlüssel vom gedruckten Wiederherstellungsblatt ein, um sie zu entsperren.</translation>
        </message>
        <message>
            <source>The system keyring that keeps the clinic data key cannot be used ({detail}). Sign in to the desktop session normally, or enter the recovery key to unlock the clinic data.</source>
            <translation>Der Systemschlüsselbund mit dem Schlüssel der Praxisdaten kann nicht verwendet werden ({detail}). Melden Sie sich normal an der Desktop-Sitzung an oder geben Sie den Wiederherstellungsschlüssel ein, um die Praxisdaten zu entsperren.</translation>
        </message>
        <message>
            <source>There is no clinic data at {db_path}. Create a clinic first (clinicdesk init) or choose the data folder that holds it.</source>
            <translation>Unter {db_path} gibt es keine Praxisdaten. Legen Sie zuerst eine Praxis an (clinicdesk init) oder wählen Sie den Datenordner, der sie enthält.</translation>
        </message>
        <message>
            <source>This copy of clinicdesk was installed without database encryption (SQLCipher), so it refuses to open clinic data. Reinstall clinicdesk.</source>
            <translation>Diese clinicdesk-Kopie wurde ohne Datenbankverschlüsselung (SQLCipher) installiert und öffnet daher keine Praxisdaten. Installieren Sie clinicdesk neu.</translation>
        </message>
        <message>
            <source>clinicdesk is already open on the clinic data in {data_dir}{who}. Switch to that window, or close it first; a second copy is not started.</source>
            <translation>clinicdesk ist bereits mit den Praxisdaten in {data_dir}{who} geöffnet. Wechseln Sie zu diesem Fenster oder schließen Sie es zuerst; eine zweite Kopie wird nicht gestartet.</translation>
        </message>
        <message>
            <source>new</source>
            <translation>neu</translation>
        </message>
        <message>
            <source>{db_path} is not a clinicdesk data file ({reason}). It has been left untouched. Restore a backup, or choose another data folder.</source>
            <translation>{db_path} ist keine clinicdesk-Datendatei ({reason}). Sie wurde nicht angetastet. Stellen Sie eine Sicherung wieder her oder wählen Sie einen anderen Datenordner.</translation>
        </message>
    </context>
    <context>
        <name>sync command</name>
        <message>
            <source>

RECOVERY KEY:

    {recovery_key}

{note}</source>
            <translation>

WIEDERHERSTELLUNGSSCHLÜSSEL:

    {recovery_key}

{note}</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(nicht gesetzt)</translation>
        </message>
        <message>
            <source>Last problem: {last_error}</source>
            <translation>Letztes Problem: {last_error}</translation>
        </message>
        <message>
            <source>Last sync: {moment}</source>
            <translation>Letzte Synchronisierung: {moment}</translation>
        </message>
        <message>
            <source>No open sync conflicts.</source>
            <translation>Keine offenen Synchronisierungskonflikte.</translation>
        </message>
        <message>
            <source>Open conflicts: {open_conflicts}</source>
            <translation>Offene Konflikte: {open_conflicts}</translation>
        </message>
        <message>
            <source>Pending changes: {pending_changes}</source>
            <translation>Ausstehende Änderungen: {pending_changes}</translation>
        </message>
        <message>
            <source>Server: {url}</source>
            <translation>Server: {url}</translation>
        </message>
        <message>
            <source>State: offline</source>
            <translation>Zustand: offline</translation>
        </message>
        <message>
            <source>State: online</source>
            <translation>Zustand: online</translation>
        </message>
        <message>
            <source>Synced: sent {pushed}, received {pulled}; {open_conflicts} open conflict(s).</source>
            <translation>Synchronisiert: {pushed} gesendet, {pulled} empfangen; offene Konflikte: {open_conflicts}.</translation>
        </message>
        <message>
            <source>The sync server is ready (format {after}).</source>
            <translation>Der Synchronisierungsserver ist bereit (Format {after}).</translation>
        </message>
        <message>
            <source>The sync server was already set up (format {after}); nothing changed.</source>
            <translation>Der Synchronisierungsserver war bereits eingerichtet (Format {after}); nichts geändert.</translation>
        </message>
        <message>
            <source>This PC has not joined a sync server: run 'clinicdesk sync join --url ...'.</source>
            <translation>Dieser PC ist keinem Synchronisierungsserver beigetreten: führen Sie 'clinicdesk sync join --url ...' aus.</translation>
        </message>
        <message>
            <source>This PC joined the sync server: sent {pushed} and received {pulled} records.</source>
            <translation>Dieser PC ist dem Synchronisierungsserver beigetreten: {pushed} Datensätze gesendet und {pulled} empfangen.</translation>
        </message>
        <message>
            <source>This PC works alone (not joined to a sync server).</source>
            <translation>Dieser PC arbeitet allein (keinem Synchronisierungsserver beigetreten).</translation>
        </message>
        <message>
            <source>Write this recovery key down and keep it away from this computer; it is shown only now.</source>
            <translation>Schreiben Sie diesen Wiederherstellungsschlüssel auf und bewahren Sie ihn getrennt von diesem Computer auf; er wird nur jetzt angezeigt.</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>{count} open sync conflict(s):</source>
            <translation>Offene Synchronisierungskonflikte: {count}</translation>
        </message>
    </context>
    <context>
        <name>sync conflicts</name>
        <message>
            <source>Choose 'ours' or 'theirs'.</source>
            <translation>Wählen Sie 'ours' oder 'theirs'.</translation>
        </message>
        <message>
            <source>Choose one of: {join}.</source>
            <translation>Wählen Sie eines von: {join}.</translation>
        </message>
        <message>
            <source>Give a reason.</source>
            <translation>Geben Sie einen Grund an.</translation>
        </message>
        <message>
            <source>That appointment no longer exists.</source>
            <translation>Diesen Termin gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>That conflict is already settled.</source>
            <translation>Dieser Konflikt ist bereits gelöst.</translation>
        </message>
        <message>
            <source>This conflict is settled another way.</source>
            <translation>Dieser Konflikt wird auf andere Weise gelöst.</translation>
        </message>
    </context>
    <context>
        <name>text policy</name>
        <message>
            <source>{what} {problem}; nothing was saved.</source>
            <translation>{what} {problem}; nichts wurde gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>uow</name>
        <message>
            <source>That change refers to a record that does not exist or repeats one that does.</source>
            <translation>Diese Änderung verweist auf einen Datensatz, den es nicht gibt, oder wiederholt einen vorhandenen.</translation>
        </message>
    </context>
    <context>
        <name>urgency</name>
        <message>
            <source>emergency</source>
            <translation>Notfall</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>soon</source>
            <translation>bald</translation>
        </message>
        <message>
            <source>urgent</source>
            <translation>dringend</translation>
        </message>
    </context>
    <context>
        <name>urgent</name>
        <message>
            <source>The schedule changed since the plan was made; make a new plan.</source>
            <translation>Der Plan wurde seit seiner Erstellung geändert; erstellen Sie einen neuen Plan.</translation>
        </message>
    </context>
    <context>
        <name>users command</name>
        <message>
            <source>Give the new password in {NEW_PASSWORD_ENV}.</source>
            <translation>Geben Sie das neue Passwort in {NEW_PASSWORD_ENV} an.</translation>
        </message>
        <message>
            <source>New password set</source>
            <translation>Neues Passwort gesetzt</translation>
        </message>
        <message>
            <source>New password: </source>
            <translation>Neues Passwort: </translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>Rolle geändert</translation>
        </message>
        <message>
            <source>The two passwords do not match; nothing was changed.</source>
            <translation>Die beiden Passwörter stimmen nicht überein; nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Type it again: </source>
            <translation>Noch einmal eingeben: </translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>Ihr Passwort wurde geändert.</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>lock</source>
            <translation>Sperre</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>user</source>
            <translation>Benutzer</translation>
        </message>
    </context>
    <context>
        <name>waitlist</name>
        <message>
            <source>Choose at least one weekday the patient can come.</source>
            <translation>Wählen Sie mindestens einen Wochentag, an dem der Patient kommen kann.</translation>
        </message>
        <message>
            <source>No active waitlist entry with id {entry_id}.</source>
            <translation>Kein aktiver Wartelisteneintrag mit der ID {entry_id}.</translation>
        </message>
        <message>
            <source>The slot ends before it starts.</source>
            <translation>Der Termin endet, bevor er beginnt.</translation>
        </message>
        <message>
            <source>{patient_name} is no longer on the waitlist (booked or removed meanwhile); nothing was booked.</source>
            <translation>{patient_name} steht nicht mehr auf der Warteliste (inzwischen gebucht oder entfernt); nichts wurde gebucht.</translation>
        </message>
        <message>
            <source>{short_name} is already on the waitlist for {type_name} (added {added_at:%d %b %Y}); change or remove that entry instead.</source>
            <translation>{short_name} steht bereits auf der Warteliste für {type_name} (eingetragen {added_at:%d %b %Y}); ändern oder entfernen Sie stattdessen diesen Eintrag.</translation>
        </message>
    </context>
    <context>
        <name>waitlist command</name>
        <message>
            <source>
Skipped (clashing): {skipped}</source>
            <translation>
Übersprungen (Überschneidung): {skipped}</translation>
        </message>
        <message>
            <source>'{target}' is not an appointment id or PROVIDER_ID@START/END.</source>
            <translation>'{target}' ist keine Termin-ID und kein PROVIDER_ID@START/END.</translation>
        </message>
        <message>
            <source>Applied plan 1: booked {id}; {count} moved and added to the call list.</source>
            <translation>Plan 1 angewendet: {id} gebucht; {count} verschoben und auf die Anrufliste gesetzt.</translation>
        </message>
        <message numerus="yes">
            <source>Booked %n occurrence(s) in series {series_id}.</source>
            <translation>
                <numerusform>%n Wiederholung in Serie {series_id} gebucht.</numerusform>
                <numerusform>%n Wiederholungen in Serie {series_id} gebucht.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancelled %n occurrence(s).</source>
            <translation>
                <numerusform>%n Wiederholung abgesagt.</numerusform>
                <numerusform>%n Wiederholungen abgesagt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %n occurrence(s) to {parse_time:%H:%M}.</source>
            <translation>
                <numerusform>%n Wiederholung auf {parse_time:%H:%M} verschoben.</numerusform>
                <numerusform>%n Wiederholungen auf {parse_time:%H:%M} verschoben.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody is waiting.</source>
            <translation>Niemand wartet.</translation>
        </message>
        <message>
            <source>Nobody on the waitlist fits that time.</source>
            <translation>Niemand auf der Warteliste passt zu dieser Zeit.</translation>
        </message>
        <message numerus="yes">
            <source>Plan {number} (%n move(s)):</source>
            <translation>
                <numerusform>Plan {number} (%n Verschiebung):</numerusform>
                <numerusform>Plan {number} (%n Verschiebungen):</numerusform>
            </translation>
        </message>
        <message>
            <source>Removed {entry_id} from the waitlist.</source>
            <translation>{entry_id} von der Warteliste entfernt.</translation>
        </message>
        <message>
            <source>date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>no phone on file</source>
            <translation>keine Telefonnummer hinterlegt</translation>
        </message>
        <message>
            <source>patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>patient id</source>
            <translation>Patienten-ID</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>reasons</source>
            <translation>Gründe</translation>
        </message>
        <message>
            <source>since</source>
            <translation>seit</translation>
        </message>
        <message>
            <source>time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>urgency</source>
            <translation>Dringlichkeit</translation>
        </message>
        <message>
            <source>verdict</source>
            <translation>Urteil</translation>
        </message>
        <message>
            <source>{patient_name} is on the waitlist for {type}: {id}</source>
            <translation>{patient_name} steht auf der Warteliste für {type}: {id}</translation>
        </message>
    </context>
    <context>
        <name>walk ins</name>
        <message>
            <source>The number of people waiting cannot be negative.</source>
            <translation>Die Zahl der Wartenden kann nicht negativ sein.</translation>
        </message>
    </context>
    <context>
        <name>week schedule</name>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n Termin</numerusform>
                <numerusform>%n Termine</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n booked</source>
            <translation>
                <numerusform>%n gebucht</numerusform>
                <numerusform>%n gebucht</numerusform>
            </translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Hinweise</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Geboren</translation>
        </message>
        <message>
            <source>EMERGENCY</source>
            <translation>NOTFALL</translation>
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
            <source>Reason</source>
            <translation>Grund</translation>
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
            <source>Week of {date}</source>
            <translation>Woche vom {date}</translation>
        </message>
        <message>
            <source>Week schedule {date}</source>
            <translation>Wochenplan {date}</translation>
        </message>
        <message>
            <source>not working</source>
            <translation>arbeitet nicht</translation>
        </message>
        <message>
            <source>soon</source>
            <translation>bald</translation>
        </message>
        <message>
            <source>working {hours}</source>
            <translation>arbeitet {hours}</translation>
        </message>
    </context>
</TS>
