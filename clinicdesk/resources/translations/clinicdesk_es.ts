<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
    <context>
        <name>AppointmentActions</name>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>&amp;Undo last status change</source>
            <translation>&amp;Deshacer el último cambio de estado</translation>
        </message>
        <message>
            <source>C&amp;ancel appointment…</source>
            <translation>Ca&amp;ncelar la cita…</translation>
        </message>
        <message>
            <source>Mo&amp;ve…</source>
            <translation>Mo&amp;ver…</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>No presentado</translation>
        </message>
        <message>
            <source>No-show (N)</source>
            <translation>No presentado (N)</translation>
        </message>
        <message>
            <source>No-show (N): from {time}, the visit's start</source>
            <translation>No presentado (N): desde las {time}, el inicio de la cita</translation>
        </message>
        <message>
            <source>Not a no-show yet: {patient}'s visit starts at {time} on {day}. A no-show can be marked from then; if they have come, check them in (I).</source>
            <translation>Aún no es una ausencia: la cita de {patient} empieza a las {time} el {day}. Desde entonces se puede marcar como no presentado; si ha venido, regístrele la llegada (I).</translation>
        </message>
    </context>
    <context>
        <name>AppointmentDialog</name>
        <message>
            <source>Appointment history</source>
            <translation>Historial de la cita</translation>
        </message>
        <message>
            <source>Appointment: {patient}</source>
            <translation>Cita: {patient}</translation>
        </message>
        <message>
            <source>Cancelled:</source>
            <translation>Cancelada:</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Overridden:</source>
            <translation>Excepción autorizada:</translation>
        </message>
        <message>
            <source>Patient:</source>
            <translation>Paciente:</translation>
        </message>
        <message>
            <source>Provider:</source>
            <translation>Profesional:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Motivo:</translation>
        </message>
        <message>
            <source>Room:</source>
            <translation>Sala:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Tipo:</translation>
        </message>
        <message>
            <source>Urgency:</source>
            <translation>Urgencia:</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>Cuándo:</translation>
        </message>
    </context>
    <context>
        <name>AppointmentTableModel</name>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Profesional</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
    </context>
    <context>
        <name>BookingDialog</name>
        <message>
            <source>&amp;Book</source>
            <translation>&amp;Reservar</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>&amp;Make room (bump plan)…</source>
            <translation>&amp;Hacer sitio (plan de reubicación)…</translation>
        </message>
        <message>
            <source>&amp;Specialty:</source>
            <translation>&amp;Especialidad:</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>&amp;Urgency:</source>
            <translation>&amp;Urgencia:</translation>
        </message>
        <message>
            <source>Add to &amp;waitlist</source>
            <translation>Añadir a la lista de &amp;espera</translation>
        </message>
        <message>
            <source>Any provider</source>
            <translation>Cualquier profesional</translation>
        </message>
        <message>
            <source>Any specialty</source>
            <translation>Cualquier especialidad</translation>
        </message>
        <message>
            <source>Appointment type</source>
            <translation>Tipo de cita</translation>
        </message>
        <message>
            <source>Book the series</source>
            <translation>Reservar la serie</translation>
        </message>
        <message>
            <source>Booking for</source>
            <translation>Reserva para</translation>
        </message>
        <message>
            <source>Booking for: no patient chosen yet</source>
            <translation>Reserva para: aún no se ha elegido paciente</translation>
        </message>
        <message>
            <source>Booking for: {name}, born {born} (age {age}), {phones}</source>
            <translation>Reserva para: {name}, nacido/a el {born} ({age} años), {phones}</translation>
        </message>
        <message>
            <source>Checking each date…</source>
            <translation>Comprobando cada fecha…</translation>
        </message>
        <message>
            <source>Choose a slot first.</source>
            <translation>Elija primero un hueco.</translation>
        </message>
        <message>
            <source>Choose an appointment type first.</source>
            <translation>Elija primero un tipo de cita.</translation>
        </message>
        <message>
            <source>Earliest day</source>
            <translation>Primer día</translation>
        </message>
        <message>
            <source>Enter books the selected slot.</source>
            <translation>Intro reserva el hueco seleccionado.</translation>
        </message>
        <message>
            <source>Every date clashes; change the repeat or the slot.</source>
            <translation>Todas las fechas entran en conflicto; cambie la repetición o el hueco.</translation>
        </message>
        <message>
            <source>First available</source>
            <translation>Primer hueco libre</translation>
        </message>
        <message>
            <source>Looking for free time…</source>
            <translation>Buscando huecos libres…</translation>
        </message>
        <message>
            <source>New &amp;patient…</source>
            <translation>Nuevo &amp;paciente…</translation>
        </message>
        <message>
            <source>New appointment</source>
            <translation>Nueva cita</translation>
        </message>
        <message>
            <source>No free slot found; add the patient to the waitlist.</source>
            <translation>No hay huecos libres; añada al paciente a la lista de espera.</translation>
        </message>
        <message>
            <source>No free slot in time for this urgency. Make room with a bump plan, or add the patient to the waitlist.</source>
            <translation>No hay hueco a tiempo para esta urgencia. Haga sitio con un plan de reubicación o añada al paciente a la lista de espera.</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <source>Pro&amp;vider:</source>
            <translation>Pro&amp;fesional:</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Profesional</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>Moti&amp;vo:</translation>
        </message>
        <message>
            <source>Reason for the visit</source>
            <translation>Motivo de la visita</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Repetir</translation>
        </message>
        <message>
            <source>Set up an appointment type first.</source>
            <translation>Configure primero un tipo de cita.</translation>
        </message>
        <message>
            <source>Specialty</source>
            <translation>Especialidad</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgencia</translation>
        </message>
        <message>
            <source>Wait for the list of dates, then book.</source>
            <translation>Espere a la lista de fechas y luego reserve.</translation>
        </message>
        <message>
            <source>no phone</source>
            <translation>sin teléfono</translation>
        </message>
        <message>
            <source>optional, for the provider</source>
            <translation>opcional, para el profesional</translation>
        </message>
        <message numerus="yes">
            <source>{clashing} of %n dates clash ({days}). Book the other {others} and skip these?</source>
            <translation>
                <numerusform>{clashing} de %n fecha entra en conflicto ({days}). ¿Reservar las otras {others} y omitir estas?</numerusform>
                <numerusform>{clashing} de %n fechas entran en conflicto ({days}). ¿Reservar las otras {others} y omitir estas?</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} ({minutes} min)</source>
            <translation>{name} ({minutes} min)</translation>
        </message>
        <message>
            <source>{name} is on the waitlist.</source>
            <translation>{name} está en la lista de espera.</translation>
        </message>
    </context>
    <context>
        <name>BumpDialog</name>
        <message numerus="yes">
            <source>Plan {number}: urgent at {time} with {provider} — %n move(s), {minutes} min of delay</source>
            <translation>
                <numerusform>Plan {number}: urgente a las {time} con {provider} — %n cambio, {minutes} min de retraso</numerusform>
                <numerusform>Plan {number}: urgente a las {time} con {provider} — %n cambios, {minutes} min de retraso</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BumpPlanDialog</name>
        <message>
            <source>&amp;Apply this plan</source>
            <translation>&amp;Aplicar este plan</translation>
        </message>
        <message>
            <source>Bump plans</source>
            <translation>Planes de reubicación</translation>
        </message>
        <message>
            <source>Make room for an urgent patient</source>
            <translation>Hacer sitio para un paciente urgente</translation>
        </message>
        <message>
            <source>What the chosen plan does</source>
            <translation>Qué hace el plan elegido</translation>
        </message>
        <message>
            <source>Working out the least disruptive plans…</source>
            <translation>Calculando los planes menos disruptivos…</translation>
        </message>
    </context>
    <context>
        <name>CalendarCanvas</name>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n cita</numerusform>
                <numerusform>%n citas</numerusform>
            </translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendario</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Motivo: {reason}</translation>
        </message>
        <message>
            <source>Room: {room}</source>
            <translation>Sala: {room}</translation>
        </message>
        <message>
            <source>Status: {status}; urgency: {urgency}</source>
            <translation>Estado: {status}; urgencia: {urgency}</translation>
        </message>
        <message>
            <source>{start} to {end}, {patient}</source>
            <translation>De {start} a {end}, {patient}</translation>
        </message>
        <message>
            <source>{type} with {provider}</source>
            <translation>{type} con {provider}</translation>
        </message>
    </context>
    <context>
        <name>CalendarHeader</name>
        <message>
            <source>Calendar columns</source>
            <translation>Columnas del calendario</translation>
        </message>
    </context>
    <context>
        <name>CalendarLegend</name>
        <message>
            <source>Appointment types by colour</source>
            <translation>Tipos de cita por color</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Ha llegado</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>Reservada</translation>
        </message>
        <message>
            <source>Calendar key</source>
            <translation>Leyenda del calendario</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completada</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmada</translation>
        </message>
        <message>
            <source>In room</source>
            <translation>En consulta</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>No presentado</translation>
        </message>
        <message>
            <source>Status &amp;icons</source>
            <translation>&amp;Iconos de estado</translation>
        </message>
        <message>
            <source>What the status icons mean</source>
            <translation>Qué significan los iconos de estado</translation>
        </message>
        <message>
            <source>{mark} before a name: urgent or emergency</source>
            <translation>{mark} antes de un nombre: urgente o emergencia</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <source>&amp;Keep it</source>
            <translation>&amp;Mantenerla</translation>
        </message>
        <message>
            <source>&amp;Patient</source>
            <translation>&amp;Paciente</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <source>C&amp;linic</source>
            <translation>C&amp;línica</translation>
        </message>
        <message>
            <source>Cancel &amp;appointment</source>
            <translation>Cancelar la &amp;cita</translation>
        </message>
        <message>
            <source>Cancel appointment</source>
            <translation>Cancelar la cita</translation>
        </message>
        <message>
            <source>Cancel {patient}'s {type}?</source>
            <translation>¿Cancelar {type} de {patient}?</translation>
        </message>
        <message>
            <source>Cancellation reason</source>
            <translation>Motivo de la cancelación</translation>
        </message>
        <message>
            <source>Cancelled by:</source>
            <translation>Cancelada por:</translation>
        </message>
        <message>
            <source>Give a reason for the cancellation.</source>
            <translation>Indique un motivo para la cancelación.</translation>
        </message>
        <message>
            <source>e.g. patient unwell, provider away</source>
            <translation>p. ej. paciente enfermo, profesional ausente</translation>
        </message>
    </context>
    <context>
        <name>CandidateTableModel</name>
        <message>
            <source>Offer</source>
            <translation>Oferta</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgencia</translation>
        </message>
        <message>
            <source>Waiting since</source>
            <translation>En espera desde</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Detectado</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>No open conflicts: every PC agrees.</source>
            <translation>No hay conflictos abiertos: todos los PC coinciden.</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>Conflictos abiertos</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation>Conflictos de sincronización</translation>
        </message>
        <message>
            <source>Two PCs changed the same booking or record while apart. Choose what to keep; your choice is sent to every PC.</source>
            <translation>Dos PC cambiaron la misma reserva o el mismo registro mientras estaban separados. Elija qué conservar; su elección se envía a todos los PC.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>{action}: why? (kept in the record)</source>
            <translation>{action}: ¿por qué? (queda en el registro)</translation>
        </message>
    </context>
    <context>
        <name>CreateClinicDialog</name>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Zona horaria:</translation>
        </message>
        <message>
            <source>Administrator &amp;user name:</source>
            <translation>Nombre de &amp;usuario del administrador:</translation>
        </message>
        <message>
            <source>Administrator password</source>
            <translation>Contraseña del administrador</translation>
        </message>
        <message>
            <source>Administrator password again</source>
            <translation>Repita la contraseña del administrador</translation>
        </message>
        <message>
            <source>Administrator user name</source>
            <translation>Nombre de usuario del administrador</translation>
        </message>
        <message>
            <source>Clinic &amp;name:</source>
            <translation>&amp;Nombre de la clínica:</translation>
        </message>
        <message>
            <source>Clinic name</source>
            <translation>Nombre de la clínica</translation>
        </message>
        <message>
            <source>Clinic time zone</source>
            <translation>Zona horaria de la clínica</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <source>Create a clinic</source>
            <translation>Crear una clínica</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>Repita la contr&amp;aseña:</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>The two passwords do not match.</source>
            <translation>Las dos contraseñas no coinciden.</translation>
        </message>
        <message>
            <source>Type the clinic's name.</source>
            <translation>Escriba el nombre de la clínica.</translation>
        </message>
    </context>
    <context>
        <name>DayRow</name>
        <message>
            <source>break</source>
            <translation>descanso</translation>
        </message>
        <message>
            <source>{day} has a break</source>
            <translation>{day} tiene descanso</translation>
        </message>
    </context>
    <context>
        <name>DayView</name>
        <message>
            <source>All providers</source>
            <translation>Todos los profesionales</translation>
        </message>
        <message>
            <source>By room</source>
            <translation>Por sala</translation>
        </message>
        <message>
            <source>C&amp;hoose providers…</source>
            <translation>&amp;Elegir profesionales…</translation>
        </message>
        <message>
            <source>Chosen providers</source>
            <translation>Profesionales elegidos</translation>
        </message>
        <message>
            <source>Columns shown in the day view</source>
            <translation>Columnas mostradas en la vista del día</translation>
        </message>
        <message>
            <source>Day calendar: one column per provider</source>
            <translation>Calendario del día: una columna por profesional</translation>
        </message>
        <message>
            <source>Day calendar: one column per room</source>
            <translation>Calendario del día: una columna por sala</translation>
        </message>
        <message>
            <source>Day view</source>
            <translation>Vista del día</translation>
        </message>
        <message>
            <source>Delete calendar view</source>
            <translation>Eliminar la vista del calendario</translation>
        </message>
        <message>
            <source>Delete the view '{name}'? No appointments change.</source>
            <translation>¿Eliminar la vista «{name}»? Ninguna cita cambia.</translation>
        </message>
        <message>
            <source>Delete view</source>
            <translation>Eliminar vista</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>Nombre de la vista:</translation>
        </message>
        <message>
            <source>Save as &amp;view…</source>
            <translation>Guardar como &amp;vista…</translation>
        </message>
        <message>
            <source>Save calendar view</source>
            <translation>Guardar la vista del calendario</translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>&amp;Mostrar:</translation>
        </message>
    </context>
    <context>
        <name>DisplacedVisitModel</name>
        <message>
            <source>Born</source>
            <translation>Nacimiento</translation>
        </message>
        <message>
            <source>Called</source>
            <translation>Llamado</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Profesional</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <source>no phone on file</source>
            <translation>sin teléfono</translation>
        </message>
        <message>
            <source>rebooked</source>
            <translation>reprogramada</translation>
        </message>
        <message>
            <source>to call</source>
            <translation>por llamar</translation>
        </message>
        <message>
            <source>to rebook</source>
            <translation>por reprogramar</translation>
        </message>
        <message>
            <source>✓ called</source>
            <translation>✓ llamado</translation>
        </message>
    </context>
    <context>
        <name>DisplacedVisitsDialog</name>
        <message>
            <source>Ca&amp;lled</source>
            <translation>&amp;Llamado</translation>
        </message>
        <message>
            <source>Last action</source>
            <translation>Última acción</translation>
        </message>
        <message>
            <source>Move the selected visit to the first free time with another provider</source>
            <translation>Mover la cita elegida a la primera hora libre con otro profesional</translation>
        </message>
        <message>
            <source>Move the selected visit to the first free time with the same provider</source>
            <translation>Mover la cita elegida a la primera hora libre con el mismo profesional</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Rebook, &amp;other</source>
            <translation>Reprogramar, &amp;otro</translation>
        </message>
        <message>
            <source>Rebook, &amp;same</source>
            <translation>Reprogramar, &amp;mismo</translation>
        </message>
        <message>
            <source>Rebooked: {name}, {time}, {provider}</source>
            <translation>Reprogramada: {name}, {time}, {provider}</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Guardar como PDF</translation>
        </message>
        <message>
            <source>Save list as &amp;PDF…</source>
            <translation>Guardar lista como &amp;PDF…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Guardado: {path}</translation>
        </message>
        <message>
            <source>Tick off the call to the selected patient</source>
            <translation>Marcar la llamada al paciente elegido</translation>
        </message>
        <message>
            <source>Visits inside the time off</source>
            <translation>Citas dentro de la ausencia</translation>
        </message>
        <message>
            <source>Visits to rebook</source>
            <translation>Citas por reprogramar</translation>
        </message>
        <message>
            <source>the provider</source>
            <translation>el profesional</translation>
        </message>
        <message>
            <source>{count} booked visits are inside the time off of {provider}; they were not moved. {to_call} still to call, {to_rebook} still to rebook.</source>
            <translation>{count} citas reservadas caen en la ausencia de {provider}; no se movieron. Quedan {to_call} por llamar y {to_rebook} por reprogramar.</translation>
        </message>
    </context>
    <context>
        <name>DuplicateWarning</name>
        <message>
            <source>&amp;Register as new</source>
            <translation>&amp;Registrar como nuevo</translation>
        </message>
        <message>
            <source>&amp;Use the selected patient</source>
            <translation>&amp;Usar el paciente seleccionado</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Posible duplicado</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Posibles duplicados</translation>
        </message>
        <message>
            <source>These patients have the same family name and date of birth, or the same phone number. Is the caller one of them?</source>
            <translation>Estos pacientes tienen el mismo apellido y fecha de nacimiento, o el mismo teléfono. ¿Es la persona que llama uno de ellos?</translation>
        </message>
        <message>
            <source>{name}, born {birth_date} {phones}</source>
            <translation>{name}, nacido/a el {birth_date} {phones}</translation>
        </message>
    </context>
    <context>
        <name>ExceptionTableModel</name>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Clase</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
    </context>
    <context>
        <name>ExceptionsEditor</name>
        <message>
            <source> to {day}</source>
            <translation> al {day}</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>&amp;Days:</source>
            <translation>&amp;Días:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Clase:</translation>
        </message>
        <message>
            <source>&amp;Whole days</source>
            <translation>Días &amp;completos</translation>
        </message>
        <message>
            <source>Appointments inside the new time off</source>
            <translation>Citas dentro de la nueva ausencia</translation>
        </message>
        <message>
            <source>Call and rebook them from the worklist.</source>
            <translation>Llámelos y vuelva a reservar desde la lista de trabajo.</translation>
        </message>
        <message>
            <source>Choose the time off or extra hours to remove.</source>
            <translation>Elija la ausencia o las horas extra que quiere quitar.</translation>
        </message>
        <message>
            <source>Every visit inside the time off: call, rebook, print</source>
            <translation>Cada visita dentro de la ausencia: llamar, volver a reservar, imprimir</translation>
        </message>
        <message>
            <source>Extra hours</source>
            <translation>Horas extra</translation>
        </message>
        <message>
            <source>Kind of exception</source>
            <translation>Clase de excepción</translation>
        </message>
        <message>
            <source>Open the &amp;worklist…</source>
            <translation>Abrir la lista de &amp;trabajo…</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>Moti&amp;vo:</translation>
        </message>
        <message>
            <source>Re&amp;move selected…</source>
            <translation>&amp;Quitar lo seleccionado…</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove {provider}'s {what} ({span})?</source>
            <translation>¿Quitar {what} de {provider} ({span})?</translation>
        </message>
        <message>
            <source>T&amp;ime:</source>
            <translation>&amp;Hora:</translation>
        </message>
        <message>
            <source>The front desk sees and rebooks them in the day view.</source>
            <translation>La recepción las ve y las vuelve a reservar en la vista del día.</translation>
        </message>
        <message>
            <source>The last day is before the first day.</source>
            <translation>El último día es anterior al primero.</translation>
        </message>
        <message>
            <source>Time off</source>
            <translation>Ausencia</translation>
        </message>
        <message>
            <source>e.g. annual leave, training, Saturday clinic</source>
            <translation>p. ej. vacaciones, formación, consulta del sábado</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n booked appointment(s) now inside this time off; they were not moved. </source>
            <translation>
                <numerusform>⚠ %n cita reservada queda dentro de esta ausencia; no se ha movido. </numerusform>
                <numerusform>⚠ %n citas reservadas quedan dentro de esta ausencia; no se han movido. </numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstRunPanel</name>
        <message>
            <source>&amp;Create a clinic…</source>
            <translation>&amp;Crear una clínica…</translation>
        </message>
        <message>
            <source>Load the &amp;demo clinic…</source>
            <translation>Cargar la clínica de &amp;demostración…</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>There is no clinic on this computer yet. Create your clinic, or load the demo clinic (made-up patients and appointments) to try clinicdesk out.</source>
            <translation>Todavía no hay ninguna clínica en este ordenador. Cree su clínica o cargue la clínica de demostración (pacientes y citas inventados) para probar clinicdesk.</translation>
        </message>
        <message>
            <source>Welcome to clinicdesk</source>
            <translation>Bienvenido a clinicdesk</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>Locked: sign in on the main clinicdesk window.</source>
            <translation>Bloqueado: inicie sesión en la ventana principal de clinicdesk.</translation>
        </message>
    </context>
    <context>
        <name>InsuranceForm</name>
        <message>
            <source>&amp;Member id:</source>
            <translation>Número de &amp;afiliado:</translation>
        </message>
        <message>
            <source>Chec&amp;ked on:</source>
            <translation>Com&amp;probado el:</translation>
        </message>
        <message>
            <source>Insurance and verification</source>
            <translation>Seguro y verificación</translation>
        </message>
        <message>
            <source>Pa&amp;yer:</source>
            <translation>&amp;Pagador:</translation>
        </message>
        <message>
            <source>Veri&amp;fication:</source>
            <translation>&amp;Verificación:</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/aaaa</translation>
        </message>
        <message>
            <source>insurer or scheme; leave empty for none</source>
            <translation>aseguradora o régimen; déjelo vacío si no hay</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>&amp;System language</source>
            <translation>Idioma del &amp;sistema</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The new language is used when clinicdesk next starts.</source>
            <translation>El nuevo idioma se usará la próxima vez que se inicie clinicdesk.</translation>
        </message>
    </context>
    <context>
        <name>LengthDialog</name>
        <message>
            <source>&amp;Change length</source>
            <translation>&amp;Cambiar duración</translation>
        </message>
        <message>
            <source>&amp;Ends at:</source>
            <translation>&amp;Termina a las:</translation>
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation>&amp;Mantenerla</translation>
        </message>
        <message>
            <source>Change length</source>
            <translation>Cambiar duración</translation>
        </message>
        <message>
            <source>Change when {patient}'s {type} ends (starts {when} with {provider}).</source>
            <translation>Cambiar cuándo termina {type} de {patient} (empieza {when} con {provider}).</translation>
        </message>
        <message>
            <source>New end time</source>
            <translation>Nueva hora de fin</translation>
        </message>
        <message>
            <source>To change the length anyway, give the reason for overriding.</source>
            <translation>Para cambiar la duración de todos modos, indique el motivo de la excepción.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;About clinicdesk</source>
            <translation>&amp;Acerca de clinicdesk</translation>
        </message>
        <message>
            <source>&amp;Appointment</source>
            <translation>&amp;Cita</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Día</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Find patient…</source>
            <translation>&amp;Buscar paciente…</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;New appointment…</source>
            <translation>&amp;Nueva cita…</translation>
        </message>
        <message>
            <source>&amp;Patients</source>
            <translation>&amp;Pacientes</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Hoy</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Week</source>
            <translation>&amp;Semana</translation>
        </message>
        <message>
            <source>About clinicdesk</source>
            <translation>Acerca de clinicdesk</translation>
        </message>
        <message>
            <source>Booked: {name}, {time}, {provider}</source>
            <translation>Reservada: {name}, {time}, {provider}</translation>
        </message>
        <message>
            <source>Clinic data location</source>
            <translation>Ubicación de los datos de la clínica</translation>
        </message>
        <message>
            <source>Data: {location}</source>
            <translation>Datos: {location}</translation>
        </message>
        <message>
            <source>Date shown</source>
            <translation>Fecha mostrada</translation>
        </message>
        <message>
            <source>Demo clinic ready. Sign in as '{user}' (front desk), 'manager' or '{admin}' (set-up) with the password you chose.</source>
            <translation>Clínica de demostración lista. Inicie sesión como «{user}» (recepción), «manager» o «{admin}» (configuración) con la contraseña que eligió.</translation>
        </message>
        <message>
            <source>Find patient (Ctrl+F)</source>
            <translation>Buscar paciente (Ctrl+F)</translation>
        </message>
        <message>
            <source>Load the demo clinic</source>
            <translation>Cargar la clínica de demostración</translation>
        </message>
        <message>
            <source>Making the demo clinic… (this takes a few seconds)</source>
            <translation>Creando la clínica de demostración… (tarda unos segundos)</translation>
        </message>
        <message>
            <source>New appointment (Ctrl+N)</source>
            <translation>Nueva cita (Ctrl+N)</translation>
        </message>
        <message>
            <source>Next day</source>
            <translation>Día siguiente</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Semana siguiente</translation>
        </message>
        <message>
            <source>P&amp;roviders</source>
            <translation>P&amp;rofesionales</translation>
        </message>
        <message>
            <source>Previous day</source>
            <translation>Día anterior</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Semana anterior</translation>
        </message>
        <message>
            <source>R&amp;eports</source>
            <translation>&amp;Informes</translation>
        </message>
        <message>
            <source>Re&amp;minders</source>
            <translation>Re&amp;cordatorios</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clave de recuperación</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Cerrar &amp;sesión</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Cerrar sesión</translation>
        </message>
        <message>
            <source>Signed in: {user} ({role})</source>
            <translation>Sesión iniciada: {user} ({role})</translation>
        </message>
        <message>
            <source>Signed-in user</source>
            <translation>Usuario con sesión iniciada</translation>
        </message>
        <message>
            <source>Today (T)</source>
            <translation>Hoy (T)</translation>
        </message>
        <message>
            <source>Type the recovery key from the printed recovery sheet
(16 groups of 6 digits; spaces and dashes are fine):</source>
            <translation>Escriba la clave de recuperación de la hoja de recuperación impresa
(16 grupos de 6 cifras; se admiten espacios y guiones):</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Vistas</translation>
        </message>
        <message>
            <source>Wait&amp;list</source>
            <translation>&amp;Lista de espera</translation>
        </message>
        <message>
            <source>Waiting &amp;room</source>
            <translation>Sala de &amp;espera</translation>
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
            <translation>&amp;Día:</translation>
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation>&amp;Dejarla</translation>
        </message>
        <message>
            <source>&amp;Move</source>
            <translation>&amp;Mover</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Hora:</translation>
        </message>
        <message>
            <source>Move appointment</source>
            <translation>Mover la cita</translation>
        </message>
        <message>
            <source>Move {patient}'s {type} (now {when} with {provider}).</source>
            <translation>Mover {type} de {patient} (ahora {when} con {provider}).</translation>
        </message>
        <message>
            <source>New day</source>
            <translation>Nuevo día</translation>
        </message>
        <message>
            <source>New time</source>
            <translation>Nueva hora</translation>
        </message>
        <message>
            <source>Pro&amp;vider:</source>
            <translation>Pro&amp;fesional:</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Profesional</translation>
        </message>
        <message>
            <source>To move it anyway, give the reason for overriding and press Enter.</source>
            <translation>Para moverla de todos modos, indique el motivo de la excepción y pulse Intro.</translation>
        </message>
    </context>
    <context>
        <name>NewPatientDialog</name>
        <message>
            <source>&amp;Email:</source>
            <translation>Correo &amp;electrónico:</translation>
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation>&amp;Apellidos:</translation>
        </message>
        <message>
            <source>&amp;Given name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Teléfono:</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Registrar</translation>
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation>Fecha de na&amp;cimiento:</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>New patient</source>
            <translation>Nuevo paciente</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/aaaa</translation>
        </message>
    </context>
    <context>
        <name>OccurrenceTableModel</name>
        <message>
            <source>Clash</source>
            <translation>Conflicto</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Needs override</source>
            <translation>Requiere excepción</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Correcto</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Rechazada</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
    </context>
    <context>
        <name>OverrideReason</name>
        <message>
            <source>Ask someone who may book to override it.</source>
            <translation>Pida a alguien que pueda reservar que la autorice.</translation>
        </message>
        <message>
            <source>Reason for &amp;overriding:</source>
            <translation>M&amp;otivo de la excepción:</translation>
        </message>
        <message>
            <source>Reason for overriding</source>
            <translation>Motivo de la excepción</translation>
        </message>
        <message>
            <source>Why the change was not made</source>
            <translation>Por qué no se hizo el cambio</translation>
        </message>
        <message>
            <source>e.g. patient can only come then; provider agreed</source>
            <translation>p. ej. el paciente solo puede venir entonces; el profesional está de acuerdo</translation>
        </message>
    </context>
    <context>
        <name>PatientDetail</name>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n cita</numerusform>
                <numerusform>%n citas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completed</source>
            <translation>
                <numerusform>%n completada</numerusform>
                <numerusform>%n completadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n late cancellation(s)</source>
            <translation>
                <numerusform>%n cancelación tardía</numerusform>
                <numerusform>%n cancelaciones tardías</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n no-show(s)</source>
            <translation>
                <numerusform>%n ausencia</numerusform>
                <numerusform>%n ausencias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n upcoming</source>
            <translation>
                <numerusform>%n próxima</numerusform>
                <numerusform>%n próximas</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Alerts:</source>
            <translation>&amp;Avisos:</translation>
        </message>
        <message>
            <source>&amp;Book for this patient…</source>
            <translation>&amp;Reservar para este paciente…</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>Correo &amp;electrónico:</translation>
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation>A&amp;pellidos:</translation>
        </message>
        <message>
            <source>&amp;Given name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <source>&amp;Phones:</source>
            <translation>&amp;Teléfonos:</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Guardar cambios</translation>
        </message>
        <message>
            <source>&amp;Upcoming</source>
            <translation>Pró&amp;ximas</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Choose a patient</source>
            <translation>Elija un paciente</translation>
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation>Fecha de na&amp;cimiento:</translation>
        </message>
        <message>
            <source>Patient alerts</source>
            <translation>Avisos del paciente</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/aaaa</translation>
        </message>
        <message>
            <source>separate several with ;</source>
            <translation>separe varios con ;</translation>
        </message>
        <message>
            <source>⚠ Alert: {alerts}</source>
            <translation>⚠ Aviso: {alerts}</translation>
        </message>
    </context>
    <context>
        <name>PatientSearch</name>
        <message>
            <source>Find patient</source>
            <translation>Buscar paciente</translation>
        </message>
        <message>
            <source>Find the patient first: type a name, birth date or phone digits.</source>
            <translation>Busque primero al paciente: escriba un nombre, una fecha de nacimiento o cifras del teléfono.</translation>
        </message>
        <message>
            <source>Name, date of birth (e.g. 17/05/1980) or phone digits</source>
            <translation>Nombre, fecha de nacimiento (p. ej. 17/05/1980) o cifras del teléfono</translation>
        </message>
        <message>
            <source>No patient matches: check the spelling, or register a new patient.</source>
            <translation>Ningún paciente coincide: revise la ortografía o registre un paciente nuevo.</translation>
        </message>
        <message>
            <source>Still searching: wait for the list, then pick the patient.</source>
            <translation>Buscando: espere a la lista y luego elija al paciente.</translation>
        </message>
        <message>
            <source>{count} patients match: pick one with the arrow keys, or click it.</source>
            <translation>{count} pacientes coinciden: elija uno con las flechas o haga clic en él.</translation>
        </message>
    </context>
    <context>
        <name>PatientTableModel</name>
        <message>
            <source>Age</source>
            <translation>Edad</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Nacimiento</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>has alerts: open the record before booking</source>
            <translation>tiene avisos: abra la ficha antes de reservar</translation>
        </message>
    </context>
    <context>
        <name>PatientsView</name>
        <message>
            <source>Patients</source>
            <translation>Pacientes</translation>
        </message>
    </context>
    <context>
        <name>PrintActions</name>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>Preview the day sheet of the day shown (Ctrl+Shift+P)</source>
            <translation>Vista previa de la hoja del día mostrado (Ctrl+Mayús+P)</translation>
        </message>
        <message>
            <source>Print a day sheet, week schedule or call list (Ctrl+P)</source>
            <translation>Imprimir una hoja del día, un horario semanal o una lista de llamadas (Ctrl+P)</translation>
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>&amp;Vista previa…</translation>
        </message>
    </context>
    <context>
        <name>PrintSheetDialog</name>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Día:</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation>&amp;Hoja:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <source>Choose a provider</source>
            <translation>Elija un profesional</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Último día</translation>
        </message>
        <message>
            <source>P&amp;rovider:</source>
            <translation>P&amp;rofesional:</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>&amp;Vista previa…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Print a sheet</source>
            <translation>Imprimir una hoja</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Profesional</translation>
        </message>
        <message>
            <source>Save &amp;as PDF…</source>
            <translation>Guardar como P&amp;DF…</translation>
        </message>
        <message>
            <source>What to print</source>
            <translation>Qué imprimir</translation>
        </message>
        <message>
            <source>Whole clinic</source>
            <translation>Toda la clínica</translation>
        </message>
    </context>
    <context>
        <name>ProblemPanel</name>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Reintentar</translation>
        </message>
        <message>
            <source>Enter the &amp;recovery key…</source>
            <translation>Introducir la clave de &amp;recuperación…</translation>
        </message>
        <message>
            <source>The clinic data cannot be opened</source>
            <translation>No se pueden abrir los datos de la clínica</translation>
        </message>
        <message>
            <source>Why the clinic data cannot be opened</source>
            <translation>Por qué no se pueden abrir los datos de la clínica</translation>
        </message>
    </context>
    <context>
        <name>ProviderPicker</name>
        <message>
            <source>&amp;Clear all</source>
            <translation>&amp;Desmarcar todos</translation>
        </message>
        <message>
            <source>Filter by name or specialty</source>
            <translation>Filtrar por nombre o especialidad</translation>
        </message>
        <message>
            <source>Filter providers</source>
            <translation>Filtrar profesionales</translation>
        </message>
        <message>
            <source>Providers to show</source>
            <translation>Profesionales que mostrar</translation>
        </message>
        <message>
            <source>Tick &amp;all shown</source>
            <translation>Marcar &amp;todos los mostrados</translation>
        </message>
        <message>
            <source>Tick at least one provider.</source>
            <translation>Marque al menos un profesional.</translation>
        </message>
    </context>
    <context>
        <name>ProvidersView</name>
        <message>
            <source>&amp;Save weekly hours</source>
            <translation>&amp;Guardar el horario semanal</translation>
        </message>
        <message>
            <source>&amp;Time off &amp;&amp; extra hours</source>
            <translation>&amp;Ausencias &amp;&amp; horas extra</translation>
        </message>
        <message>
            <source>&amp;Weekly hours</source>
            <translation>Horario &amp;semanal</translation>
        </message>
        <message>
            <source>; next change {day}</source>
            <translation>; próximo cambio {day}</translation>
        </message>
        <message>
            <source>Break from</source>
            <translation>Descanso desde</translation>
        </message>
        <message>
            <source>Break to</source>
            <translation>Descanso hasta</translation>
        </message>
        <message>
            <source>Choose a provider</source>
            <translation>Elija un profesional</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Hours in force since {since}{change}.</source>
            <translation>Horario vigente desde {since}{change}.</translation>
        </message>
        <message>
            <source>New hours start on</source>
            <translation>El nuevo horario empieza el</translation>
        </message>
        <message>
            <source>New hours start on:</source>
            <translation>El nuevo horario empieza el:</translation>
        </message>
        <message>
            <source>Preview of the next two weeks</source>
            <translation>Vista previa de las dos próximas semanas</translation>
        </message>
        <message>
            <source>Preview: the next two weeks</source>
            <translation>Vista previa: las dos próximas semanas</translation>
        </message>
        <message>
            <source>Provider schedule</source>
            <translation>Horario del profesional</translation>
        </message>
        <message>
            <source>Providers</source>
            <translation>Profesionales</translation>
        </message>
        <message>
            <source>Saved. The calendar shows the new hours.</source>
            <translation>Guardado. El calendario muestra el nuevo horario.</translation>
        </message>
        <message>
            <source>Time off and extra hours</source>
            <translation>Ausencias y horas extra</translation>
        </message>
        <message>
            <source>Time off and extra hours: {provider}</source>
            <translation>Ausencias y horas extra: {provider}</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>never set</source>
            <translation>nunca establecido</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>I have written down the recovery key</source>
            <translation>He anotado la clave de recuperación</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clave de recuperación</translation>
        </message>
        <message>
            <source>Write this recovery key down or print it, and keep it somewhere safe away from this computer. It is shown only now. Without it, the clinic's data cannot be opened if this computer's saved key is ever lost.</source>
            <translation>Anote o imprima esta clave de recuperación y guárdela en un lugar seguro, lejos de este ordenador. Solo se muestra ahora. Sin ella, los datos de la clínica no se podrán abrir si alguna vez se pierde la clave guardada en este ordenador.</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Su clave de recuperación</translation>
        </message>
    </context>
    <context>
        <name>RemindersView</name>
        <message>
            <source>&amp;Handled</source>
            <translation>&amp;Atendido</translation>
        </message>
        <message>
            <source>&amp;Not sent</source>
            <translation>&amp;No enviados</translation>
        </message>
        <message>
            <source>&amp;Replies</source>
            <translation>&amp;Respuestas</translation>
        </message>
        <message>
            <source>Called</source>
            <translation>Llamado</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>Mar&amp;k as called</source>
            <translation>Mar&amp;car como llamado</translation>
        </message>
        <message>
            <source>Messages not sent</source>
            <translation>Mensajes no enviados</translation>
        </message>
        <message>
            <source>No-shows</source>
            <translation>Ausencias</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <source>Patient known</source>
            <translation>Paciente conocido</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Ac&amp;tualizar</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibido</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Recordatorios</translation>
        </message>
        <message>
            <source>Replies for staff</source>
            <translation>Respuestas para el personal</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>To &amp;call</source>
            <translation>Por &amp;llamar</translation>
        </message>
        <message>
            <source>Tries</source>
            <translation>Intentos</translation>
        </message>
        <message>
            <source>Visits to confirm</source>
            <translation>Citas por confirmar</translation>
        </message>
        <message>
            <source>called</source>
            <translation>llamado</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>no phone on file</source>
            <translation>sin teléfono registrado</translation>
        </message>
        <message>
            <source>not confirmed</source>
            <translation>no confirmada</translation>
        </message>
        <message>
            <source>unclear reply</source>
            <translation>respuesta poco clara</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>{calls} to call, {replies} replies to read, {failed} not sent.</source>
            <translation>{calls} por llamar, {replies} respuestas por leer, {failed} no enviados.</translation>
        </message>
    </context>
    <context>
        <name>RepeatPanel</name>
        <message>
            <source> month(s)</source>
            <translation> mes(es)</translation>
        </message>
        <message>
            <source> visits</source>
            <translation> visitas</translation>
        </message>
        <message>
            <source> week(s)</source>
            <translation> semana(s)</translation>
        </message>
        <message>
            <source>&amp;Override reason:</source>
            <translation>&amp;Motivo de la excepción:</translation>
        </message>
        <message>
            <source>&amp;after</source>
            <translation>&amp;tras</translation>
        </message>
        <message>
            <source>Choose a patient and a slot to see the dates.</source>
            <translation>Elija un paciente y un hueco para ver las fechas.</translation>
        </message>
        <message>
            <source>Ends:</source>
            <translation>Termina:</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>vie</translation>
        </message>
        <message>
            <source>Last day of the series</source>
            <translation>Último día de la serie</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>lun</translation>
        </message>
        <message>
            <source>Monthly (same date)</source>
            <translation>Mensual (misma fecha)</translation>
        </message>
        <message>
            <source>Number of visits</source>
            <translation>Número de visitas</translation>
        </message>
        <message>
            <source>On:</source>
            <translation>Los:</translation>
        </message>
        <message>
            <source>Reason to override policy clashes</source>
            <translation>Motivo para pasar por alto los conflictos con las normas</translation>
        </message>
        <message>
            <source>Repeat every how many weeks or months</source>
            <translation>Repetir cada cuántas semanas o meses</translation>
        </message>
        <message>
            <source>Repeat frequency</source>
            <translation>Frecuencia de repetición</translation>
        </message>
        <message>
            <source>Repeat on {day}</source>
            <translation>Repetir el {day}</translation>
        </message>
        <message>
            <source>Repeat the appointment</source>
            <translation>Repetir la cita</translation>
        </message>
        <message>
            <source>Repeat:</source>
            <translation>Repetir:</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>sáb</translation>
        </message>
        <message>
            <source>Series summary</source>
            <translation>Resumen de la serie</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>dom</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>jue</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>mié</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Semanal</translation>
        </message>
        <message>
            <source>every </source>
            <translation>cada </translation>
        </message>
        <message>
            <source>o&amp;n</source>
            <translation>e&amp;l</translation>
        </message>
        <message>
            <source>only to book the ones needing an override</source>
            <translation>solo para reservar las que requieren una excepción</translation>
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exportar CSV…</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Informe:</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Mostrar</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <source>Exported to {file}</source>
            <translation>Exportado a {file}</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <source>No visit in these dates has both an arrival and an in-room time.</source>
            <translation>Ninguna visita en estas fechas tiene a la vez hora de llegada y de entrada en consulta.</translation>
        </message>
        <message>
            <source>Nothing to chart for these dates.</source>
            <translation>No hay nada que representar en estas fechas.</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <source>Report chart</source>
            <translation>Gráfico del informe</translation>
        </message>
        <message>
            <source>Report figures</source>
            <translation>Cifras del informe</translation>
        </message>
        <message>
            <source>Report status</source>
            <translation>Estado del informe</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <source>Reports are for practice managers. Your account ({role}) cannot open them; ask a manager if you need these figures.</source>
            <translation>Los informes son para la dirección de la clínica. Su cuenta ({role}) no puede abrirlos; pida estas cifras a un responsable si las necesita.</translation>
        </message>
        <message>
            <source>Reports unavailable</source>
            <translation>Informes no disponibles</translation>
        </message>
        <message>
            <source>Save these figures as a CSV file for a spreadsheet</source>
            <translation>Guardar estas cifras como archivo CSV para una hoja de cálculo</translation>
        </message>
        <message>
            <source>Work the report out for these dates (Enter)</source>
            <translation>Calcular el informe para estas fechas (Intro)</translation>
        </message>
        <message>
            <source>Working out the figures…</source>
            <translation>Calculando las cifras…</translation>
        </message>
        <message>
            <source>Your account ({role}) is not allowed to do this; ask a practice manager.</source>
            <translation>Su cuenta ({role}) no tiene permiso para esto; pregunte a un responsable de la clínica.</translation>
        </message>
        <message numerus="yes">
            <source>{title}, {first} to {last}: %n row(s).</source>
            <translation>
                <numerusform>{title}, del {first} al {last}: %n fila.</numerusform>
                <numerusform>{title}, del {first} al {last}: %n filas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SaveTarget</name>
        <message>
            <source>Replace the file?</source>
            <translation>¿Reemplazar el archivo?</translation>
        </message>
        <message>
            <source>{name} already exists in {folder}. Replace it?</source>
            <translation>{name} ya existe en {folder}. ¿Reemplazarlo?</translation>
        </message>
    </context>
    <context>
        <name>SheetPreviewDialog</name>
        <message>
            <source>Print preview</source>
            <translation>Vista previa de impresión</translation>
        </message>
        <message>
            <source>Print preview - {title}</source>
            <translation>Vista previa de impresión - {title}</translation>
        </message>
        <message>
            <source>Save as PDF (Ctrl+S)</source>
            <translation>Guardar como PDF (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Guardar como PDF…</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>{file} guardado</translation>
        </message>
    </context>
    <context>
        <name>SheetRequest</name>
        <message>
            <source>Call list {first} to {last}</source>
            <translation>Lista de llamadas del {first} al {last}</translation>
        </message>
        <message>
            <source>Day sheet {day}</source>
            <translation>Hoja del día {day}</translation>
        </message>
        <message>
            <source>Week schedule from {day}</source>
            <translation>Horario semanal desde {day}</translation>
        </message>
    </context>
    <context>
        <name>SignInPanel</name>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Contraseña</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Iniciar sesión</translation>
        </message>
        <message>
            <source>&amp;Sign out</source>
            <translation>Cerrar &amp;sesión</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Desbloquear</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Comprobando…</translation>
        </message>
        <message>
            <source>Clinic name</source>
            <translation>Nombre de la clínica</translation>
        </message>
        <message>
            <source>Locked: sign in to continue</source>
            <translation>Bloqueado: inicie sesión para continuar</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Sign in to open the schedule.</source>
            <translation>Inicie sesión para abrir la agenda.</translation>
        </message>
        <message>
            <source>Sign-in message</source>
            <translation>Mensaje de inicio de sesión</translation>
        </message>
        <message>
            <source>Sign-in problem</source>
            <translation>Problema al iniciar sesión</translation>
        </message>
        <message>
            <source>This window is locked. Sign in to continue.</source>
            <translation>Esta ventana está bloqueada. Inicie sesión para continuar.</translation>
        </message>
        <message>
            <source>Type your user name.</source>
            <translation>Escriba su nombre de usuario.</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <source>clinicdesk</source>
            <translation>clinicdesk</translation>
        </message>
        <message>
            <source>e.g. j.lee</source>
            <translation>p. ej. j.lee</translation>
        </message>
    </context>
    <context>
        <name>SlotTableModel</name>
        <message>
            <source>Provider</source>
            <translation>Profesional</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflicto</numerusform>
                <numerusform>%n conflictos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pending</source>
            <translation>
                <numerusform>%n pendiente</numerusform>
                <numerusform>%n pendientes</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync: not set up</source>
            <translation>Sincronización: no configurada</translation>
        </message>
        <message>
            <source>Sync: offline</source>
            <translation>Sincronización: sin conexión</translation>
        </message>
        <message>
            <source>Sync: online</source>
            <translation>Sincronización: conectada</translation>
        </message>
        <message>
            <source>Sync: syncing…</source>
            <translation>Sincronización: sincronizando…</translation>
        </message>
        <message>
            <source>clock off</source>
            <translation>reloj desajustado</translation>
        </message>
        <message>
            <source>last {time}</source>
            <translation>última {time}</translation>
        </message>
        <message>
            <source>never synced</source>
            <translation>nunca sincronizado</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>Bookings or records that two PCs changed differently</source>
            <translation>Reservas o registros que dos PC cambiaron de forma distinta</translation>
        </message>
        <message>
            <source>Open sync conflicts</source>
            <translation>Abrir los conflictos de sincronización</translation>
        </message>
        <message>
            <source>Send and fetch changes now (F9)</source>
            <translation>Enviar y recibir cambios ahora (F9)</translation>
        </message>
        <message>
            <source>Sign in to settle sync conflicts.</source>
            <translation>Inicie sesión para resolver los conflictos de sincronización.</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message>
            <source>Sync state</source>
            <translation>Estado de la sincronización</translation>
        </message>
    </context>
    <context>
        <name>WaitingRoomModel</name>
        <message>
            <source>Arrived</source>
            <translation>Llegada</translation>
        </message>
        <message>
            <source>Booked for</source>
            <translation>Reservada para</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Profesional</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Waited</source>
            <translation>Espera</translation>
        </message>
    </context>
    <context>
        <name>WaitingRoomView</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation>
                <numerusform>%n en espera</numerusform>
                <numerusform>%n en espera</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Flag after:</source>
            <translation>&amp;Señalar tras:</translation>
        </message>
        <message>
            <source>; {late} past {minutes} minutes (flagged)</source>
            <translation>; {late} más de {minutes} minutos (señalados)</translation>
        </message>
        <message>
            <source>Add &amp;walk-in…</source>
            <translation>Añadir paciente &amp;sin cita…</translation>
        </message>
        <message>
            <source>Flag patients waiting longer than</source>
            <translation>Señalar a los pacientes que esperan más de</translation>
        </message>
        <message>
            <source>Show &amp;into room</source>
            <translation>&amp;Pasar a la sala</translation>
        </message>
        <message>
            <source>Waiting room</source>
            <translation>Sala de espera</translation>
        </message>
    </context>
    <context>
        <name>WaitlistOfferDialog</name>
        <message>
            <source>&amp;Book the selected patient</source>
            <translation>&amp;Reservar para el paciente seleccionado</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>&amp;Ahora no</translation>
        </message>
        <message>
            <source>Time freed: offer it from the waitlist</source>
            <translation>Hueco liberado: ofrézcalo a la lista de espera</translation>
        </message>
        <message>
            <source>{when} with {provider} is free. These waitlist patients fit, best match first. Call them on the numbers shown, then book the one who takes it.</source>
            <translation>{when} con {provider} está libre. Estos pacientes de la lista de espera encajan, el mejor primero. Llámelos a los números indicados y reserve para quien lo acepte.</translation>
        </message>
    </context>
    <context>
        <name>WaitlistTableModel</name>
        <message>
            <source>Added</source>
            <translation>Añadido</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgencia</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>cualquier hora</translation>
        </message>
    </context>
    <context>
        <name>WaitlistView</name>
        <message numerus="yes">
            <source>%n waiting; {urgent} urgent or emergency.</source>
            <translation>
                <numerusform>%n en espera; {urgent} urgentes o de emergencia.</numerusform>
                <numerusform>%n en espera; {urgent} urgentes o de emergencia.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Add to waitlist…</source>
            <translation>&amp;Añadir a la lista de espera…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Opens the booking dialog; use Add to waitlist there</source>
            <translation>Abre el diálogo de reserva; use allí «Añadir a la lista de espera»</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Ac&amp;tualizar</translation>
        </message>
        <message>
            <source>Waitlist</source>
            <translation>Lista de espera</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <source>&amp;Add walk-in</source>
            <translation>&amp;Añadir paciente sin cita</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>Add a walk-in</source>
            <translation>Añadir un paciente sin cita</translation>
        </message>
        <message>
            <source>Appointment type</source>
            <translation>Tipo de cita</translation>
        </message>
        <message>
            <source>Choose an appointment type.</source>
            <translation>Elija un tipo de cita.</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Sin cita</translation>
        </message>
        <message>
            <source>Walk-in booked: {name}, {time}, {provider}.</source>
            <translation>Sin cita registrado: {name}, {time}, {provider}.</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <source>&amp;Provider:</source>
            <translation>&amp;Profesional:</translation>
        </message>
        <message>
            <source>Provider shown in the week view</source>
            <translation>Profesional mostrado en la vista semanal</translation>
        </message>
        <message>
            <source>Week view</source>
            <translation>Vista semanal</translation>
        </message>
    </context>
    <context>
        <name>csv exchange</name>
        <message>
            <source>Choose at most {MAX_DAYS} days.</source>
            <translation>Elija como máximo {MAX_DAYS} días.</translation>
        </message>
        <message>
            <source>The last day ({last}) is before the first ({first}).</source>
            <translation>El último día ({last}) es anterior al primero ({first}).</translation>
        </message>
    </context>
    <context>
        <name>csv import</name>
        <message>
            <source>The file is neither UTF-8 nor Windows-1252 text (byte {start}); save it as CSV UTF-8.</source>
            <translation>El archivo no es texto UTF-8 ni Windows-1252 (byte {start}); guárdelo como CSV UTF-8.</translation>
        </message>
        <message>
            <source>The mapping names an unknown {kind} field {field!r}.</source>
            <translation>La asignación nombra un campo desconocido {field!r} ({kind}).</translation>
        </message>
        <message>
            <source>{name} ({kind}) has no column for {join}; give a mapping file.</source>
            <translation>{name} ({kind}) no tiene columna para {join}; indique un archivo de asignación.</translation>
        </message>
        <message>
            <source>{name} has no column {column!r} (mapping of {field}).</source>
            <translation>{name} no tiene la columna {column!r} (asignación de {field}).</translation>
        </message>
        <message>
            <source>{name} is empty.</source>
            <translation>{name} está vacío.</translation>
        </message>
        <message>
            <source>{name} is larger than 2 GB; split it.</source>
            <translation>{name} ocupa más de 2 GB; divídalo.</translation>
        </message>
        <message>
            <source>{name}: cannot tell from the header whether it holds patients, providers or appointments (columns: {join}); give a mapping file.</source>
            <translation>{name}: la cabecera no indica si contiene pacientes, profesionales o citas (columnas: {join}); indique un archivo de asignación.</translation>
        </message>
    </context>
    <context>
        <name>day sheet</name>
        <message>
            <source>Alerts</source>
            <translation>Avisos</translation>
        </message>
        <message>
            <source>Arr.</source>
            <translation>Lleg.</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Llegó</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Nacim.</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>EMERGENCY</source>
            <translation>EMERGENCIA</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Caducado</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>FALLIDA</translation>
        </message>
        <message>
            <source>In room</source>
            <translation>En consulta</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>Seguro</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>No acudió</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Sin comprobar</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Printed {moment}</source>
            <translation>Impreso {moment}</translation>
        </message>
        <message>
            <source>Reason / notes</source>
            <translation>Motivo / notas</translation>
        </message>
        <message>
            <source>Seen</source>
            <translation>Atendido</translation>
        </message>
        <message>
            <source>Soon</source>
            <translation>Pronto</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>URGENT</source>
            <translation>URGENTE</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgencia</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verificado</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Details for your support contact were saved in {where}.</source>
            <translation>Los detalles para su servicio de soporte se guardaron en {where}.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>The details could not be saved.</source>
            <translation>No se pudieron guardar los detalles.</translation>
        </message>
        <message>
            <source>clinicdesk hit an unexpected problem and did not finish this step. What you typed is still there; please check it and try again.</source>
            <translation>clinicdesk encontró un problema inesperado y no terminó este paso. Lo que escribió sigue ahí; revíselo e inténtelo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>fhir</name>
        <message>
            <source>The export is not a valid FHIR R4 Bundle: {problems}.</source>
            <translation>La exportación no es un Bundle FHIR R4 válido: {problems}.</translation>
        </message>
        <message>
            <source>The export is not valid FHIR R4: {shown}{more}.</source>
            <translation>La exportación no es FHIR R4 válido: {shown}{more}.</translation>
        </message>
    </context>
    <context>
        <name>fhir import</name>
        <message>
            <source>The Bundle's entry is not a list.</source>
            <translation>La entrada (entry) del Bundle no es una lista.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>El archivo está vacío.</translation>
        </message>
        <message>
            <source>The file is larger than {value} MB; split it.</source>
            <translation>El archivo ocupa más de {value} MB; divídalo.</translation>
        </message>
        <message>
            <source>The file is neither FHIR JSON nor NDJSON (it does not start with {{).</source>
            <translation>El archivo no es FHIR JSON ni NDJSON (no empieza por {{).</translation>
        </message>
        <message>
            <source>The file is not UTF-8 (byte {start}); FHIR JSON is always UTF-8.</source>
            <translation>El archivo no es UTF-8 (byte {start}); FHIR JSON siempre es UTF-8.</translation>
        </message>
        <message>
            <source>has no full date of birth (YYYY-MM-DD), which the clinic needs to tell patients apart</source>
            <translation>no tiene fecha de nacimiento completa (AAAA-MM-DD), que la clínica necesita para distinguir a los pacientes</translation>
        </message>
        <message>
            <source>has no name</source>
            <translation>no tiene nombre</translation>
        </message>
        <message>
            <source>has no name to show</source>
            <translation>no tiene un nombre que mostrar</translation>
        </message>
        <message>
            <source>names no Patient</source>
            <translation>no nombra ningún Patient</translation>
        </message>
        <message>
            <source>names no Practitioner</source>
            <translation>no nombra ningún Practitioner</translation>
        </message>
        <message>
            <source>needs a family and a given name</source>
            <translation>necesita apellido y nombre</translation>
        </message>
        <message>
            <source>needs a start and an end</source>
            <translation>necesita un inicio y un final</translation>
        </message>
        <message>
            <source>not JSON ({msg})</source>
            <translation>no es JSON ({msg})</translation>
        </message>
        <message>
            <source>status {status!r} is not a booking the clinic keeps</source>
            <translation>el estado {status!r} no es una cita que la clínica guarde</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>Cannot use the folder {folder}: it is not a folder; choose a folder to write to.</source>
            <translation>No se puede usar la carpeta {folder}: no es una carpeta; elija una carpeta donde escribir.</translation>
        </message>
        <message>
            <source>Cannot use the folder {folder}: {value}.</source>
            <translation>No se puede usar la carpeta {folder}: {value}.</translation>
        </message>
        <message>
            <source>Cannot use {given}: {value}.</source>
            <translation>No se puede usar {given}: {value}.</translation>
        </message>
        <message>
            <source>Could not write {target}: {value}. Check the folder and space.</source>
            <translation>No se pudo escribir {target}: {value}. Compruebe la carpeta y el espacio libre.</translation>
        </message>
        <message>
            <source>Give the name of a file to write to.</source>
            <translation>Indique el nombre del archivo donde escribir.</translation>
        </message>
        <message>
            <source>Save it as a {extension} file, not '{name}'.</source>
            <translation>Guárdelo como archivo {extension}, no como '{name}'.</translation>
        </message>
        <message>
            <source>The folder {parent} does not exist; choose another place.</source>
            <translation>La carpeta {parent} no existe; elija otro lugar.</translation>
        </message>
        <message>
            <source>{given} already exists; choose a new name or allow replacing it (--overwrite on the command line).</source>
            <translation>{given} ya existe; elija otro nombre o permita reemplazarlo (--overwrite en la línea de órdenes).</translation>
        </message>
        <message>
            <source>{given} is a folder; give a file name to write to.</source>
            <translation>{given} es una carpeta; indique un nombre de archivo donde escribir.</translation>
        </message>
        <message>
            <source>{given} is a link to nothing; choose a file name.</source>
            <translation>{given} es un enlace que no apunta a nada; elija un nombre de archivo.</translation>
        </message>
        <message>
            <source>{given} is not a plain file (a device, socket or pipe); choose a file name.</source>
            <translation>{given} no es un archivo normal (un dispositivo, socket o tubería); elija un nombre de archivo.</translation>
        </message>
        <message>
            <source>{name} is one of the clinic's own files; choose another name.</source>
            <translation>{name} es uno de los archivos propios de la clínica; elija otro nombre.</translation>
        </message>
        <message>
            <source>{path} is inside a clinicdesk data folder ({folder}); choose a place outside it.</source>
            <translation>{path} está dentro de una carpeta de datos de clinicdesk ({folder}); elija un lugar fuera de ella.</translation>
        </message>
        <message>
            <source>{path} is inside a folder of clinic backups ({parent}); choose a place outside it.</source>
            <translation>{path} está dentro de una carpeta de copias de seguridad de la clínica ({parent}); elija un lugar fuera de ella.</translation>
        </message>
        <message>
            <source>{path} is inside the clinic's data or backup folder ({folder}); choose a place outside it.</source>
            <translation>{path} está dentro de la carpeta de datos o de copias de la clínica ({folder}); elija un lugar fuera de ella.</translation>
        </message>
    </context>
    <context>
        <name>hl7 command</name>
        <message>
            <source>  failed {at}: {reason}</source>
            <translation>  falló {at}: {reason}</translation>
        </message>
        <message>
            <source>  last ACK {code} for {control_id} at {at}</source>
            <translation>  último ACK {code} para {control_id} a las {at}</translation>
        </message>
        <message numerus="yes">
            <source>%n SIU message(s) acknowledged by {link}</source>
            <translation>
                <numerusform>%n mensaje SIU confirmado por {link}</numerusform>
                <numerusform>%n mensajes SIU confirmados por {link}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n SIU message(s) written to {folder}</source>
            <translation>
                <numerusform>%n mensaje SIU escrito en {folder}</numerusform>
                <numerusform>%n mensajes SIU escritos en {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>(no folder or MLLP link: nothing sent)</source>
            <translation>(sin carpeta ni enlace MLLP: no se envía nada)</translation>
        </message>
        <message numerus="yes">
            <source>; %n more waiting</source>
            <translation>
                <numerusform>; %n más en espera</numerusform>
                <numerusform>; %n más en espera</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n more waiting, run again</source>
            <translation>
                <numerusform>; %n más en espera, ejecute de nuevo</numerusform>
                <numerusform>; %n más en espera, ejecute de nuevo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>HL7 SIU to {where}: %n change(s) waiting; {where_queue}</source>
            <translation>
                <numerusform>HL7 SIU a {where}: %n cambio en espera; {where_queue}</numerusform>
                <numerusform>HL7 SIU a {where}: %n cambios en espera; {where_queue}</numerusform>
            </translation>
        </message>
        <message>
            <source>HL7 SIU v{version} to {where}</source>
            <translation>HL7 SIU v{version} a {where}</translation>
        </message>
        <message>
            <source>No HL7 drop folder or MLLP link is set: clinicdesk hl7 outbound set folder DIR (or mllp HOST:PORT).</source>
            <translation>No hay carpeta HL7 ni enlace MLLP configurados: clinicdesk hl7 outbound set folder DIR (o mllp HOST:PORT).</translation>
        </message>
        <message>
            <source>Sending stopped at change {control_id}: {reason}. It and the changes after it are sent by the next run.</source>
            <translation>El envío se detuvo en el cambio {control_id}: {reason}. Ese cambio y los siguientes se envían en la próxima ejecución.</translation>
        </message>
        <message>
            <source>not started yet</source>
            <translation>aún no iniciado</translation>
        </message>
        <message>
            <source>position {position}</source>
            <translation>posición {position}</translation>
        </message>
    </context>
    <context>
        <name>hl7 exchange</name>
        <message>
            <source>Attempts must be 1 to 10.</source>
            <translation>Los intentos deben ser de 1 a 10.</translation>
        </message>
        <message>
            <source>the EHR answered {code}</source>
            <translation>la HCE respondió {code}</translation>
        </message>
        <message>
            <source>the EHR answered {code}: {text}</source>
            <translation>la HCE respondió {code}: {text}</translation>
        </message>
    </context>
    <context>
        <name>hl7 siu</name>
        <message>
            <source>HL7 version {value} is not 2.3 to 2.8</source>
            <translation>la versión HL7 {value} no está entre 2.3 y 2.8</translation>
        </message>
        <message>
            <source>HL7 version {version} is not one of {join}.</source>
            <translation>La versión HL7 {version} no es ninguna de {join}.</translation>
        </message>
        <message>
            <source>SIU^{trigger} is not one of {join}</source>
            <translation>SIU^{trigger} no es ninguno de {join}</translation>
        </message>
        <message>
            <source>The file is larger than {value} MB; split it.</source>
            <translation>El archivo ocupa más de {value} MB; divídalo.</translation>
        </message>
        <message>
            <source>The file is not HL7 v2 (it does not start with an MSH segment).</source>
            <translation>El archivo no es HL7 v2 (no empieza con un segmento MSH).</translation>
        </message>
        <message>
            <source>ends before it starts</source>
            <translation>termina antes de empezar</translation>
        </message>
        <message>
            <source>gives no usable start and length (SCH-11 or AIS-4/AIS-7)</source>
            <translation>no da un inicio y una duración utilizables (SCH-11 o AIS-4/AIS-7)</translation>
        </message>
        <message>
            <source>has no SCH segment</source>
            <translation>no tiene segmento SCH</translation>
        </message>
        <message>
            <source>is a message without a type, not SIU</source>
            <translation>es un mensaje sin tipo, no SIU</translation>
        </message>
        <message>
            <source>is a {kind} message, not SIU</source>
            <translation>es un mensaje {kind}, no SIU</translation>
        </message>
        <message>
            <source>names no appointment (SCH-1 and SCH-2 are empty)</source>
            <translation>no nombra ninguna cita (SCH-1 y SCH-2 están vacíos)</translation>
        </message>
        <message>
            <source>{trigger} is not a SIU trigger clinicdesk sends.</source>
            <translation>{trigger} no es un evento SIU que clinicdesk envíe.</translation>
        </message>
    </context>
    <context>
        <name>ical</name>
        <message>
            <source>The calendar cannot be expanded: {reason}.</source>
            <translation>El calendario no se puede expandir: {reason}.</translation>
        </message>
        <message>
            <source>The calendar file is broken: {reason}.</source>
            <translation>El archivo de calendario está dañado: {reason}.</translation>
        </message>
        <message>
            <source>The calendar file is larger than {value} MB; export a shorter period from the other calendar.</source>
            <translation>El archivo de calendario ocupa más de {value} MB; exporte un periodo más corto del otro calendario.</translation>
        </message>
        <message>
            <source>The calendar file is not UTF-8 text (byte {start}); it is not an iCalendar file.</source>
            <translation>El archivo de calendario no es texto UTF-8 (byte {start}); no es un archivo iCalendar.</translation>
        </message>
        <message>
            <source>The calendar gives more than {MAX_OCCURRENCES} busy times in the period; import a shorter period.</source>
            <translation>El calendario da más de {MAX_OCCURRENCES} horas ocupadas en el periodo; importe un periodo más corto.</translation>
        </message>
        <message>
            <source>The calendar's {describe} has a broken {upper}: {reason}.</source>
            <translation>{describe} del calendario tiene un {upper} dañado: {reason}.</translation>
        </message>
        <message>
            <source>The calendar's {describe} has no start (DTSTART).</source>
            <translation>{describe} del calendario no tiene inicio (DTSTART).</translation>
        </message>
        <message>
            <source>The calendar's {describe} uses an unknown time zone {tzid!r} (and the file does not define it).</source>
            <translation>{describe} del calendario usa una zona horaria desconocida {tzid!r} (y el archivo no la define).</translation>
        </message>
        <message>
            <source>The calendar's {describe} uses an unknown time zone {tzid!r}.</source>
            <translation>{describe} del calendario usa una zona horaria desconocida {tzid!r}.</translation>
        </message>
        <message>
            <source>The file holds no calendar.</source>
            <translation>El archivo no contiene ningún calendario.</translation>
        </message>
        <message>
            <source>The file is not an iCalendar file (no BEGIN:VCALENDAR).</source>
            <translation>El archivo no es un archivo iCalendar (sin BEGIN:VCALENDAR).</translation>
        </message>
    </context>
    <context>
        <name>ical feed</name>
        <message>
            <source>Feeds are at /providers/&lt;id&gt;.ics</source>
            <translation>Los calendarios están en /providers/&lt;id&gt;.ics</translation>
        </message>
        <message>
            <source>The feed failed.</source>
            <translation>No se pudo generar el calendario.</translation>
        </message>
    </context>
    <context>
        <name>mllp</name>
        <message>
            <source>cannot connect: {reason}</source>
            <translation>no se puede conectar: {reason}</translation>
        </message>
        <message>
            <source>no ACK within {seconds:g} s</source>
            <translation>ningún ACK en {seconds:g} s</translation>
        </message>
        <message>
            <source>no connection within {seconds:g} s</source>
            <translation>sin conexión en {seconds:g} s</translation>
        </message>
        <message>
            <source>the ACK answers message {answered!r}, not {control_id!r}</source>
            <translation>el ACK responde al mensaje {answered!r}, no a {control_id!r}</translation>
        </message>
        <message>
            <source>the ACK's code {code!r} is not AA, AE or AR</source>
            <translation>el código del ACK {code!r} no es AA, AE ni AR</translation>
        </message>
        <message>
            <source>the answer is larger than any ACK</source>
            <translation>la respuesta es mayor que cualquier ACK</translation>
        </message>
        <message>
            <source>the answer is not an ACK ({reason})</source>
            <translation>la respuesta no es un ACK ({reason})</translation>
        </message>
        <message>
            <source>the answer is not an HL7 message</source>
            <translation>la respuesta no es un mensaje HL7</translation>
        </message>
        <message>
            <source>the answer is not an MLLP block (garbage on the line)</source>
            <translation>la respuesta no es un bloque MLLP (basura en la línea)</translation>
        </message>
        <message>
            <source>the connection closed before a whole ACK came back</source>
            <translation>la conexión se cerró antes de recibir un ACK completo</translation>
        </message>
        <message>
            <source>the connection closed before a whole ACK came back ({reason})</source>
            <translation>la conexión se cerró antes de recibir un ACK completo ({reason})</translation>
        </message>
        <message>
            <source>the connection failed: {reason}</source>
            <translation>la conexión falló: {reason}</translation>
        </message>
        <message>
            <source>{host!r} is not a host name</source>
            <translation>{host!r} no es un nombre de host</translation>
        </message>
        <message>
            <source>{text!r} is not host:port (for example ehr.local:2575)</source>
            <translation>{text!r} no es host:puerto (por ejemplo ehr.local:2575)</translation>
        </message>
    </context>
    <context>
        <name>no-show risk</name>
        <message>
            <source>No-show risk {percent}</source>
            <translation>Riesgo de inasistencia {percent}</translation>
        </message>
    </context>
    <context>
        <name>print_preview</name>
        <message>
            <source>Print - {title}</source>
            <translation>Imprimir - {title}</translation>
        </message>
    </context>
    <context>
        <name>printed sheets</name>
        <message>
            <source>Confidential patient information: keep out of public view, shred after use.</source>
            <translation>Información confidencial de pacientes: no dejar a la vista, destruir tras su uso.</translation>
        </message>
        <message>
            <source>Page {number} of {total}</source>
            <translation>Página {number} de {total}</translation>
        </message>
    </context>
</TS>
