<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
    <context>
        <name> rows</name>
        <message>
            <source>The {what} no longer exists.</source>
            <translation>{what} ya no existe.</translation>
        </message>
    </context>
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
        <name>ImportDialog</name>
        <message>
            <source>&amp;Columns</source>
            <translation>C&amp;olumnas</translation>
        </message>
        <message>
            <source>&amp;Duplicates</source>
            <translation>D&amp;uplicados</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Vista previa</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>De&amp;tener</translation>
        </message>
        <message>
            <source>(not used)</source>
            <translation>(sin usar)</translation>
        </message>
        <message>
            <source>A CSV file, a folder of CSV files, or a FHIR file</source>
            <translation>Un archivo CSV, una carpeta de archivos CSV o un archivo FHIR</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Nacimiento</translation>
        </message>
        <message>
            <source>CSV or FHIR (*.csv *.txt *.tsv *.json *.ndjson *.jsonl)</source>
            <translation>CSV o FHIR (*.csv *.txt *.tsv *.json *.ndjson *.jsonl)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>Choice</source>
            <translation>Elección</translation>
        </message>
        <message>
            <source>Choice for {name}</source>
            <translation>Elección para {name}</translation>
        </message>
        <message>
            <source>Choose &amp;file…</source>
            <translation>Elegir &amp;archivo…</translation>
        </message>
        <message>
            <source>Choose f&amp;older…</source>
            <translation>Elegir &amp;carpeta…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Column for {field} in {file}</source>
            <translation>Columna para {field} en {file}</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Columna del archivo</translation>
        </message>
        <message>
            <source>Columns found</source>
            <translation>Columnas encontradas</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>File or folder to import</source>
            <translation>Archivo o carpeta para importar</translation>
        </message>
        <message>
            <source>Fro&amp;m:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Contiene</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importación</translation>
        </message>
        <message>
            <source>Import a file</source>
            <translation>Importar un archivo</translation>
        </message>
        <message>
            <source>Import a folder of CSV files</source>
            <translation>Importar una carpeta de archivos CSV</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progreso de la importación</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>Resumen de la importación</translation>
        </message>
        <message>
            <source>Imported: {added}.</source>
            <translation>Importado: {added}.</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Conservar ambos</translation>
        </message>
        <message>
            <source>May already be</source>
            <translation>Quizá ya es</translation>
        </message>
        <message>
            <source>Merge, keep details on file</source>
            <translation>Fusionar, conservar los datos registrados</translation>
        </message>
        <message>
            <source>Merge, take the file's details</source>
            <translation>Fusionar, tomar los datos del archivo</translation>
        </message>
        <message>
            <source>Not CSV, left out: {names}.</source>
            <translation>No es CSV, omitido: {names}.</translation>
        </message>
        <message>
            <source>Nothing is written until you press Import after a preview.</source>
            <translation>No se guarda nada hasta que pulse Importar tras una vista previa.</translation>
        </message>
        <message>
            <source>Patient in the file</source>
            <translation>Paciente del archivo</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Posibles duplicados</translation>
        </message>
        <message>
            <source>Pro&amp;blems</source>
            <translation>Pro&amp;blemas</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Problems by row</source>
            <translation>Problemas por fila</translation>
        </message>
        <message numerus="yes">
            <source>Problems in %n row(s) or file(s); nothing can be imported until they are fixed (see Problems).</source>
            <translation>
                <numerusform>Problemas en %n fila o archivo; no se puede importar nada hasta corregirlos (ver Problemas).</numerusform>
                <numerusform>Problemas en %n filas o archivos; no se puede importar nada hasta corregirlos (ver Problemas).</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Leyendo…</translation>
        </message>
        <message>
            <source>Ready to import: {added}. Nothing is written yet.</source>
            <translation>Listo para importar: {added}. Aún no se ha guardado nada.</translation>
        </message>
        <message>
            <source>Skip this row</source>
            <translation>Omitir esta fila</translation>
        </message>
        <message>
            <source>The columns changed since the preview: preview again.</source>
            <translation>Las columnas cambiaron desde la vista previa: vuelva a verla.</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>kept, but overlaps another visit of its provider</source>
            <translation>conservada, pero se solapa con otra cita de su profesional</translation>
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
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
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
            <source>Re&amp;call</source>
            <translation>Re&amp;citación</translation>
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
            <source>%n missed</source>
            <translation>
                <numerusform>%n perdida</numerusform>
                <numerusform>%n perdidas</numerusform>
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
            <source>Last 12 months: {missed} of {visits} missed ({rate}).</source>
            <translation>Últimos 12 meses: {missed} de {visits} perdidas ({rate}).</translation>
        </message>
        <message>
            <source>Next visit {day} {time}: {percent} no-show risk</source>
            <translation>Próxima cita {day} {time}: {percent} de riesgo de ausencia</translation>
        </message>
        <message>
            <source>No upcoming visit to score.</source>
            <translation>No hay próxima cita que puntuar.</translation>
        </message>
        <message>
            <source>No visit in the last 12 months.</source>
            <translation>Ninguna cita en los últimos 12 meses.</translation>
        </message>
        <message>
            <source>No-show history</source>
            <translation>Historial de ausencias</translation>
        </message>
        <message numerus="yes">
            <source>No-show history: %n past visit(s) with an outcome</source>
            <translation>
                <numerusform>Ausencias: %n cita pasada con resultado</numerusform>
                <numerusform>Ausencias: %n citas pasadas con resultado</numerusform>
            </translation>
        </message>
        <message>
            <source>No-show history: no past or upcoming visit.</source>
            <translation>Ausencias: ninguna cita pasada ni próxima.</translation>
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
            <source>The score helps plan calls and reminders; it never limits care.</source>
            <translation>La puntuación ayuda a planificar llamadas y recordatorios; nunca limita la atención.</translation>
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
        <name>RecallsView</name>
        <message>
            <source>&amp;Include patients hidden after a call</source>
            <translation>&amp;Incluir pacientes ocultos tras una llamada</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Mostrar:</translation>
        </message>
        <message>
            <source>&amp;Update list</source>
            <translation>Act&amp;ualizar lista</translation>
        </message>
        <message>
            <source>Attempt {count} recorded for {name}.</source>
            <translation>Intento {count} registrado para {name}.</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Intentos</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>Due by the end of this month</source>
            <translation>Vencen antes de fin de mes</translation>
        </message>
        <message>
            <source>Due in the next 30 days</source>
            <translation>Vencen en los próximos 30 días</translation>
        </message>
        <message>
            <source>Due in the next 90 days</source>
            <translation>Vencen en los próximos 90 días</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xportar CSV…</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Exportar CSV</translation>
        </message>
        <message>
            <source>Hidden until</source>
            <translation>Oculto hasta</translation>
        </message>
        <message>
            <source>Last attempt</source>
            <translation>Último intento</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <source>Patients due for recall</source>
            <translation>Pacientes pendientes de recitación</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>Recitación</translation>
        </message>
        <message>
            <source>Record a&amp;ttempt</source>
            <translation>Regis&amp;trar intento</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Guardar como PDF</translation>
        </message>
        <message>
            <source>Save for pri&amp;nting (PDF)…</source>
            <translation>Guardar para impri&amp;mir (PDF)…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Guardado: {path}</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Which recalls</source>
            <translation>Qué recitaciones</translation>
        </message>
        <message>
            <source>due</source>
            <translation>vence</translation>
        </message>
        <message>
            <source>no phone on file</source>
            <translation>sin teléfono</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>vencido</translation>
        </message>
        <message>
            <source>{count} due by {day}, {overdue} overdue.</source>
            <translation>{count} vencen antes del {day}, {overdue} vencidos.</translation>
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
            <source>Pr&amp;int list…</source>
            <translation>&amp;Imprimir lista…</translation>
        </message>
        <message>
            <source>Preview, print or save the visits to confirm as a PDF</source>
            <translation>Ver, imprimir o guardar como PDF las citas por confirmar</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
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
            <source>Visits to confirm from {day}</source>
            <translation>Citas por confirmar desde {day}</translation>
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
        <name>accounts</name>
        <message>
            <source>A provider account must be linked to a provider (--provider).</source>
            <translation>Una cuenta de profesional debe estar vinculada a un profesional (--provider).</translation>
        </message>
        <message>
            <source>A provider account must be linked to a provider.</source>
            <translation>Una cuenta de profesional debe estar vinculada a un profesional.</translation>
        </message>
        <message>
            <source>A user name is 2 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit (for example 'j.lee'). Each person gets their own.</source>
            <translation>Un nombre de usuario tiene de 2 a 64 letras, cifras, puntos, guiones o guiones bajos, y empieza por una letra o cifra (por ejemplo 'j.lee'). Cada persona tiene el suyo.</translation>
        </message>
        <message>
            <source>The current password is wrong; nothing was changed.</source>
            <translation>La contraseña actual es incorrecta; no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>The user name {name!r} is already taken.</source>
            <translation>El nombre de usuario {name!r} ya está en uso.</translation>
        </message>
        <message>
            <source>There is no provider with id {link}.</source>
            <translation>No hay ningún profesional con el id {link}.</translation>
        </message>
        <message>
            <source>There is no provider with id {provider_id}.</source>
            <translation>No hay ningún profesional con el id {provider_id}.</translation>
        </message>
        <message>
            <source>There is no user named {normalize_username!r}.</source>
            <translation>No hay ningún usuario llamado {normalize_username!r}.</translation>
        </message>
        <message>
            <source>This clinic already has user accounts; an administrator adds new ones.</source>
            <translation>Esta clínica ya tiene cuentas de usuario; las nuevas las crea un administrador.</translation>
        </message>
        <message>
            <source>Unknown role {role!r}; choose one of: {known}.</source>
            <translation>Rol desconocido {role!r}; elija uno de: {known}.</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>No puede desactivar su propia cuenta.</translation>
        </message>
        <message>
            <source>{username} is the only active administrator; add another one first.</source>
            <translation>{username} es el único administrador activo; añada otro primero.</translation>
        </message>
    </context>
    <context>
        <name>appointment changes</name>
        <message>
            <source>Give a reason for the cancellation.</source>
            <translation>Indique un motivo para la cancelación.</translation>
        </message>
        <message>
            <source>Only booked or confirmed appointments can be moved; this one is {status}.</source>
            <translation>Solo se pueden mover citas reservadas o confirmadas; esta está {status}.</translation>
        </message>
        <message>
            <source>This appointment's type is no longer offered; book a new one.</source>
            <translation>Este tipo de cita ya no se ofrece; reserve una nueva.</translation>
        </message>
        <message>
            <source>To cancel, give a reason and who cancelled (use cancel).</source>
            <translation>Para cancelar, indique un motivo y quién canceló (use cancel).</translation>
        </message>
    </context>
    <context>
        <name>appointment length</name>
        <message>
            <source>An appointment lasts at least {MIN_MINUTES} minutes.</source>
            <translation>Una cita dura al menos {MIN_MINUTES} minutos.</translation>
        </message>
        <message>
            <source>Only booked or confirmed appointments can be changed; this one is {status}.</source>
            <translation>Solo se pueden cambiar citas reservadas o confirmadas; esta está {status}.</translation>
        </message>
    </context>
    <context>
        <name>audit command</name>
        <message>
            <source>--{what} {text!r} is not an ISO date or date-time.</source>
            <translation>--{what} {text!r} no es una fecha ni fecha y hora ISO.</translation>
        </message>
        <message>
            <source>No audit rows match.</source>
            <translation>Ninguna fila de auditoría coincide.</translation>
        </message>
        <message>
            <source>at (UTC)</source>
            <translation>a las (UTC)</translation>
        </message>
        <message>
            <source>clinicdesk: {describe}</source>
            <translation>clinicdesk: {describe}</translation>
        </message>
        <message>
            <source>event</source>
            <translation>evento</translation>
        </message>
        <message>
            <source>fields</source>
            <translation>campos</translation>
        </message>
        <message>
            <source>object</source>
            <translation>objeto</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>resultado</translation>
        </message>
        <message>
            <source>role</source>
            <translation>rol</translation>
        </message>
        <message>
            <source>seq</source>
            <translation>n.º</translation>
        </message>
        <message>
            <source>user</source>
            <translation>usuario</translation>
        </message>
        <message>
            <source>workstation</source>
            <translation>puesto</translation>
        </message>
    </context>
    <context>
        <name>audit keys</name>
        <message>
            <source>This computer has no record of the audit trail's key for this clinic. Enter the recovery key from the printed recovery sheet (clinicdesk unlock).</source>
            <translation>Este ordenador no tiene constancia de la clave del registro de auditoría de esta clínica. Introduzca la clave de recuperación de la hoja impresa (clinicdesk unlock).</translation>
        </message>
    </context>
    <context>
        <name>backup</name>
        <message>
            <source>No key is known for this backup on this computer: give the recovery key.</source>
            <translation>Este ordenador no conoce ninguna clave para esta copia: indique la clave de recuperación.</translation>
        </message>
        <message>
            <source>The backup could not be written to {folder}: {describe}. Nothing was changed in the clinic data.</source>
            <translation>No se pudo escribir la copia en {folder}: {describe}. No se cambió nada en los datos de la clínica.</translation>
        </message>
        <message>
            <source>The backup folder {folder} cannot be used ({strerror}).</source>
            <translation>No se puede usar la carpeta de copias {folder} ({strerror}).</translation>
        </message>
        <message>
            <source>This computer does not hold the audit trail's key for that backup: restore it with --recovery-key (the recovery key printed for that clinic). Nothing was changed.</source>
            <translation>Este ordenador no tiene la clave del registro de auditoría de esa copia: restáurela con --recovery-key (la clave de recuperación impresa para esa clínica). No se cambió nada.</translation>
        </message>
        <message>
            <source>{name} could not be opened with this clinic's key or the recovery key given. It may belong to another clinic, or to a time before the key was changed (then use the recovery key printed at that time).</source>
            <translation>{name} no se pudo abrir con la clave de esta clínica ni con la clave de recuperación indicada. Puede ser de otra clínica o de antes de cambiar la clave (use entonces la clave de recuperación impresa en ese momento).</translation>
        </message>
        <message numerus="yes">
            <source>{name} is damaged (%n problem(s) found by the integrity check); do not restore it. Try an older backup.</source>
            <translation>
                <numerusform>{name} está dañada (%n problema encontrado por la comprobación de integridad); no la restaure. Pruebe una copia más antigua.</numerusform>
                <numerusform>{name} está dañada (%n problemas encontrados por la comprobación de integridad); no la restaure. Pruebe una copia más antigua.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is damaged ({exc}); do not restore it.</source>
            <translation>{name} está dañada ({exc}); no la restaure.</translation>
        </message>
        <message>
            <source>{name} is not a clinicdesk backup (no clinic data).</source>
            <translation>{name} no es una copia de clinicdesk (sin datos de clínica).</translation>
        </message>
        <message>
            <source>{name} is not a clinicdesk backup (no store id or schema).</source>
            <translation>{name} no es una copia de clinicdesk (sin id de almacén ni esquema).</translation>
        </message>
        <message>
            <source>{name} is not a usable clinicdesk backup: {message}</source>
            <translation>{name} no es una copia de clinicdesk utilizable: {message}</translation>
        </message>
        <message>
            <source>{name} was made by a newer clinicdesk (schema {revision}); install the latest clinicdesk to restore it.</source>
            <translation>{name} se hizo con un clinicdesk más nuevo (esquema {revision}); instale el clinicdesk más reciente para restaurarla.</translation>
        </message>
    </context>
    <context>
        <name>backup command</name>
        <message>
            <source>
The clinic data it replaced is kept as {previous_store}.</source>
            <translation>
Los datos de la clínica sustituidos se conservan como {previous_store}.</translation>
        </message>
        <message>
            <source>--keep must be at least 1.</source>
            <translation>--keep debe ser al menos 1.</translation>
        </message>
        <message>
            <source>Backup checks out: {human}</source>
            <translation>La copia de seguridad es correcta: {human}</translation>
        </message>
        <message>
            <source>Backup written and checked: {human}</source>
            <translation>Copia de seguridad escrita y comprobada: {human}</translation>
        </message>
        <message>
            <source>No backups in {folder}.</source>
            <translation>No hay copias de seguridad en {folder}.</translation>
        </message>
        <message>
            <source>Recovery key: </source>
            <translation>Clave de recuperación: </translation>
        </message>
        <message>
            <source>Restored from {human}{kept}</source>
            <translation>Restaurado desde {human}{kept}</translation>
        </message>
        <message>
            <source>The clinic data has a new key. NEW RECOVERY KEY:

    {recovery_key}

Print it and keep it safe; the old recovery key no longer opens the clinic data (it still opens backups made before today).</source>
            <translation>Los datos de la clínica tienen una clave nueva. NUEVA CLAVE DE RECUPERACIÓN:

    {recovery_key}

Imprímala y guárdela en lugar seguro; la clave de recuperación anterior ya no abre los datos de la clínica (sí abre las copias hechas antes de hoy).</translation>
        </message>
        <message>
            <source>There is no clinic here: give the backup's --recovery-key.</source>
            <translation>Aquí no hay ninguna clínica: indique la --recovery-key de la copia.</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>copia</translation>
        </message>
        <message>
            <source>size</source>
            <translation>tamaño</translation>
        </message>
        <message>
            <source>{path}
  checks out: taken {taken_at:%Y-%m-%d %H:%M} UTC, {value} KiB, schema {schema_revision}</source>
            <translation>{path}
  correcta: hecha {taken_at:%Y-%m-%d %H:%M} UTC, {value} KiB, esquema {schema_revision}</translation>
        </message>
        <message>
            <source>{reason}Restoring needs a signed-in user allowed to restore (--user), or the recovery key from the recovery sheet (--recovery-key or {RECOVERY_KEY_ENV}).</source>
            <translation>{reason}Para restaurar hace falta un usuario con sesión y permiso para restaurar (--user), o la clave de recuperación de la hoja de recuperación (--recovery-key o {RECOVERY_KEY_ENV}).</translation>
        </message>
    </context>
    <context>
        <name>booking</name>
        <message numerus="yes">
            <source>No free {name} slot in the next %n day(s) for {urgency} care; add the patient to the waitlist.</source>
            <translation>
                <numerusform>No hay hueco libre de {name} en el próximo %n día para atención {urgency}; añada al paciente a la lista de espera.</numerusform>
                <numerusform>No hay hueco libre de {name} en los próximos %n días para atención {urgency}; añada al paciente a la lista de espera.</numerusform>
            </translation>
        </message>
        <message>
            <source>That provider does not exist or was removed.</source>
            <translation>Ese profesional no existe o fue eliminado.</translation>
        </message>
    </context>
    <context>
        <name>bootstrap</name>
        <message>
            <source>A user name is one word of at most {MAX_USERNAME_LENGTH} characters, without spaces.</source>
            <translation>Un nombre de usuario es una palabra de como máximo {MAX_USERNAME_LENGTH} caracteres, sin espacios.</translation>
        </message>
        <message>
            <source>Give the administrator a user name.</source>
            <translation>Dé un nombre de usuario al administrador.</translation>
        </message>
        <message>
            <source>Give the clinic a name.</source>
            <translation>Dé un nombre a la clínica.</translation>
        </message>
        <message>
            <source>Give the clinic's time zone, e.g. Europe/London.</source>
            <translation>Indique la zona horaria de la clínica, p. ej. Europe/Madrid.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong recovery keys were typed on this computer. Wait %n minute(s) and try again; every try is kept in the audit trail.</source>
            <translation>
                <numerusform>Se han escrito demasiadas claves de recuperación incorrectas en este ordenador. Espere %n minuto e inténtelo de nuevo; cada intento queda en el registro de auditoría.</numerusform>
                <numerusform>Se han escrito demasiadas claves de recuperación incorrectas en este ordenador. Espere %n minutos e inténtelo de nuevo; cada intento queda en el registro de auditoría.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>bulk</name>
        <message>
            <source>Another PC sent its clinic to the sync server first; clinics are never mixed. Join this PC from an empty data folder instead.</source>
            <translation>Otro PC envió antes su clínica al servidor de sincronización; las clínicas nunca se mezclan. Una este PC desde una carpeta de datos vacía.</translation>
        </message>
        <message>
            <source>The clinic did not reach the server whole; the next sync sends it again.</source>
            <translation>La clínica no llegó completa al servidor; la próxima sincronización la vuelve a enviar.</translation>
        </message>
    </context>
    <context>
        <name>bumping</name>
        <message>
            <source>A bump plan is only for urgent or emergency patients.</source>
            <translation>Un plan de desplazamiento es solo para pacientes urgentes o de emergencia.</translation>
        </message>
    </context>
    <context>
        <name>calendar exchange</name>
        <message>
            <source>Choose at most {limit} days.</source>
            <translation>Elija como máximo {limit} días.</translation>
        </message>
        <message>
            <source>The last day ({last}) is before the first ({first}).</source>
            <translation>El último día ({last}) es anterior al primero ({first}).</translation>
        </message>
    </context>
    <context>
        <name>call list</name>
        <message numerus="yes">
            <source>%n patient(s) to call</source>
            <translation>
                <numerusform>%n paciente por llamar</numerusform>
                <numerusform>%n pacientes por llamar</numerusform>
            </translation>
        </message>
        <message>
            <source>(unknown patient)</source>
            <translation>(paciente desconocido)</translation>
        </message>
        <message>
            <source>Already rebooked</source>
            <translation>Ya reservado de nuevo</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Nacido</translation>
        </message>
        <message>
            <source>Call list {date}</source>
            <translation>Lista de llamadas {date}</translation>
        </message>
        <message>
            <source>Called</source>
            <translation>Llamado</translation>
        </message>
        <message>
            <source>Cancelled by patient</source>
            <translation>Cancelada por el paciente</translation>
        </message>
        <message>
            <source>Cancelled by patient (late)</source>
            <translation>Cancelada por el paciente (tarde)</translation>
        </message>
        <message>
            <source>Cancelled by the clinic</source>
            <translation>Cancelada por la clínica</translation>
        </message>
        <message>
            <source>Missed appointment</source>
            <translation>Cita perdida</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>No se presentó</translation>
        </message>
        <message>
            <source>No-show and cancellation call list</source>
            <translation>Lista de llamadas por ausencias y cancelaciones</translation>
        </message>
        <message>
            <source>Nobody to call.</source>
            <translation>Nadie a quien llamar.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
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
            <source>Provider / type</source>
            <translation>Profesional / tipo</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué pasó</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} al {last}</translation>
        </message>
    </context>
    <context>
        <name>catalog</name>
        <message>
            <source>A late cancellation is counted within 0 to 336 hours.</source>
            <translation>Una cancelación tardía se cuenta entre 0 y 336 horas.</translation>
        </message>
        <message>
            <source>An appointment lasts 1 to {MAX_APPOINTMENT_MINUTES} minutes (got {minutes}).</source>
            <translation>Una cita dura de 1 a {MAX_APPOINTMENT_MINUTES} minutos (se indicó {minutes}).</translation>
        </message>
        <message>
            <source>Opening hours are given for weekdays 0 (Mon) to 6 (Sun).</source>
            <translation>El horario se da para los días 0 (lun) a 6 (dom).</translation>
        </message>
        <message>
            <source>The booking grid is one of {allowed} minutes.</source>
            <translation>La cuadrícula de reservas es una de {allowed} minutos.</translation>
        </message>
        <message>
            <source>There is already an appointment type '{strip}'.</source>
            <translation>Ya existe un tipo de cita '{strip}'.</translation>
        </message>
    </context>
    <context>
        <name>catalog command</name>
        <message>
            <source>Added appointment type {name} ({duration_minutes} min): {id}</source>
            <translation>Tipo de cita {name} ({duration_minutes} min) añadido: {id}</translation>
        </message>
        <message>
            <source>Added room {name} ({kind}): {id}</source>
            <translation>Sala {name} ({kind}) añadida: {id}</translation>
        </message>
        <message>
            <source>No appointment types yet.</source>
            <translation>Aún no hay tipos de cita.</translation>
        </message>
        <message>
            <source>No rooms yet.</source>
            <translation>Aún no hay salas.</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>clase</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
    </context>
    <context>
        <name>changes</name>
        <message>
            <source>Colour '{value}' is not a colour like #4C78A8.</source>
            <translation>El color '{value}' no es un color como #4C78A8.</translation>
        </message>
        <message>
            <source>Enter the {what}.</source>
            <translation>Introduzca {what}.</translation>
        </message>
    </context>
    <context>
        <name>client</name>
        <message>
            <source>This PC already holds its own clinic data and the server already holds a clinic; they are never mixed. To add this PC, join from an empty data folder: clinicdesk --data-dir NEW_FOLDER sync join --url ...</source>
            <translation>Este PC ya tiene sus propios datos de clínica y el servidor ya tiene una clínica; nunca se mezclan. Para añadir este PC, únalo desde una carpeta de datos vacía: clinicdesk --data-dir NEW_FOLDER sync join --url ...</translation>
        </message>
        <message>
            <source>This PC has not joined a sync server: run 'clinicdesk sync join --url ...'.</source>
            <translation>Este PC no se ha unido a un servidor de sincronización: ejecute 'clinicdesk sync join --url ...'.</translation>
        </message>
    </context>
    <context>
        <name>clinic time</name>
        <message>
            <source>'{name}' is not a known time zone; use a name like Europe/London.</source>
            <translation>'{name}' no es una zona horaria conocida; use un nombre como Europe/Madrid.</translation>
        </message>
        <message>
            <source>{wall:%H:%M} on {day:%Y-%m-%d} does not exist in {key}: the clocks go forward from {jump_from:%H:%M} to {jump_to:%H:%M}. Choose a time from {jump_to:%H:%M}.</source>
            <translation>Las {wall:%H:%M} del {day:%Y-%m-%d} no existen en {key}: los relojes se adelantan de {jump_from:%H:%M} a {jump_to:%H:%M}. Elija una hora a partir de las {jump_to:%H:%M}.</translation>
        </message>
    </context>
    <context>
        <name>clinical notes</name>
        <message>
            <source>Notes are limited to {MAX_NOTES_CHARACTERS:,} characters; these have {count:,}.</source>
            <translation>Las notas tienen un límite de {MAX_NOTES_CHARACTERS:,} caracteres; estas tienen {count:,}.</translation>
        </message>
    </context>
    <context>
        <name>command line</name>
        <message>
            <source>clinicdesk {command}: choose one of its sub-commands (see 'clinicdesk {command} --help')</source>
            <translation>clinicdesk {command}: elija uno de sus subcomandos (vea 'clinicdesk {command} --help')</translation>
        </message>
        <message>
            <source>clinicdesk: internal error: {describe_exception}; {detail}</source>
            <translation>clinicdesk: error interno: {describe_exception}; {detail}</translation>
        </message>
        <message>
            <source>clinicdesk: interrupted</source>
            <translation>clinicdesk: interrumpido</translation>
        </message>
        <message>
            <source>clinicdesk: no display found; use the command line instead (try 'clinicdesk --help'), or set QT_QPA_PLATFORM.</source>
            <translation>clinicdesk: no se encontró pantalla; use la línea de comandos (pruebe 'clinicdesk --help') o defina QT_QPA_PLATFORM.</translation>
        </message>
        <message>
            <source>clinicdesk: {broken} is not valid text (UTF-8); retype it.</source>
            <translation>clinicdesk: {broken} no es texto válido (UTF-8); vuelva a escribirlo.</translation>
        </message>
        <message>
            <source>clinicdesk: {message}</source>
            <translation>clinicdesk: {message}</translation>
        </message>
        <message>
            <source>could not write the crash log ({strerror})</source>
            <translation>no se pudo escribir el registro de fallos ({strerror})</translation>
        </message>
        <message>
            <source>details in {log}</source>
            <translation>detalles en {log}</translation>
        </message>
    </context>
    <context>
        <name>confirm_sheet</name>
        <message numerus="yes">
            <source>%n visit(s) to confirm</source>
            <translation>
                <numerusform>%n cita por confirmar</numerusform>
                <numerusform>%n citas por confirmar</numerusform>
            </translation>
        </message>
        <message>
            <source>Called</source>
            <translation>Llamado</translation>
        </message>
        <message>
            <source>Every visit is confirmed.</source>
            <translation>Todas las citas están confirmadas.</translation>
        </message>
        <message>
            <source>No-shows</source>
            <translation>Ausencias</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
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
            <source>Printed {when}</source>
            <translation>Impreso {when}</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Cita</translation>
        </message>
        <message>
            <source>Visits to confirm</source>
            <translation>Citas por confirmar</translation>
        </message>
        <message>
            <source>no phone on file</source>
            <translation>sin teléfono</translation>
        </message>
        <message>
            <source>not confirmed</source>
            <translation>sin confirmar</translation>
        </message>
        <message>
            <source>unclear reply</source>
            <translation>respuesta confusa</translation>
        </message>
    </context>
    <context>
        <name>connection</name>
        <message>
            <source>The connection to the sync server was lost while {what} ({reason}). Changes stay on this PC and are sent at the next sync.</source>
            <translation>Se perdió la conexión con el servidor de sincronización durante {what} ({reason}). Los cambios se quedan en este PC y se envían en la próxima sincronización.</translation>
        </message>
        <message>
            <source>The sync server cannot be reached ({reason}). Changes stay on this PC and are sent at the next sync.</source>
            <translation>No se puede contactar con el servidor de sincronización ({reason}). Los cambios se quedan en este PC y se envían en la próxima sincronización.</translation>
        </message>
        <message>
            <source>The sync server cannot be reached ({value}). Changes stay on this PC and are sent at the next sync.</source>
            <translation>No se puede contactar con el servidor de sincronización ({value}). Los cambios se quedan en este PC y se envían en la próxima sincronización.</translation>
        </message>
        <message>
            <source>The sync server stopped answering while {what} (gave up after {seconds:g} s). Changes stay on this PC and are sent at the next sync.</source>
            <translation>El servidor de sincronización dejó de responder durante {what} (se abandonó tras {seconds:g} s). Los cambios se quedan en este PC y se envían en la próxima sincronización.</translation>
        </message>
    </context>
    <context>
        <name>context command</name>
        <message>
            <source>New password: </source>
            <translation>Nueva contraseña: </translation>
        </message>
        <message>
            <source>No password: set {PASSWORD_ENV} or run the command in a terminal.</source>
            <translation>Sin contraseña: defina {PASSWORD_ENV} o ejecute el comando en un terminal.</translation>
        </message>
        <message>
            <source>Say who you are: add --user NAME or set {USER_ENV}.</source>
            <translation>Diga quién es: añada --user NOMBRE o defina {USER_ENV}.</translation>
        </message>
        <message>
            <source>The two passwords do not match; nothing was changed.</source>
            <translation>Las dos contraseñas no coinciden; no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>Type it again: </source>
            <translation>Escríbala de nuevo: </translation>
        </message>
        <message>
            <source>warning: {message}</source>
            <translation>aviso: {message}</translation>
        </message>
    </context>
    <context>
        <name>credentials</name>
        <message>
            <source>No {kind} password for {account} at {server} in this computer's keyring: store it with 'clinicdesk messages secret {kind}'.</source>
            <translation>No hay contraseña de {kind} para {account} en {server} en el llavero de este ordenador: guárdela con 'clinicdesk messages secret {kind}'.</translation>
        </message>
        <message>
            <source>That server address is not a PostgreSQL URL ({exc}).</source>
            <translation>Esa dirección de servidor no es una URL de PostgreSQL ({exc}).</translation>
        </message>
        <message>
            <source>The sync password could not be kept in this computer's keyring ({exc}).</source>
            <translation>No se pudo guardar la contraseña de sincronización en el llavero de este ordenador ({exc}).</translation>
        </message>
        <message>
            <source>The {kind} password could not be kept in this computer's keyring ({exc}).</source>
            <translation>No se pudo guardar la contraseña de {kind} en el llavero de este ordenador ({exc}).</translation>
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
            <source>{name} line {line_num}: cannot be read as CSV ({error}); a quote may be left open.</source>
            <translation>{name} línea {line_num}: no se puede leer como CSV ({error}); puede que falte cerrar unas comillas.</translation>
        </message>
        <message>
            <source>{name}: cannot tell from the header whether it holds patients, providers or appointments (columns: {join}); give a mapping file.</source>
            <translation>{name}: la cabecera no indica si contiene pacientes, profesionales o citas (columnas: {join}); indique un archivo de asignación.</translation>
        </message>
    </context>
    <context>
        <name>csv intake</name>
        <message>
            <source>Duplicates are skip, keep or merge, not {duplicates!r}.</source>
            <translation>Los duplicados son skip, keep o merge, no {duplicates!r}.</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation>Importación cancelada: no se importó nada.</translation>
        </message>
        <message>
            <source>The decision for {key!r} must be skip, keep or merge, or {{"action": "merge", "into": "&lt;patient id&gt;", "take": [fields]}} with fields among {join}.</source>
            <translation>La decisión para {key!r} debe ser skip, keep o merge, o {{"action": "merge", "into": "&lt;patient id&gt;", "take": [fields]}} con campos entre {join}.</translation>
        </message>
        <message>
            <source>The decisions file is not JSON: {error}.</source>
            <translation>El archivo de decisiones no es JSON: {error}.</translation>
        </message>
        <message>
            <source>The decisions file must look like {"row id": "merge"}.</source>
            <translation>El archivo de decisiones debe tener la forma {"row id": "merge"}.</translation>
        </message>
        <message>
            <source>The mapping file is not JSON: {error}.</source>
            <translation>El archivo de correspondencias no es JSON: {error}.</translation>
        </message>
        <message>
            <source>The mapping file must look like {"patients": {"given": "Forename"}}, with kinds patients, providers or appointments.</source>
            <translation>El archivo de correspondencias debe tener la forma {"patients": {"given": "Forename"}}, con las clases patients, providers o appointments.</translation>
        </message>
        <message>
            <source>{where}: the patient {into} to merge into is gone.</source>
            <translation>{where}: el paciente {into} en el que fusionar ya no existe.</translation>
        </message>
    </context>
    <context>
        <name>date policy</name>
        <message>
            <source>Date of birth {birth_date:%Y-%m-%d} is in the future.</source>
            <translation>La fecha de nacimiento {birth_date:%Y-%m-%d} está en el futuro.</translation>
        </message>
        <message>
            <source>Date of birth {birth_date:%Y-%m-%d} is too far in the past.</source>
            <translation>La fecha de nacimiento {birth_date:%Y-%m-%d} está demasiado en el pasado.</translation>
        </message>
        <message>
            <source>{what} {isoformat} is outside the dates clinicdesk works with ({clinic_range_text}).</source>
            <translation>{what} {isoformat} está fuera de las fechas con las que trabaja clinicdesk ({clinic_range_text}).</translation>
        </message>
    </context>
    <context>
        <name>dates</name>
        <message>
            <source>April</source>
            <translation>abril</translation>
        </message>
        <message>
            <source>August</source>
            <translation>agosto</translation>
        </message>
        <message>
            <source>December</source>
            <translation>diciembre</translation>
        </message>
        <message>
            <source>February</source>
            <translation>febrero</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>viernes</translation>
        </message>
        <message>
            <source>January</source>
            <translation>enero</translation>
        </message>
        <message>
            <source>July</source>
            <translation>julio</translation>
        </message>
        <message>
            <source>June</source>
            <translation>junio</translation>
        </message>
        <message>
            <source>March</source>
            <translation>marzo</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mayo</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>lunes</translation>
        </message>
        <message>
            <source>November</source>
            <translation>noviembre</translation>
        </message>
        <message>
            <source>October</source>
            <translation>octubre</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>sábado</translation>
        </message>
        <message>
            <source>September</source>
            <translation>septiembre</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>domingo</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>jueves</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>martes</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>miércoles</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation>{day} de {month} de {year}</translation>
        </message>
        <message>
            <source>{weekday} {day} {month}</source>
            <translation>{weekday}, {day} de {month}</translation>
        </message>
        <message>
            <source>{weekday} {day} {month} {year}</source>
            <translation>{weekday}, {day} de {month} de {year}</translation>
        </message>
    </context>
    <context>
        <name>day sheet</name>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n cita</numerusform>
                <numerusform>%n citas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n urgent</source>
            <translation>
                <numerusform>%n urgente</numerusform>
                <numerusform>%n urgentes</numerusform>
            </translation>
        </message>
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
            <source>Day sheet {date}</source>
            <translation>Hoja del día {date}</translation>
        </message>
        <message>
            <source>Day sheet · {date}</source>
            <translation>Hoja del día · {date}</translation>
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
            <source>No appointments booked.</source>
            <translation>No hay citas reservadas.</translation>
        </message>
        <message>
            <source>No providers</source>
            <translation>Sin profesionales</translation>
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
        <message>
            <source>nobody works or is booked this day</source>
            <translation>nadie trabaja ni tiene reservas este día</translation>
        </message>
        <message>
            <source>not working</source>
            <translation>no trabaja</translation>
        </message>
        <message>
            <source>working {hours}</source>
            <translation>trabaja {hours}</translation>
        </message>
    </context>
    <context>
        <name>demo</name>
        <message>
            <source>This clinic already has providers or patients; load the demo clinic into a new data folder (--data-dir) instead.</source>
            <translation>Esta clínica ya tiene profesionales o pacientes; cargue la clínica de demostración en una carpeta de datos nueva (--data-dir).</translation>
        </message>
        <message>
            <source>Unknown demo size {size!r}: use small, medium or large.</source>
            <translation>Tamaño de demostración desconocido {size!r}: use small, medium o large.</translation>
        </message>
    </context>
    <context>
        <name>demo command</name>
        <message>
            <source>  {patients:,} patients, {appointments:,} appointments from {first_day:%d/%m/%Y} to {last_day:%d/%m/%Y}</source>
            <translation>  {patients:,} pacientes, {appointments:,} citas del {first_day:%d/%m/%Y} al {last_day:%d/%m/%Y}</translation>
        </message>
        <message>
            <source>  {providers} providers, {rooms} rooms, {appointment_types} appointment types</source>
            <translation>  {providers} profesionales, {rooms} salas, {appointment_types} tipos de cita</translation>
        </message>
        <message>
            <source>Demo clinic loaded ({value}, seed {seed}) in {seconds} s:</source>
            <translation>Clínica de demostración cargada ({value}, semilla {seed}) en {seconds} s:</translation>
        </message>
        <message>
            <source>Its key is kept in this computer's keyring ({keyring}).</source>
            <translation>Su clave se guarda en el llavero de este ordenador ({keyring}).</translation>
        </message>
        <message>
            <source>Its key is kept in {where}, in plain text, because {why}. A real clinic (clinicdesk init) needs a keyring.</source>
            <translation>Su clave se guarda en texto plano en {where}, porque {why}. Una clínica real (clinicdesk init) necesita un llavero.</translation>
        </message>
        <message>
            <source>New store: {store_path}</source>
            <translation>Almacén nuevo: {store_path}</translation>
        </message>
        <message>
            <source>RECOVERY KEY:

    {recovery_key}

{warning}</source>
            <translation>CLAVE DE RECUPERACIÓN:

    {recovery_key}

{warning}</translation>
        </message>
        <message>
            <source>Sign in as admin, manager or reception with {password_note}.</source>
            <translation>Inicie sesión como admin, manager o reception con {password_note}.</translation>
        </message>
        <message>
            <source>the password in {PASSWORD_ENV}</source>
            <translation>la contraseña de {PASSWORD_ENV}</translation>
        </message>
        <message>
            <source>{problem}; a plain-text key file is acceptable for the synthetic demo clinic only</source>
            <translation>{problem}; un archivo de clave en texto plano solo es aceptable para la clínica de demostración ficticia</translation>
        </message>
    </context>
    <context>
        <name>displaced visits</name>
        <message>
            <source>A worklist holds at most {MAX_WORKLIST} visits.</source>
            <translation>Una lista de trabajo contiene como máximo {MAX_WORKLIST} visitas.</translation>
        </message>
        <message numerus="yes">
            <source>No free {name} time with {who} in the next %n day(s); ring the patient and choose a time in the booking dialog.</source>
            <translation>
                <numerusform>No hay tiempo libre de {name} con {who} en el próximo %n día; llame al paciente y elija una hora en el diálogo de reserva.</numerusform>
                <numerusform>No hay tiempo libre de {name} con {who} en los próximos %n días; llame al paciente y elija una hora en el diálogo de reserva.</numerusform>
            </translation>
        </message>
        <message>
            <source>This visit is {status}; there is nothing to rebook.</source>
            <translation>Esta visita está {status}; no hay nada que volver a reservar.</translation>
        </message>
    </context>
    <context>
        <name>email</name>
        <message>
            <source>E-mail is not set up: give smtp_host and smtp_from in the message settings.</source>
            <translation>El correo no está configurado: indique smtp_host y smtp_from en los ajustes de mensajes.</translation>
        </message>
        <message>
            <source>Reading the mailbox failed ({name}).</source>
            <translation>Falló la lectura del buzón ({name}).</translation>
        </message>
        <message>
            <source>SMTP security '{security}' is not one of {join}.</source>
            <translation>La seguridad SMTP '{security}' no es una de {join}.</translation>
        </message>
        <message>
            <source>The mail server answered {smtp_code}.</source>
            <translation>El servidor de correo respondió {smtp_code}.</translation>
        </message>
        <message>
            <source>The mail server could not be reached or dropped the line ({name}).</source>
            <translation>No se pudo contactar con el servidor de correo o cortó la conexión ({name}).</translation>
        </message>
        <message>
            <source>The mail server refused the address {address}.</source>
            <translation>El servidor de correo rechazó la dirección {address}.</translation>
        </message>
        <message>
            <source>The mail server refused the login; check smtp_user and its keyring password.</source>
            <translation>El servidor de correo rechazó el inicio de sesión; compruebe smtp_user y su contraseña del llavero.</translation>
        </message>
        <message>
            <source>The mailbox could not be read ({name}).</source>
            <translation>No se pudo leer el buzón ({name}).</translation>
        </message>
        <message>
            <source>The mailbox refused the search for new mail.</source>
            <translation>El buzón rechazó la búsqueda de correo nuevo.</translation>
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
        <name>fhir exchange</name>
        <message>
            <source>Export at most {limit} days at a time.</source>
            <translation>Exporte como máximo {limit} días a la vez.</translation>
        </message>
        <message>
            <source>Give the phone number patients call to book (--phone).</source>
            <translation>Indique el teléfono al que llaman los pacientes para reservar (--phone).</translation>
        </message>
        <message>
            <source>Publish between 1 and {MAX_PUBLISH_DAYS} days of slots.</source>
            <translation>Publique entre 1 y {MAX_PUBLISH_DAYS} días de huecos.</translation>
        </message>
        <message>
            <source>The base URL must start with https:// (or http://).</source>
            <translation>La URL base debe empezar por https:// (o http://).</translation>
        </message>
        <message>
            <source>The last day ({last}) is before the first ({first}).</source>
            <translation>El último día ({last}) es anterior al primero ({first}).</translation>
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
        <name>fhir intake</name>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation>Importación cancelada: no se importó nada.</translation>
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
        <name>finding</name>
        <message>
            <source>Ask for between 1 and {MAX_COUNT} slots.</source>
            <translation>Pida entre 1 y {MAX_COUNT} huecos.</translation>
        </message>
        <message>
            <source>No bookable provider gives {kind}.</source>
            <translation>Ningún profesional reservable ofrece {kind}.</translation>
        </message>
        <message>
            <source>No bookable {specialty} provider gives {kind}.</source>
            <translation>Ningún profesional reservable de {specialty} ofrece {kind}.</translation>
        </message>
        <message>
            <source>That provider is not bookable or does not give {kind}.</source>
            <translation>Ese profesional no es reservable o no ofrece {kind}.</translation>
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
            <source>HL7 version {version} is not one of {join}.</source>
            <translation>La versión HL7 {version} no es una de {join}.</translation>
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
        <message>
            <source>Use http://127.0.0.1:{port}/ for the feeds.</source>
            <translation>Use http://127.0.0.1:{port}/ para los calendarios.</translation>
        </message>
    </context>
    <context>
        <name>import files</name>
        <message>
            <source>Cannot read {path}: {value}.</source>
            <translation>No se puede leer {path}: {value}.</translation>
        </message>
        <message>
            <source>Choose a file or a folder to import.</source>
            <translation>Elija un archivo o una carpeta para importar.</translation>
        </message>
        <message>
            <source>The .csv files in {path} are larger than 2 GB together.</source>
            <translation>Los archivos .csv de {path} superan juntos los 2 GB.</translation>
        </message>
        <message>
            <source>{name} is neither a CSV file (.csv) nor FHIR (.json, .ndjson); choose one of those or a folder of CSV files.</source>
            <translation>{name} no es un archivo CSV (.csv) ni FHIR (.json, .ndjson); elija uno de esos o una carpeta de archivos CSV.</translation>
        </message>
        <message>
            <source>{path} holds no .csv file.</source>
            <translation>{path} no contiene ningún archivo .csv.</translation>
        </message>
    </context>
    <context>
        <name>interop command</name>
        <message>
            <source>  after death: {where}</source>
            <translation>  después del fallecimiento: {where}</translation>
        </message>
        <message>
            <source>  clash kept: {appointment_id} overlaps {join}</source>
            <translation>  conflicto conservado: {appointment_id} se solapa con {join}</translation>
        </message>
        <message>
            <source>  clash kept: {source}</source>
            <translation>  conflicto conservado: {source}</translation>
        </message>
        <message>
            <source>  clash kept: {source} overlaps {join}</source>
            <translation>  conflicto conservado: {source} se solapa con {join}</translation>
        </message>
        <message>
            <source>  possible duplicate {source} ({name}, {birth_date}){value}</source>
            <translation>  posible duplicado {source} ({name}, {birth_date}){value}</translation>
        </message>
        <message>
            <source>  possible duplicate {where} (row id {row}): {reason}; {decision}</source>
            <translation>  posible duplicado {where} (id de fila {row}): {reason}; {decision}</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) written to {file}</source>
            <translation>
                <numerusform>%n evento escrito en {file}</numerusform>
                <numerusform>%n eventos escritos en {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Busy times {first_day} to {last_day}: {verb} {new} time off, {known} already there; %n booking(s) now inside time off</source>
            <translation>
                <numerusform>Horas ocupadas del {first_day} al {last_day}: {verb} {new} ausencias, {known} ya existían; %n reserva queda ahora dentro de una ausencia</numerusform>
                <numerusform>Horas ocupadas del {first_day} al {last_day}: {verb} {new} ausencias, {known} ya existían; %n reservas quedan ahora dentro de una ausencia</numerusform>
            </translation>
        </message>
        <message>
            <source>CSV import {verb}: {summary}; already here: {summary2}</source>
            <translation>Importación CSV {verb}: {summary}; ya existían: {summary2}</translation>
        </message>
        <message>
            <source>CSV written to {folder}: {summary}</source>
            <translation>CSV escrito en {folder}: {summary}</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>No se puede leer {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot serve on {LOOPBACK}:{port}: {reason}.</source>
            <translation>No se puede servir en {LOOPBACK}:{port}: {reason}.</translation>
        </message>
        <message>
            <source>FHIR R4 written to {folder}: {summary}</source>
            <translation>FHIR R4 escrito en {folder}: {summary}</translation>
        </message>
        <message>
            <source>FHIR import {verb}: {summary}; already here: {summary2}</source>
            <translation>Importación FHIR {verb}: {summary}; ya existían: {summary2}</translation>
        </message>
        <message>
            <source>Give the name of a file to import.</source>
            <translation>Indique el nombre de un archivo para importar.</translation>
        </message>
        <message numerus="yes">
            <source>HL7 import {verb} %n message(s)</source>
            <translation>
                <numerusform>Importación HL7 {verb} %n mensaje</numerusform>
                <numerusform>Importación HL7 {verb} %n mensajes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing imported: %n message(s) cannot be used (first: message {number}: {reason}).</source>
            <translation>
                <numerusform>No se importó nada: %n mensaje no se puede usar (primero: mensaje {number}: {reason}).</numerusform>
                <numerusform>No se importó nada: %n mensajes no se pueden usar (primero: mensaje {number}: {reason}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing imported: %n resource(s) cannot be taken (first: {where}: {reason}).</source>
            <translation>
                <numerusform>No se importó nada: %n recurso no se puede tomar (primero: {where}: {reason}).</numerusform>
                <numerusform>No se importó nada: %n recursos no se pueden tomar (primero: {where}: {reason}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing imported: %n row(s) have problems (first: {where}: {reason}).</source>
            <translation>
                <numerusform>No se importó nada: %n fila tiene problemas (primera: {where}: {reason}).</numerusform>
                <numerusform>No se importó nada: %n filas tienen problemas (primera: {where}: {reason}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Serving calendars on {base} (this PC only) until Ctrl+C:</source>
            <translation>Sirviendo calendarios en {base} (solo este PC) hasta Ctrl+C:</translation>
        </message>
        <message>
            <source>Slots published to {folder}: {summary}</source>
            <translation>Huecos publicados en {folder}: {summary}</translation>
        </message>
        <message>
            <source>added</source>
            <translation>añadidas</translation>
        </message>
        <message>
            <source>applied</source>
            <translation>aplicados</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>importado</translation>
        </message>
        <message>
            <source>would add</source>
            <translation>se añadirían</translation>
        </message>
        <message>
            <source>would apply</source>
            <translation>se aplicarían</translation>
        </message>
        <message>
            <source>would import</source>
            <translation>se importaría</translation>
        </message>
        <message>
            <source>{given} holds no .csv file.</source>
            <translation>{given} no contiene ningún archivo .csv.</translation>
        </message>
        <message>
            <source>{path} is not a plain file.</source>
            <translation>{path} no es un archivo normal.</translation>
        </message>
        <message>
            <source>{path} is {st_size:,} bytes; at most {limit:,} can be imported at once.</source>
            <translation>{path} ocupa {st_size:,} bytes; como máximo se pueden importar {limit:,} a la vez.</translation>
        </message>
    </context>
    <context>
        <name>keys</name>
        <message>
            <source>The demo key file {path} is damaged. Enter the recovery key printed when the demo was made, or delete the data folder and run the demo again.</source>
            <translation>El archivo de clave de la demostración {path} está dañado. Introduzca la clave de recuperación impresa al crear la demostración, o borre la carpeta de datos y vuelva a ejecutar la demostración.</translation>
        </message>
        <message>
            <source>The keyring entry for the clinic data key is damaged. Enter the recovery key from the printed recovery sheet to unlock the clinic data.</source>
            <translation>La entrada del llavero de la clave de los datos de la clínica está dañada. Introduzca la clave de recuperación de la hoja impresa para desbloquear los datos.</translation>
        </message>
        <message>
            <source>no keyring service was found on this computer</source>
            <translation>no se encontró ningún servicio de llavero en este ordenador</translation>
        </message>
    </context>
    <context>
        <name>lifecycle</name>
        <message>
            <source>This computer has no record of the key for the clinic data ({STORE_INFO_FILE_NAME} is missing). Enter the recovery key from the printed recovery sheet to unlock it.</source>
            <translation>Este ordenador no tiene constancia de la clave de los datos de la clínica (falta {STORE_INFO_FILE_NAME}). Introduzca la clave de recuperación de la hoja impresa para desbloquearlos.</translation>
        </message>
    </context>
    <context>
        <name>lookups</name>
        <message>
            <source>More than one appointment type is called '{id_or_name}'; use its id.</source>
            <translation>Hay más de un tipo de cita llamado '{id_or_name}'; use su id.</translation>
        </message>
        <message>
            <source>No appointment type '{id_or_name}' (known types: {known}).</source>
            <translation>No hay tipo de cita '{id_or_name}' (tipos conocidos: {known}).</translation>
        </message>
        <message>
            <source>No appointment with id {appointment_id}.</source>
            <translation>No hay ninguna cita con el id {appointment_id}.</translation>
        </message>
        <message>
            <source>No patient with id {patient_id}.</source>
            <translation>No hay ningún paciente con el id {patient_id}.</translation>
        </message>
        <message>
            <source>No provider with id {provider_id}.</source>
            <translation>No hay ningún profesional con el id {provider_id}.</translation>
        </message>
        <message>
            <source>No room with id {room_id}.</source>
            <translation>No hay ninguna sala con el id {room_id}.</translation>
        </message>
        <message>
            <source>This store has no clinic set up yet; run 'clinicdesk init' first.</source>
            <translation>Este almacén aún no tiene ninguna clínica configurada; ejecute primero 'clinicdesk init'.</translation>
        </message>
    </context>
    <context>
        <name>message settings</name>
        <message>
            <source>'{text}' is not a number of days.</source>
            <translation>'{text}' no es un número de días.</translation>
        </message>
        <message>
            <source>'{text}' is not a port number.</source>
            <translation>'{text}' no es un número de puerto.</translation>
        </message>
        <message>
            <source>'{text}' is not yes or no.</source>
            <translation>'{text}' no es yes ni no.</translation>
        </message>
        <message>
            <source>Port {port} is outside 1 to 65535.</source>
            <translation>El puerto {port} está fuera de 1 a 65535.</translation>
        </message>
        <message>
            <source>Quiet hours '{text}' are not a range like 21:00-08:00.</source>
            <translation>Las horas de silencio '{text}' no son un rango como 21:00-08:00.</translation>
        </message>
        <message>
            <source>Reminder hours '{text}' are not whole hours like 48,2 (or none).</source>
            <translation>Las horas de recordatorio '{text}' no son horas enteras como 48,2 (o none).</translation>
        </message>
        <message>
            <source>The reminder horizon is 1 to 60 days.</source>
            <translation>El horizonte de recordatorios es de 1 a 60 días.</translation>
        </message>
        <message>
            <source>The {what} '{text}' is not a time like 21:00.</source>
            <translation>{what} '{text}' no es una hora como 21:00.</translation>
        </message>
        <message>
            <source>There is no message setting '{name}'; use one of {known}.</source>
            <translation>No existe el ajuste de mensajes '{name}'; use uno de {known}.</translation>
        </message>
        <message>
            <source>There is no template '{template}'; use one of {known}.</source>
            <translation>No existe la plantilla '{template}'; use una de {known}.</translation>
        </message>
        <message>
            <source>Type rules are JSON like {"type id": "48,2"}.</source>
            <translation>Las reglas por tipo son JSON como {"type id": "48,2"}.</translation>
        </message>
        <message>
            <source>Type rules are JSON like {"type id": "48,2"}; this is not JSON.</source>
            <translation>Las reglas por tipo son JSON como {"type id": "48,2"}; esto no es JSON.</translation>
        </message>
    </context>
    <context>
        <name>message templates</name>
        <message>
            <source>'{code}' is not a language code like de, fr or pt-BR (or empty for the clinic's language).</source>
            <translation>'{code}' no es un código de idioma como de, fr o pt-BR (o vacío para el idioma de la clínica).</translation>
        </message>
        <message>
            <source>A message template cannot be empty.</source>
            <translation>Una plantilla de mensaje no puede estar vacía.</translation>
        </message>
        <message>
            <source>A message template is at most {MAX_TEMPLATE_LENGTH} characters (this one has {count}).</source>
            <translation>Una plantilla de mensaje tiene como máximo {MAX_TEMPLATE_LENGTH} caracteres (esta tiene {count}).</translation>
        </message>
        <message>
            <source>No value for the placeholder {{{missing}}}.</source>
            <translation>No hay valor para el marcador {{{missing}}}.</translation>
        </message>
        <message>
            <source>The placeholder {{{field}}} is not a plain name like {{name}}.</source>
            <translation>El marcador {{{field}}} no es un nombre simple como {{name}}.</translation>
        </message>
        <message>
            <source>The template has an unmatched brace; write {{name}} for a placeholder and {{{{ or }}}} for a brace ({exc}).</source>
            <translation>La plantilla tiene una llave sin pareja; escriba {{name}} para un marcador y {{{{ o }}}} para una llave ({exc}).</translation>
        </message>
        <message>
            <source>The template names {reason}; messages do not say why a patient comes unless the clinic allows it in the message settings.</source>
            <translation>La plantilla nombra {reason}; los mensajes no dicen por qué viene un paciente salvo que la clínica lo permita en los ajustes de mensajes.</translation>
        </message>
        <message>
            <source>The template uses {{{name}}}, which is not a known placeholder; use {known}.</source>
            <translation>La plantilla usa {{{name}}}, que no es un marcador conocido; use {known}.</translation>
        </message>
        <message>
            <source>There is no message template called '{name}'.</source>
            <translation>No hay ninguna plantilla de mensaje llamada '{name}'.</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>No PC is chosen to send messages yet: set it with 'messages settings set {SENDING_WORKSTATION} NAME'.</source>
            <translation>Aún no se ha elegido un PC para enviar mensajes: defínalo con 'messages settings set {SENDING_WORKSTATION} NOMBRE'.</translation>
        </message>
        <message>
            <source>No appointment with id {appointment_id}.</source>
            <translation>No hay ninguna cita con el id {appointment_id}.</translation>
        </message>
        <message>
            <source>No reply with id {inbound_id}.</source>
            <translation>No hay ninguna respuesta con el id {inbound_id}.</translation>
        </message>
        <message>
            <source>Say which consent to record: --sms yes|no, --email yes|no (or --language CODE).</source>
            <translation>Diga qué consentimiento registrar: --sms yes|no, --email yes|no (o --language CÓDIGO).</translation>
        </message>
        <message>
            <source>The confirmation list covers 1 to {MAX_DAYS} working days.</source>
            <translation>La lista de confirmación abarca de 1 a {MAX_DAYS} días laborables.</translation>
        </message>
        <message>
            <source>The message names a time that is not a time.</source>
            <translation>El mensaje indica una hora que no es una hora.</translation>
        </message>
        <message>
            <source>The visit this message names no longer exists.</source>
            <translation>La visita que indica este mensaje ya no existe.</translation>
        </message>
        <message>
            <source>This PC ({workstation}) does not send messages; {sender} does. Only one PC sends, so no reminder goes out twice.</source>
            <translation>Este PC ({workstation}) no envía mensajes; lo hace {sender}. Solo envía un PC, para que ningún recordatorio salga dos veces.</translation>
        </message>
        <message>
            <source>unnamed</source>
            <translation>sin nombre</translation>
        </message>
    </context>
    <context>
        <name>messages command</name>
        <message>
            <source>Every visit in those days is confirmed.</source>
            <translation>Todas las visitas de esos días están confirmadas.</translation>
        </message>
        <message>
            <source>No messages.</source>
            <translation>No hay mensajes.</translation>
        </message>
        <message>
            <source>Set up the {kind} server in the message settings first.</source>
            <translation>Configure primero el servidor de {kind} en los ajustes de mensajes.</translation>
        </message>
        <message>
            <source>The {kind} password for {account} at {server} is in this computer's keyring.</source>
            <translation>La contraseña de {kind} de {account} en {server} está en el llavero de este ordenador.</translation>
        </message>
        <message>
            <source>Tick a call off (--called) and print (--pdf) one at a time.</source>
            <translation>Marque una llamada (--called) e imprima (--pdf) por separado.</translation>
        </message>
        <message>
            <source>Visits to confirm written to {written}</source>
            <translation>Citas por confirmar guardadas en {written}</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>canal</translation>
        </message>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>no phone on file</source>
            <translation>sin teléfono registrado</translation>
        </message>
        <message>
            <source>no-shows</source>
            <translation>ausencias</translation>
        </message>
        <message>
            <source>patient</source>
            <translation>paciente</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>teléfono</translation>
        </message>
        <message>
            <source>queued {queued}, voided {voided}, sent {sent}, retrying {retried}, failed {failed}, replies {replies} ({to_inbox} for staff)</source>
            <translation>en cola {queued}, anulados {voided}, enviados {sent}, reintentando {retried}, fallidos {failed}, respuestas {replies} ({to_inbox} para el personal)</translation>
        </message>
        <message>
            <source>send after</source>
            <translation>enviar después de</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>ajuste</translation>
        </message>
        <message>
            <source>start</source>
            <translation>inicio</translation>
        </message>
        <message>
            <source>state</source>
            <translation>estado</translation>
        </message>
        <message>
            <source>tries</source>
            <translation>intentos</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valor</translation>
        </message>
        <message>
            <source>{kind} password: </source>
            <translation>Contraseña de {kind}: </translation>
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
        <name>no show risk</name>
        <message>
            <source>Extra bookings per session must be between 0 and 5.</source>
            <translation>Las reservas extra por sesión deben estar entre 0 y 5.</translation>
        </message>
        <message>
            <source>Nothing to compare: {count} past visits before and {count2} in the last {test_days} days have an outcome.</source>
            <translation>Nada que comparar: {count} visitas anteriores y {count2} de los últimos {test_days} días tienen resultado.</translation>
        </message>
        <message>
            <source>The test period must be at least one day.</source>
            <translation>El periodo de prueba debe ser de al menos un día.</translation>
        </message>
        <message>
            <source>The threshold must be above 0 and at most 10 expected no-shows.</source>
            <translation>El umbral debe ser mayor que 0 y como máximo 10 ausencias esperadas.</translation>
        </message>
        <message>
            <source>Unknown overbooking policy {mode!r}: use off or suggest.</source>
            <translation>Política de sobrerreserva desconocida {mode!r}: use off o suggest.</translation>
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
        <name>outbound</name>
        <message>
            <source>A {old} message cannot become {new}.</source>
            <translation>Un mensaje {old} no puede pasar a {new}.</translation>
        </message>
    </context>
    <context>
        <name>overbooking outcomes</name>
        <message>
            <source>Look at most {MAX_DAYS} days at a time.</source>
            <translation>Consulte como máximo {MAX_DAYS} días a la vez.</translation>
        </message>
        <message>
            <source>The last day is before the first.</source>
            <translation>El último día es anterior al primero.</translation>
        </message>
    </context>
    <context>
        <name>parsing command</name>
        <message>
            <source>'{name}' is not a weekday (mon, tue, ... sun).</source>
            <translation>'{name}' no es un día de la semana (mon, tue, ... sun).</translation>
        </message>
        <message>
            <source>'{part}' runs backwards; write it like mon-fri.</source>
            <translation>'{part}' va hacia atrás; escríbalo como mon-fri.</translation>
        </message>
        <message>
            <source>'{text}' ends before it starts.</source>
            <translation>'{text}' termina antes de empezar.</translation>
        </message>
        <message>
            <source>'{text}' is not a date and time like 2026-03-02T09:30 (clinic time) or 2026-03-02T09:30+00:00.</source>
            <translation>'{text}' no es una fecha y hora como 2026-03-02T09:30 (hora de la clínica) o 2026-03-02T09:30+00:00.</translation>
        </message>
        <message>
            <source>'{text}' is not a date like 2026-03-02.</source>
            <translation>'{text}' no es una fecha como 2026-03-02.</translation>
        </message>
        <message>
            <source>'{text}' is not a time like 09:30.</source>
            <translation>'{text}' no es una hora como 09:30.</translation>
        </message>
        <message>
            <source>'{text}' is not a time range like 09:00-17:00.</source>
            <translation>'{text}' no es un intervalo como 09:00-17:00.</translation>
        </message>
        <message>
            <source>'{text}' is not a whole number</source>
            <translation>'{text}' no es un número entero</translation>
        </message>
        <message>
            <source>Give a date, like 2026-03-02.</source>
            <translation>Indique una fecha, como 2026-03-02.</translation>
        </message>
        <message>
            <source>give a number from {low} to {high}, not {value}</source>
            <translation>indique un número de {low} a {high}, no {value}</translation>
        </message>
    </context>
    <context>
        <name>passwords</name>
        <message>
            <source>That password is on the list of commonly used passwords; choose another one.</source>
            <translation>Esa contraseña está en la lista de contraseñas comunes; elija otra.</translation>
        </message>
        <message>
            <source>The password is too long: use at most {MAX_PASSWORD_LENGTH} characters.</source>
            <translation>La contraseña es demasiado larga: use como máximo {MAX_PASSWORD_LENGTH} caracteres.</translation>
        </message>
        <message>
            <source>The password is too short: use at least {shortest} characters (a few words together make a strong, easy-to-remember password).</source>
            <translation>La contraseña es demasiado corta: use al menos {shortest} caracteres (unas cuantas palabras juntas forman una contraseña fuerte y fácil de recordar).</translation>
        </message>
        <message>
            <source>The password must not be the same as the user name.</source>
            <translation>La contraseña no puede ser igual al nombre de usuario.</translation>
        </message>
    </context>
    <context>
        <name>paths</name>
        <message>
            <source>The data folder {folder} cannot be used ({reason}); choose another folder.</source>
            <translation>No se puede usar la carpeta de datos {folder} ({reason}); elija otra carpeta.</translation>
        </message>
    </context>
    <context>
        <name>patients</name>
        <message>
            <source>'{cleaned}' is not an email address like name@example.org.</source>
            <translation>'{cleaned}' no es una dirección de correo como name@example.org.</translation>
        </message>
        <message>
            <source>'{typed}' is not a date: type it as YYYY-MM-DD or DD/MM/YYYY.</source>
            <translation>'{typed}' no es una fecha: escríbala como AAAA-MM-DD o DD/MM/AAAA.</translation>
        </message>
        <message>
            <source>Enter the date of birth, as DD/MM/YYYY or YYYY-MM-DD.</source>
            <translation>Introduzca la fecha de nacimiento, como DD/MM/AAAA o AAAA-MM-DD.</translation>
        </message>
        <message>
            <source>Enter the patient's family name.</source>
            <translation>Introduzca los apellidos del paciente.</translation>
        </message>
        <message>
            <source>Enter the patient's given name.</source>
            <translation>Introduzca el nombre del paciente.</translation>
        </message>
        <message>
            <source>Enter the patient's {what}.</source>
            <translation>Introduzca {what} del paciente.</translation>
        </message>
        <message>
            <source>The {what} contains characters that cannot be printed.</source>
            <translation>{what} contiene caracteres que no se pueden imprimir.</translation>
        </message>
        <message>
            <source>The {what} is longer than {MAX_NAME_LENGTH} characters.</source>
            <translation>{what} tiene más de {MAX_NAME_LENGTH} caracteres.</translation>
        </message>
        <message>
            <source>The {what} must contain letters.</source>
            <translation>{what} debe contener letras.</translation>
        </message>
    </context>
    <context>
        <name>patients command</name>
        <message>
            <source>  appointments: {total} ({completed} completed, {no_shows} no-shows, {cancelled} cancelled of which {late_cancellations} late, {upcoming} upcoming)</source>
            <translation>  citas: {total} ({completed} completadas, {no_shows} ausencias, {cancelled} canceladas, de ellas {late_cancellations} tarde, {upcoming} próximas)</translation>
        </message>
        <message>
            <source>No patient found.</source>
            <translation>No se encontró ningún paciente.</translation>
        </message>
        <message>
            <source>Not registered: these patients may be the same person.
{table}
If this is a different person, repeat with --confirm-duplicate.</source>
            <translation>No registrado: estos pacientes pueden ser la misma persona.
{table}
Si es otra persona, repita con --confirm-duplicate.</translation>
        </message>
        <message>
            <source>Reminder consent now {text}.</source>
            <translation>Consentimiento de recordatorios ahora {text}.</translation>
        </message>
        <message>
            <source>born</source>
            <translation>nacido</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>phones</source>
            <translation>teléfonos</translation>
        </message>
    </context>
    <context>
        <name>phones</name>
        <message>
            <source>'{typed}' is not a phone number.</source>
            <translation>'{typed}' no es un número de teléfono.</translation>
        </message>
        <message>
            <source>'{typed}' is not a phone number: check the number of digits (add the country code, like +33, for a number from abroad).</source>
            <translation>'{typed}' no es un número de teléfono: compruebe el número de cifras (añada el prefijo del país, como +33, para un número extranjero).</translation>
        </message>
        <message>
            <source>Enter the phone number, or leave the phone out.</source>
            <translation>Introduzca el número de teléfono o deje el teléfono vacío.</translation>
        </message>
    </context>
    <context>
        <name>print jobs</name>
        <message>
            <source>A call list covers at most {MAX_CALL_LIST_DAYS} days.</source>
            <translation>Una lista de llamadas abarca como máximo {MAX_CALL_LIST_DAYS} días.</translation>
        </message>
        <message>
            <source>A downtime pack covers 1 to {MAX_DOWNTIME_DAYS} working days.</source>
            <translation>Un paquete de contingencia abarca de 1 a {MAX_DOWNTIME_DAYS} días laborables.</translation>
        </message>
        <message>
            <source>The call list's last day is before its first day.</source>
            <translation>El último día de la lista de llamadas es anterior al primero.</translation>
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
        <message>
            <source>Printed {moment}</source>
            <translation>Impreso {moment}</translation>
        </message>
        <message>
            <source>SECRET: whoever holds this key can read the clinic's data.</source>
            <translation>SECRETO: quien tenga esta clave puede leer los datos de la clínica.</translation>
        </message>
    </context>
    <context>
        <name>printing command</name>
        <message>
            <source>Call list written to {written}</source>
            <translation>Lista de llamadas escrita en {written}</translation>
        </message>
        <message>
            <source>Day sheet written to {written}</source>
            <translation>Hoja del día escrita en {written}</translation>
        </message>
        <message numerus="yes">
            <source>Downtime pack: %n file(s) in {folder} for {days}</source>
            <translation>
                <numerusform>Paquete de contingencia: %n archivo en {folder} para {days}</numerusform>
                <numerusform>Paquete de contingencia: %n archivos en {folder} para {days}</numerusform>
            </translation>
        </message>
        <message>
            <source>Week schedule written to {written}</source>
            <translation>Agenda semanal escrita en {written}</translation>
        </message>
        <message>
            <source>none (the clinic never opens)</source>
            <translation>ninguno (la clínica nunca abre)</translation>
        </message>
    </context>
    <context>
        <name>providers</name>
        <message>
            <source>Parallel appointments must be between 1 and {MAX_PARALLEL_LIMIT} (got {value}).</source>
            <translation>Las citas simultáneas deben estar entre 1 y {MAX_PARALLEL_LIMIT} (se indicó {value}).</translation>
        </message>
    </context>
    <context>
        <name>providers command</name>
        <message numerus="yes">
            <source>
%n appointment(s) to rebook: {ids}</source>
            <translation>
                <numerusform>
%n cita por volver a reservar: {ids}</numerusform>
                <numerusform>
%n citas por volver a reservar: {ids}</numerusform>
            </translation>
        </message>
        <message>
            <source> whole day</source>
            <translation> todo el día</translation>
        </message>
        <message>
            <source>'{spec}' needs days, like mon-fri=09:00-17:00.</source>
            <translation>'{spec}' necesita días, como mon-fri=09:00-17:00.</translation>
        </message>
        <message>
            <source>'{text}' has no {what} after '='.</source>
            <translation>'{text}' no tiene {what} después de '='.</translation>
        </message>
        <message>
            <source>Added {display_name} ({specialty}): {id}</source>
            <translation>{display_name} ({specialty}) añadido: {id}</translation>
        </message>
        <message>
            <source>New hours start on {next_change}.</source>
            <translation>El nuevo horario empieza el {next_change}.</translation>
        </message>
        <message>
            <source>No providers yet.</source>
            <translation>Aún no hay profesionales.</translation>
        </message>
        <message>
            <source>Removed {exception_id}.</source>
            <translation>{exception_id} eliminado.</translation>
        </message>
        <message>
            <source>Updated {display_name}.</source>
            <translation>{display_name} actualizado.</translation>
        </message>
        <message>
            <source>bookable</source>
            <translation>reservable</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>parallel</source>
            <translation>simultáneas</translation>
        </message>
        <message>
            <source>specialty</source>
            <translation>especialidad</translation>
        </message>
        <message>
            <source>{provider_name} has no working hours on {on}.</source>
            <translation>{provider_name} no tiene horario el {on}.</translation>
        </message>
        <message>
            <source>{provider_name}: weekly hours from {effective_from}</source>
            <translation>{provider_name}: horario semanal desde el {effective_from}</translation>
        </message>
    </context>
    <context>
        <name>recall</name>
        <message>
            <source>'Due within {days} days' is outside 0 to {limit} days.</source>
            <translation>«Vencen en {days} días» está fuera de 0 a {limit} días.</translation>
        </message>
        <message>
            <source>'{group}' is not a unit; use d (days), w (weeks), m (months) or y (years).</source>
            <translation>'{group}' no es una unidad; use d (días), w (semanas), m (meses) o y (años).</translation>
        </message>
        <message>
            <source>'{text}' is not an interval; write a number and a unit, like 6m, 1y, 6w or 90d.</source>
            <translation>'{text}' no es un intervalo; escriba un número y una unidad, como 6m, 1y, 6w o 90d.</translation>
        </message>
        <message>
            <source>A recall interval of {count} {value} is outside 1 to {limit} {value}.</source>
            <translation>Un intervalo de recitación de {count} {value} está fuera de 1 a {limit} {value}.</translation>
        </message>
        <message>
            <source>Hiding a patient for {days} days after a call is outside 0 to {limit} days.</source>
            <translation>Ocultar a un paciente {days} días tras una llamada está fuera de 0 a {limit} días.</translation>
        </message>
        <message>
            <source>This recall is {value}; only an open one is called.</source>
            <translation>Esta recitación está {value}; solo se llama por las abiertas.</translation>
        </message>
    </context>
    <context>
        <name>recall command</name>
        <message>
            <source>, set when a {type} is completed</source>
            <translation>, fijada al completar {type}</translation>
        </message>
        <message>
            <source>Recall list written to {written}</source>
            <translation>Lista de recitación guardada en {written}</translation>
        </message>
        <message>
            <source>Recall type {name}: every {interval}{follows}: {id}</source>
            <translation>Tipo de recitación {name}: cada {interval}{follows}: {id}</translation>
        </message>
        <message>
            <source>{patient_name}: attempt {attempts} recorded; back on the due list from {hidden}</source>
            <translation>{patient_name}: intento {attempts} registrado; vuelve a la lista desde {hidden}</translation>
        </message>
        <message>
            <source>{patient_name}: {recall_type} due {isoformat}: {id}</source>
            <translation>{patient_name}: {recall_type} vence el {isoformat}: {id}</translation>
        </message>
    </context>
    <context>
        <name>recall messages</name>
        <message>
            <source>The recall this message is about no longer exists.</source>
            <translation>La recitación de este mensaje ya no existe.</translation>
        </message>
    </context>
    <context>
        <name>recalls</name>
        <message>
            <source>A recall type called '{name}' already exists.</source>
            <translation>Ya existe un tipo de recitación llamado '{name}'.</translation>
        </message>
        <message>
            <source>Another recall type already follows that appointment type; one completed visit sets one recall.</source>
            <translation>Otro tipo de recitación ya sigue a ese tipo de cita; una visita completada fija una recitación.</translation>
        </message>
        <message>
            <source>No recall type '{id_or_name}' (known recall types: {known}).</source>
            <translation>No hay tipo de recitación '{id_or_name}' (tipos conocidos: {known}).</translation>
        </message>
        <message>
            <source>No recall with id {recall_id}.</source>
            <translation>No hay recitación con id {recall_id}.</translation>
        </message>
        <message>
            <source>{short_name} already has an open {name} recall due {isoformat}.</source>
            <translation>{short_name} ya tiene una recitación {name} abierta que vence el {isoformat}.</translation>
        </message>
    </context>
    <context>
        <name>recovery key</name>
        <message>
            <source>A recovery key has {GROUPS} groups of {GROUP_DIGITS} digits ({expected} digits); {count} were entered.</source>
            <translation>Una clave de recuperación tiene {GROUPS} grupos de {GROUP_DIGITS} cifras ({expected} cifras); se introdujeron {count}.</translation>
        </message>
        <message>
            <source>A recovery key holds only digits (spaces and dashes are fine); remove: {join}</source>
            <translation>Una clave de recuperación solo tiene cifras (espacios y guiones valen); quite: {join}</translation>
        </message>
        <message>
            <source>Group {position} of the recovery key ({group}) is not right: check it against the recovery sheet and type it again.</source>
            <translation>El grupo {position} de la clave de recuperación ({group}) no es correcto: compárelo con la hoja de recuperación y vuelva a escribirlo.</translation>
        </message>
        <message>
            <source>Group {position} of the recovery key ({token}) has {count} digits; each group has {GROUP_DIGITS}.</source>
            <translation>El grupo {position} de la clave de recuperación ({token}) tiene {count} cifras; cada grupo tiene {GROUP_DIGITS}.</translation>
        </message>
    </context>
    <context>
        <name>recovery sheet</name>
        <message>
            <source>A new key is made when the database key is changed (clinicdesk rekey); this sheet then no longer works and should be shredded.</source>
            <translation>Cuando se cambia la clave de la base de datos (clinicdesk rekey) se crea una clave nueva; esta hoja deja de valer y debe destruirse.</translation>
        </message>
        <message>
            <source>Data folder on this computer: {folder}</source>
            <translation>Carpeta de datos en este ordenador: {folder}</translation>
        </message>
        <message>
            <source>Database recovery key</source>
            <translation>Clave de recuperación de la base de datos</translation>
        </message>
        <message>
            <source>Keep this sheet locked away from the computer, e.g. in the practice safe. Do not photograph it, e-mail it or store it on the same PC. Anyone with this key and a copy of the data folder can read every patient record.</source>
            <translation>Guarde esta hoja bajo llave y lejos del ordenador, p. ej. en la caja fuerte de la consulta. No la fotografíe, no la envíe por correo ni la guarde en el mismo PC. Quien tenga esta clave y una copia de la carpeta de datos puede leer todos los historiales.</translation>
        </message>
        <message>
            <source>Made {moment}</source>
            <translation>Creada {moment}</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clave de recuperación</translation>
        </message>
        <message>
            <source>This key unlocks the clinic's encrypted data when this computer's saved key is lost (a new Windows profile, a repaired or replaced PC, a restored backup).</source>
            <translation>Esta clave abre los datos cifrados de la clínica cuando se pierde la clave guardada en este ordenador (un perfil de Windows nuevo, un PC reparado o sustituido, una copia restaurada).</translation>
        </message>
        <message>
            <source>To use it: run 'clinicdesk unlock' (or choose 'Unlock with recovery key' in the window) and type the 16 groups. Spaces and dashes do not matter; a mistyped group is pointed out before anything is tried.</source>
            <translation>Para usarla: ejecute 'clinicdesk unlock' (o elija 'Introducir la clave de recuperación…' en la ventana) y escriba los 16 grupos. Los espacios y guiones no importan; un grupo mal escrito se señala antes de intentar nada.</translation>
        </message>
        <message>
            <source>keep it safe</source>
            <translation>guárdela bien</translation>
        </message>
    </context>
    <context>
        <name>recurrence</name>
        <message>
            <source>Enter a repeat rule, e.g. FREQ=WEEKLY;BYDAY=MO;COUNT=10.</source>
            <translation>Introduzca una regla de repetición, p. ej. FREQ=WEEKLY;BYDAY=MO;COUNT=10.</translation>
        </message>
        <message>
            <source>Give the first date separately, not as DTSTART in the rule.</source>
            <translation>Indique la primera fecha por separado, no como DTSTART en la regla.</translation>
        </message>
        <message>
            <source>Only booked or confirmed occurrences can be changed; this one is {status}.</source>
            <translation>Solo se pueden cambiar repeticiones reservadas o confirmadas; esta está {status}.</translation>
        </message>
        <message>
            <source>Only single-line repeat rules can be split.</source>
            <translation>Solo se pueden dividir reglas de repetición de una línea.</translation>
        </message>
        <message>
            <source>The repeat rule '{rule}' is not valid.</source>
            <translation>La regla de repetición '{rule}' no es válida.</translation>
        </message>
        <message>
            <source>The repeat rule '{rule}' is not valid: {exc}</source>
            <translation>La regla de repetición '{rule}' no es válida: {exc}</translation>
        </message>
    </context>
    <context>
        <name>rekey</name>
        <message>
            <source>Another program wrote to the clinic data while its key was being changed; nothing was changed. Close every clinicdesk window and try again.</source>
            <translation>Otro programa escribió en los datos de la clínica mientras se cambiaba su clave; no se cambió nada. Cierre todas las ventanas de clinicdesk e inténtelo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <source>A reminder lead of {hours} h is outside 1 to {MAX_LEAD_HOURS} hours.</source>
            <translation>Un recordatorio con {hours} h de antelación está fuera de 1 a {MAX_LEAD_HOURS} horas.</translation>
        </message>
        <message>
            <source>A reminder rule lists the same lead time twice.</source>
            <translation>Una regla de recordatorio repite la misma antelación.</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>A report covers at most {MAX_REPORT_DAYS} days.</source>
            <translation>Un informe abarca como máximo {MAX_REPORT_DAYS} días.</translation>
        </message>
        <message>
            <source>The report's end date is before its start date.</source>
            <translation>La fecha final del informe es anterior a la inicial.</translation>
        </message>
        <message>
            <source>There is no report called '{name}'. Reports: {known}.</source>
            <translation>No hay ningún informe llamado '{name}'. Informes: {known}.</translation>
        </message>
    </context>
    <context>
        <name>reports command</name>
        <message>
            <source>Report written to {written}</source>
            <translation>Informe escrito en {written}</translation>
        </message>
    </context>
    <context>
        <name>risk command</name>
        <message>
            <source>
Book with: --override {reason} (the reason records why)</source>
            <translation>
Reserve con: --override {reason} (el motivo deja constancia del porqué)</translation>
        </message>
        <message>
            <source>
Total: {sessions} sessions, {suggested} suggested, {booked} booked, {extra_came} came, {original_missed} doubled bookings missed, {overtime_minutes} min overtime where an extra was booked.</source>
            <translation>
Total: {sessions} sesiones, {suggested} sugeridas, {booked} reservadas, {extra_came} vinieron, {original_missed} reservas dobles perdidas, {overtime_minutes} min de tiempo extra donde se reservó una cita extra.</translation>
        </message>
        <message>
            <source>--provider and --overbooking go together.</source>
            <translation>--provider y --overbooking van juntos.</translation>
        </message>
        <message>
            <source>Calibration (predicted against what happened):</source>
            <translation>Calibración (lo previsto frente a lo que ocurrió):</translation>
        </message>
        <message>
            <source>Model: {basis}, trained {trained_at:%Y-%m-%d %H:%M} UTC on {n_train} past visits, {model_bytes} bytes in the store.</source>
            <translation>Modelo: {basis}, entrenado {trained_at:%Y-%m-%d %H:%M} UTC con {n_train} visitas pasadas, {model_bytes} bytes en el almacén.</translation>
        </message>
        <message>
            <source>No session from {first} to {last} had a suggestion.</source>
            <translation>Ninguna sesión del {first} al {last} tuvo una sugerencia.</translation>
        </message>
        <message>
            <source>No session reaches the threshold.</source>
            <translation>Ninguna sesión alcanza el umbral.</translation>
        </message>
        <message>
            <source>No-show prediction is {value}.</source>
            <translation>La predicción de ausencias está {value}.</translation>
        </message>
        <message>
            <source>Nobody to call.</source>
            <translation>Nadie a quien llamar.</translation>
        </message>
        <message>
            <source>Nothing booked.</source>
            <translation>Nada reservado.</translation>
        </message>
        <message>
            <source>The model in use is less than a week old; nothing to do.</source>
            <translation>El modelo en uso tiene menos de una semana; no hay nada que hacer.</translation>
        </message>
        <message>
            <source>Trained a {basis} model on {n_train} past visits ({no_show_rate:.1%} missed).</source>
            <translation>Modelo {basis} entrenado con {n_train} visitas pasadas ({no_show_rate:.1%} ausencias).</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>reservada</translation>
        </message>
        <message>
            <source>calib. error    {calibration_error:.4f}</source>
            <translation>error calib.    {calibration_error:.4f}</translation>
        </message>
        <message>
            <source>came</source>
            <translation>vinieron</translation>
        </message>
        <message>
            <source>doubled missed</source>
            <translation>dobles perdidas</translation>
        </message>
        <message>
            <source>expected no-shows</source>
            <translation>ausencias esperadas</translation>
        </message>
        <message>
            <source>extra at</source>
            <translation>extra a las</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>ausentes</translation>
        </message>
        <message>
            <source>n/a (one kind of outcome only)</source>
            <translation>n/d (solo un tipo de resultado)</translation>
        </message>
        <message>
            <source>no-show rate    train {train_no_show_rate:.1%}, test {test_no_show_rate:.1%}</source>
            <translation>tasa ausencias  entrenamiento {train_no_show_rate:.1%}, prueba {test_no_show_rate:.1%}</translation>
        </message>
        <message>
            <source>off</source>
            <translation>desactivada</translation>
        </message>
        <message>
            <source>on</source>
            <translation>activada</translation>
        </message>
        <message>
            <source>overtime</source>
            <translation>tiempo extra</translation>
        </message>
        <message>
            <source>patient</source>
            <translation>paciente</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>teléfono</translation>
        </message>
        <message>
            <source>predicted</source>
            <translation>previsto</translation>
        </message>
        <message>
            <source>provider</source>
            <translation>profesional</translation>
        </message>
        <message>
            <source>risk</source>
            <translation>riesgo</translation>
        </message>
        <message>
            <source>risk there</source>
            <translation>riesgo allí</translation>
        </message>
        <message>
            <source>scores</source>
            <translation>puntuaciones</translation>
        </message>
        <message>
            <source>session</source>
            <translation>sesión</translation>
        </message>
        <message>
            <source>suggested</source>
            <translation>sugeridas</translation>
        </message>
        <message>
            <source>time</source>
            <translation>hora</translation>
        </message>
        <message>
            <source>visit</source>
            <translation>visita</translation>
        </message>
        <message>
            <source>visits</source>
            <translation>visitas</translation>
        </message>
        <message>
            <source>why</source>
            <translation>por qué</translation>
        </message>
        <message>
            <source>{provider_id}: overbooking {value}, up to {max_extra}</source>
            <translation>{provider_id}: sobrerreserva {value}, hasta {max_extra}</translation>
        </message>
    </context>
    <context>
        <name>schedule command</name>
        <message>
            <source> (late cancellation)</source>
            <translation> (cancelación tardía)</translation>
        </message>
        <message>
            <source>--override goes with --start, not --first-available.</source>
            <translation>--override va con --start, no con --first-available.</translation>
        </message>
        <message>
            <source>Booked walk-in</source>
            <translation>Paciente sin cita reservado</translation>
        </message>
        <message>
            <source>No appointments on {date:%a %Y-%m-%d}.</source>
            <translation>No hay citas el {date:%a %Y-%m-%d}.</translation>
        </message>
        <message>
            <source>No free slot in the horizon; consider the waitlist.</source>
            <translation>No hay hueco libre en el horizonte; considere la lista de espera.</translation>
        </message>
        <message>
            <source>No provider gives it.</source>
            <translation>Ningún profesional lo ofrece.</translation>
        </message>
        <message>
            <source>Say which provider with --provider (or --first-available).</source>
            <translation>Diga qué profesional con --provider (o --first-available).</translation>
        </message>
        <message>
            <source>Waitlist candidates for the freed time:</source>
            <translation>Candidatos de la lista de espera para el hueco liberado:</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>reservada</translation>
        </message>
        <message>
            <source>date</source>
            <translation>fecha</translation>
        </message>
        <message>
            <source>days to 3rd slot</source>
            <translation>días hasta el 3.er hueco</translation>
        </message>
        <message>
            <source>free</source>
            <translation>libre</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>no phone on file</source>
            <translation>sin teléfono registrado</translation>
        </message>
        <message>
            <source>patient</source>
            <translation>paciente</translation>
        </message>
        <message>
            <source>provider</source>
            <translation>profesional</translation>
        </message>
        <message>
            <source>provider id</source>
            <translation>id del profesional</translation>
        </message>
        <message>
            <source>status</source>
            <translation>estado</translation>
        </message>
        <message>
            <source>time</source>
            <translation>hora</translation>
        </message>
        <message>
            <source>type</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>{patient_name} is now {status_label}.</source>
            <translation>{patient_name} está ahora {status_label}.</translation>
        </message>
    </context>
    <context>
        <name>schedules</name>
        <message>
            <source>An exception can cover at most {MAX_EXCEPTION_DAYS} days.</source>
            <translation>Una excepción abarca como máximo {MAX_EXCEPTION_DAYS} días.</translation>
        </message>
        <message>
            <source>Give at least one day's hours. To stop bookings, mark the provider not bookable or add time off.</source>
            <translation>Indique el horario de al menos un día. Para detener las reservas, marque al profesional como no reservable o añada una ausencia.</translation>
        </message>
        <message>
            <source>Give both a start and an end time, or neither for whole days.</source>
            <translation>Indique hora de inicio y de fin, o ninguna para días completos.</translation>
        </message>
        <message>
            <source>No time off or extra hours with id {exception_id}.</source>
            <translation>No hay ausencia ni horas extra con el id {exception_id}.</translation>
        </message>
        <message>
            <source>The extra hours end ({end:%H:%M}) before they start ({start:%H:%M}).</source>
            <translation>Las horas extra terminan ({end:%H:%M}) antes de empezar ({start:%H:%M}).</translation>
        </message>
        <message>
            <source>The last day is before the first day.</source>
            <translation>El último día es anterior al primero.</translation>
        </message>
        <message>
            <source>The time off ends ({end:%H:%M}) before it starts ({start:%H:%M}).</source>
            <translation>La ausencia termina ({end:%H:%M}) antes de empezar ({start:%H:%M}).</translation>
        </message>
        <message>
            <source>Weekday {weekday} is not between 0 (Mon) and 6 (Sun).</source>
            <translation>El día {weekday} no está entre 0 (lun) y 6 (dom).</translation>
        </message>
        <message>
            <source>{name}: the break {pause} is outside the hours {hours}.</source>
            <translation>{name}: la pausa {pause} está fuera del horario {hours}.</translation>
        </message>
        <message>
            <source>{name}: the shifts {other} and {hours} overlap.</source>
            <translation>{name}: los turnos {other} y {hours} se solapan.</translation>
        </message>
    </context>
    <context>
        <name>security settings</name>
        <message>
            <source>Unknown security setting {name!r}; known settings: {known}.</source>
            <translation>Ajuste de seguridad desconocido {name!r}; ajustes conocidos: {known}.</translation>
        </message>
        <message>
            <source>{name} must be a whole number from {minimum} to {maximum} ({unit}), not {value!r}.</source>
            <translation>{name} debe ser un número entero de {minimum} a {maximum} ({unit}), no {value!r}.</translation>
        </message>
    </context>
    <context>
        <name>series</name>
        <message>
            <source>Give a reason for the cancellation.</source>
            <translation>Indique un motivo para la cancelación.</translation>
        </message>
        <message>
            <source>Nothing was moved: {join}</source>
            <translation>No se movió nada: {join}</translation>
        </message>
        <message>
            <source>The repeat rule gives no dates.</source>
            <translation>La regla de repetición no da ninguna fecha.</translation>
        </message>
        <message>
            <source>This appointment is not part of a series.</source>
            <translation>Esta cita no forma parte de una serie.</translation>
        </message>
        <message>
            <source>{count} of {count2} occurrences clash: {join}</source>
            <translation>{count} de {count2} repeticiones chocan: {join}</translation>
        </message>
    </context>
    <context>
        <name>server schema</name>
        <message>
            <source>The sync server has not been set up for clinicdesk yet: run 'clinicdesk sync server-init --url ...' once.</source>
            <translation>El servidor de sincronización aún no está preparado para clinicdesk: ejecute una vez 'clinicdesk sync server-init --url ...'.</translation>
        </message>
        <message>
            <source>The sync server uses an older format ({version}) than this clinicdesk ({SERVER_SCHEMA_VERSION}): run 'clinicdesk sync server-init --url ...' to upgrade it. Nothing was sent.</source>
            <translation>El servidor de sincronización usa un formato más antiguo ({version}) que este clinicdesk ({SERVER_SCHEMA_VERSION}): ejecute 'clinicdesk sync server-init --url ...' para actualizarlo. No se envió nada.</translation>
        </message>
        <message>
            <source>The sync server was set up by a newer clinicdesk (format {version}; this PC knows {SERVER_SCHEMA_VERSION}). Update clinicdesk on this PC; nothing was sent.</source>
            <translation>El servidor de sincronización lo preparó un clinicdesk más nuevo (formato {version}; este PC conoce {SERVER_SCHEMA_VERSION}). Actualice clinicdesk en este PC; no se envió nada.</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>Cannot save {path}: {strerror}.</source>
            <translation>No se puede guardar {path}: {strerror}.</translation>
        </message>
        <message>
            <source>Unknown setting {shown}; known settings: {known}.</source>
            <translation>Ajuste desconocido {shown}; ajustes conocidos: {known}.</translation>
        </message>
        <message>
            <source>hl7_mllp: {error}.</source>
            <translation>hl7_mllp: {error}.</translation>
        </message>
        <message>
            <source>language must be one of: {join}, or empty for the system's language.</source>
            <translation>language debe ser uno de: {join}, o vacío para el idioma del sistema.</translation>
        </message>
        <message>
            <source>{name} is one of the clinic's security settings, kept in the store for every PC: an administrator changes it with 'clinicdesk security set {name} VALUE'.</source>
            <translation>{name} es uno de los ajustes de seguridad de la clínica, guardado en el almacén para todos los PC: un administrador lo cambia con 'clinicdesk security set {name} VALOR'.</translation>
        </message>
        <message>
            <source>{name} is too long: at most {maximum} characters, not {count}.</source>
            <translation>{name} es demasiado largo: como máximo {maximum} caracteres, no {count}.</translation>
        </message>
        <message>
            <source>{name} may hold only printable characters (no control characters, direction overrides or bytes that are not UTF-8).</source>
            <translation>{name} solo puede contener caracteres imprimibles (sin caracteres de control, cambios de dirección ni bytes que no sean UTF-8).</translation>
        </message>
        <message>
            <source>{name} must be a whole number, not {shown}.</source>
            <translation>{name} debe ser un número entero, no {shown}.</translation>
        </message>
        <message>
            <source>{name} must be at least {minimum}, not {number}.</source>
            <translation>{name} debe ser al menos {minimum}, no {number}.</translation>
        </message>
        <message>
            <source>{name} must be at most {maximum}, not {number}.</source>
            <translation>{name} debe ser como máximo {maximum}, no {number}.</translation>
        </message>
        <message>
            <source>{name} must be text, not {shown}.</source>
            <translation>{name} debe ser texto, no {shown}.</translation>
        </message>
    </context>
    <context>
        <name>settings command</name>
        <message>
            <source>Settings from {settings_path}
{table}</source>
            <translation>Ajustes de {settings_path}
{table}</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>ajuste</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valor</translation>
        </message>
        <message>
            <source>what it does</source>
            <translation>qué hace</translation>
        </message>
        <message>
            <source>{name} = {value} (for every PC)</source>
            <translation>{name} = {value} (para todos los PC)</translation>
        </message>
        <message>
            <source>{name} = {value} (saved in {path})</source>
            <translation>{name} = {value} (guardado en {path})</translation>
        </message>
    </context>
    <context>
        <name>setup command</name>
        <message>
            <source>

Recovery sheet to print: {sheet}</source>
            <translation>

Hoja de recuperación para imprimir: {sheet}</translation>
        </message>
        <message>
            <source>Created the clinic {strip!r} in {store_path}
Administrator: {admin_username}

RECOVERY KEY:

    {recovery_key}

{warning}{sheet_note}</source>
            <translation>Clínica {strip!r} creada en {store_path}
Administrador: {admin_username}

CLAVE DE RECUPERACIÓN:

    {recovery_key}

{warning}{sheet_note}</translation>
        </message>
        <message>
            <source>Give the recovery key with --recovery-key.</source>
            <translation>Indique la clave de recuperación con --recovery-key.</translation>
        </message>
        <message>
            <source>Password for {strip}: </source>
            <translation>Contraseña de {strip}: </translation>
        </message>
        <message>
            <source>Recovery key: </source>
            <translation>Clave de recuperación: </translation>
        </message>
        <message>
            <source>Unlocked {path}; its key is kept in this computer's keyring again.</source>
            <translation>{path} desbloqueado; su clave vuelve a estar en el llavero de este ordenador.</translation>
        </message>
        <message>
            <source>Write this recovery key down (or print it) and keep it somewhere safe, away from
this computer. It is shown only now. Without it, the clinic data cannot be opened
if this computer's keyring entry is ever lost.</source>
            <translation>Anote esta clave de recuperación (o imprímala) y guárdela en un lugar seguro, lejos de
este ordenador. Solo se muestra ahora. Sin ella, los datos de la clínica no se pueden abrir
si alguna vez se pierde la entrada del llavero de este ordenador.</translation>
        </message>
        <message>
            <source>the recovery sheet could not be written ({error}); copy the key by hand</source>
            <translation>no se pudo escribir la hoja de recuperación ({error}); copie la clave a mano</translation>
        </message>
    </context>
    <context>
        <name>slot offers</name>
        <message>
            <source>The slot offer ends before it starts.</source>
            <translation>La oferta de hueco termina antes de empezar.</translation>
        </message>
        <message>
            <source>The slot offer has a time that is not a time.</source>
            <translation>La oferta de hueco tiene una hora que no es una hora.</translation>
        </message>
        <message>
            <source>The slot offer has a time without a zone.</source>
            <translation>La oferta de hueco tiene una hora sin zona horaria.</translation>
        </message>
        <message>
            <source>The slot offer has no {missing}.</source>
            <translation>A la oferta de hueco le falta {missing}.</translation>
        </message>
    </context>
    <context>
        <name>slots</name>
        <message>
            <source>Ask for between 1 and {MAX_COUNT} slots.</source>
            <translation>Pida entre 1 y {MAX_COUNT} huecos.</translation>
        </message>
        <message>
            <source>{name} has no duration set.</source>
            <translation>{name} no tiene duración definida.</translation>
        </message>
    </context>
    <context>
        <name>sms</name>
        <message>
            <source>SMS is not set up: give sms_base_url, sms_account and sms_from in the message settings.</source>
            <translation>Los SMS no están configurados: indique sms_base_url, sms_account y sms_from en los ajustes de mensajes.</translation>
        </message>
        <message>
            <source>The SMS gateway answered {code} to the reply listing.</source>
            <translation>La pasarela SMS respondió {code} a la lista de respuestas.</translation>
        </message>
        <message>
            <source>The SMS gateway answered {code} when asked about a message.</source>
            <translation>La pasarela SMS respondió {code} al preguntarle por un mensaje.</translation>
        </message>
        <message>
            <source>The SMS gateway answered {code}{text}.</source>
            <translation>La pasarela SMS respondió {code}{text}.</translation>
        </message>
        <message>
            <source>The SMS gateway could not be reached ({name}).</source>
            <translation>No se pudo contactar con la pasarela SMS ({name}).</translation>
        </message>
        <message>
            <source>The SMS gateway could not be reached for receipts.</source>
            <translation>No se pudo contactar con la pasarela SMS para los acuses.</translation>
        </message>
        <message>
            <source>The SMS gateway could not be reached for replies.</source>
            <translation>No se pudo contactar con la pasarela SMS para las respuestas.</translation>
        </message>
        <message>
            <source>The SMS gateway is rate-limiting (429){text}.</source>
            <translation>La pasarela SMS está limitando el ritmo (429){text}.</translation>
        </message>
        <message>
            <source>The SMS gateway refused the message ({code}){text}.</source>
            <translation>La pasarela SMS rechazó el mensaje ({code}){text}.</translation>
        </message>
        <message>
            <source>The SMS gateway {what}; the message may have been sent, so it is not retried.</source>
            <translation>La pasarela SMS: {what}; puede que el mensaje se enviara, así que no se reintenta.</translation>
        </message>
        <message>
            <source>The SMS gateway's answer about a message was unreadable.</source>
            <translation>La respuesta de la pasarela SMS sobre un mensaje era ilegible.</translation>
        </message>
        <message>
            <source>The SMS gateway's reply listing did not end after {count} pages; no reply was acted on.</source>
            <translation>La lista de respuestas de la pasarela SMS no terminó tras {count} páginas; no se atendió ninguna respuesta.</translation>
        </message>
        <message>
            <source>The SMS gateway's reply listing was unreadable.</source>
            <translation>La lista de respuestas de la pasarela SMS era ilegible.</translation>
        </message>
    </context>
    <context>
        <name>status</name>
        <message>
            <source>A {status_label} appointment cannot be marked {status_label2}.{options}</source>
            <translation>Una cita {status_label} no se puede marcar como {status_label2}.{options}</translation>
        </message>
        <message>
            <source>An appointment cannot be a no-show before its start time.</source>
            <translation>Una cita no puede ser una ausencia antes de su hora de inicio.</translation>
        </message>
        <message>
            <source>Say who cancelled: the patient or the clinic.</source>
            <translation>Diga quién canceló: el paciente o la clínica.</translation>
        </message>
        <message>
            <source>The appointment is already {status_label}.</source>
            <translation>La cita ya está {status_label}.</translation>
        </message>
        <message>
            <source>The appointment's history does not match its status; reload it and try again.</source>
            <translation>El historial de la cita no coincide con su estado; recárguela e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>There is no status change to undo on this appointment.</source>
            <translation>No hay ningún cambio de estado que deshacer en esta cita.</translation>
        </message>
        <message>
            <source>arrived</source>
            <translation>llegado</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>reservada</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>completada</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmada</translation>
        </message>
        <message>
            <source>in room</source>
            <translation>en consulta</translation>
        </message>
        <message>
            <source>no-show</source>
            <translation>ausente</translation>
        </message>
    </context>
    <context>
        <name>store</name>
        <message>
            <source>A clinic data file already exists at {db_path}; it was not touched. Open it instead, or choose an empty data folder for a new clinic.</source>
            <translation>Ya existe un archivo de datos de clínica en {db_path}; no se ha tocado. Ábralo, o elija una carpeta de datos vacía para una clínica nueva.</translation>
        </message>
        <message>
            <source>A new clinic keeps its data key in this computer's keyring, and none can be used ({detail}). On Windows that is Credential Manager: sign in to Windows with your own account. On Linux, install and unlock a Secret Service: GNOME Keyring (Debian/Ubuntu: apt install gnome-keyring) or KeePassXC with its Secret Service integration on. Only on a PC whose disk is itself protected, you may keep the key in a plain-text file instead: pip install keyrings.alt and set PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring (anyone who can read that file can open the clinic data). Nothing was created. To look around first, 'clinicdesk demo' works without a keyring.</source>
            <translation>Una clínica nueva guarda su clave de datos en el llavero de este ordenador, y no se puede usar ninguno ({detail}). En Windows es el Administrador de credenciales: inicie sesión en Windows con su propia cuenta. En Linux, instale y desbloquee un Secret Service: GNOME Keyring (Debian/Ubuntu: apt install gnome-keyring) o KeePassXC con su integración Secret Service activada. Solo en un PC cuyo disco esté protegido puede guardar la clave en un archivo de texto plano: pip install keyrings.alt y defina PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring (quien pueda leer ese archivo puede abrir los datos de la clínica). No se creó nada. Para echar un vistazo primero, 'clinicdesk demo' funciona sin llavero.</translation>
        </message>
        <message>
            <source>The clinic data folder {path} is read-only, so the clinic data cannot be opened for work or replaced. Nothing was changed. Ask whoever looks after this computer to give your account permission to write there.</source>
            <translation>La carpeta de datos de la clínica {path} es de solo lectura, así que los datos no se pueden abrir para trabajar ni sustituir. No se cambió nada. Pida a quien administre este ordenador que dé permiso de escritura a su cuenta.</translation>
        </message>
        <message>
            <source>The clinic data in {db_path} could not be unlocked: the key is wrong (or the start of the file is damaged). Enter the recovery key from the printed recovery sheet, or restore a backup.</source>
            <translation>No se pudieron desbloquear los datos de la clínica en {db_path}: la clave es incorrecta (o el inicio del archivo está dañado). Introduzca la clave de recuperación de la hoja impresa, o restaure una copia.</translation>
        </message>
        <message>
            <source>The clinic data in {db_path} could not be upgraded for this version of clinicdesk (schema {value} to {to_revision}). Nothing was changed: the previous version of clinicdesk can still open it. Call your support contact.</source>
            <translation>No se pudieron actualizar los datos de la clínica en {db_path} para esta versión de clinicdesk (esquema {value} a {to_revision}). No se cambió nada: la versión anterior de clinicdesk aún puede abrirlos. Llame a su soporte.</translation>
        </message>
        <message>
            <source>The clinic data in {db_path} is damaged{suffix}. It has been left untouched. Restore the latest backup, or call your support contact.</source>
            <translation>Los datos de la clínica en {db_path} están dañados{suffix}. No se han tocado. Restaure la copia más reciente o llame a su soporte.</translation>
        </message>
        <message>
            <source>The clinic data in {db_path} was saved by a newer version of clinicdesk (schema {revision}). Install the latest clinicdesk to open it; the file has been left untouched.</source>
            <translation>Los datos de la clínica en {db_path} se guardaron con una versión más nueva de clinicdesk (esquema {revision}). Instale el clinicdesk más reciente para abrirlos; el archivo no se ha tocado.</translation>
        </message>
        <message>
            <source>The key that unlocks the clinic data is missing from this computer's keyring. Enter the recovery key from the printed recovery sheet to unlock it.</source>
            <translation>Falta en el llavero de este ordenador la clave que desbloquea los datos de la clínica. Introduzca la clave de recuperación de la hoja impresa para desbloquearlos.</translation>
        </message>
        <message>
            <source>The system keyring that keeps the clinic data key cannot be used ({detail}). Sign in to the desktop session normally, or enter the recovery key to unlock the clinic data.</source>
            <translation>No se puede usar el llavero del sistema que guarda la clave de los datos ({detail}). Inicie la sesión de escritorio con normalidad, o introduzca la clave de recuperación para desbloquear los datos.</translation>
        </message>
        <message>
            <source>There is no clinic data at {db_path}. Create a clinic first (clinicdesk init) or choose the data folder that holds it.</source>
            <translation>No hay datos de clínica en {db_path}. Cree primero una clínica (clinicdesk init) o elija la carpeta de datos que los contiene.</translation>
        </message>
        <message>
            <source>This copy of clinicdesk was installed without database encryption (SQLCipher), so it refuses to open clinic data. Reinstall clinicdesk.</source>
            <translation>Esta copia de clinicdesk se instaló sin cifrado de base de datos (SQLCipher), así que se niega a abrir los datos. Reinstale clinicdesk.</translation>
        </message>
        <message>
            <source>clinicdesk is already open on the clinic data in {data_dir}{who}. Switch to that window, or close it first; a second copy is not started.</source>
            <translation>clinicdesk ya está abierto con los datos de la clínica en {data_dir}{who}. Vaya a esa ventana o ciérrela antes; no se inicia una segunda copia.</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nuevo</translation>
        </message>
        <message>
            <source>{db_path} is not a clinicdesk data file ({reason}). It has been left untouched. Restore a backup, or choose another data folder.</source>
            <translation>{db_path} no es un archivo de datos de clinicdesk ({reason}). No se ha tocado. Restaure una copia o elija otra carpeta de datos.</translation>
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

CLAVE DE RECUPERACIÓN:

    {recovery_key}

{note}</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(sin definir)</translation>
        </message>
        <message>
            <source>Last problem: {last_error}</source>
            <translation>Último problema: {last_error}</translation>
        </message>
        <message>
            <source>Last sync: {moment}</source>
            <translation>Última sincronización: {moment}</translation>
        </message>
        <message>
            <source>No open sync conflicts.</source>
            <translation>No hay conflictos de sincronización abiertos.</translation>
        </message>
        <message>
            <source>Open conflicts: {open_conflicts}</source>
            <translation>Conflictos abiertos: {open_conflicts}</translation>
        </message>
        <message>
            <source>Pending changes: {pending_changes}</source>
            <translation>Cambios pendientes: {pending_changes}</translation>
        </message>
        <message>
            <source>Server: {url}</source>
            <translation>Servidor: {url}</translation>
        </message>
        <message>
            <source>State: offline</source>
            <translation>Estado: sin conexión</translation>
        </message>
        <message>
            <source>State: online</source>
            <translation>Estado: en línea</translation>
        </message>
        <message>
            <source>Synced: sent {pushed}, received {pulled}; {open_conflicts} open conflict(s).</source>
            <translation>Sincronizado: enviados {pushed}, recibidos {pulled}; conflictos abiertos: {open_conflicts}.</translation>
        </message>
        <message>
            <source>The sync server is ready (format {after}).</source>
            <translation>El servidor de sincronización está listo (formato {after}).</translation>
        </message>
        <message>
            <source>The sync server was already set up (format {after}); nothing changed.</source>
            <translation>El servidor de sincronización ya estaba configurado (formato {after}); no cambió nada.</translation>
        </message>
        <message>
            <source>This PC has not joined a sync server: run 'clinicdesk sync join --url ...'.</source>
            <translation>Este PC no se ha unido a un servidor de sincronización: ejecute 'clinicdesk sync join --url ...'.</translation>
        </message>
        <message>
            <source>This PC joined the sync server: sent {pushed} and received {pulled} records.</source>
            <translation>Este PC se unió al servidor de sincronización: envió {pushed} y recibió {pulled} registros.</translation>
        </message>
        <message>
            <source>This PC works alone (not joined to a sync server).</source>
            <translation>Este PC trabaja solo (no unido a un servidor de sincronización).</translation>
        </message>
        <message>
            <source>Write this recovery key down and keep it away from this computer; it is shown only now.</source>
            <translation>Anote esta clave de recuperación y guárdela lejos de este ordenador; solo se muestra ahora.</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>{count} open sync conflict(s):</source>
            <translation>Conflictos de sincronización abiertos: {count}</translation>
        </message>
    </context>
    <context>
        <name>sync conflicts</name>
        <message>
            <source>Choose 'ours' or 'theirs'.</source>
            <translation>Elija 'ours' o 'theirs'.</translation>
        </message>
        <message>
            <source>Choose one of: {join}.</source>
            <translation>Elija uno de: {join}.</translation>
        </message>
        <message>
            <source>Give a reason.</source>
            <translation>Indique un motivo.</translation>
        </message>
        <message>
            <source>That appointment no longer exists.</source>
            <translation>Esa cita ya no existe.</translation>
        </message>
        <message>
            <source>That conflict is already settled.</source>
            <translation>Ese conflicto ya está resuelto.</translation>
        </message>
        <message>
            <source>This conflict is settled another way.</source>
            <translation>Este conflicto se resuelve de otra manera.</translation>
        </message>
    </context>
    <context>
        <name>text policy</name>
        <message>
            <source>{what} {problem}; nothing was saved.</source>
            <translation>{what} {problem}; no se guardó nada.</translation>
        </message>
    </context>
    <context>
        <name>uow</name>
        <message>
            <source>That change refers to a record that does not exist or repeats one that does.</source>
            <translation>Ese cambio se refiere a un registro que no existe o repite uno que ya existe.</translation>
        </message>
    </context>
    <context>
        <name>urgency</name>
        <message>
            <source>emergency</source>
            <translation>emergencia</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>rutina</translation>
        </message>
        <message>
            <source>soon</source>
            <translation>pronto</translation>
        </message>
        <message>
            <source>urgent</source>
            <translation>urgente</translation>
        </message>
    </context>
    <context>
        <name>urgent</name>
        <message>
            <source>The schedule changed since the plan was made; make a new plan.</source>
            <translation>La agenda cambió desde que se hizo el plan; haga un plan nuevo.</translation>
        </message>
    </context>
    <context>
        <name>users command</name>
        <message>
            <source>Give the new password in {NEW_PASSWORD_ENV}.</source>
            <translation>Indique la nueva contraseña en {NEW_PASSWORD_ENV}.</translation>
        </message>
        <message>
            <source>New password set</source>
            <translation>Nueva contraseña establecida</translation>
        </message>
        <message>
            <source>New password: </source>
            <translation>Nueva contraseña: </translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>Rol cambiado</translation>
        </message>
        <message>
            <source>The two passwords do not match; nothing was changed.</source>
            <translation>Las dos contraseñas no coinciden; no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>Type it again: </source>
            <translation>Escríbala de nuevo: </translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>Se cambió su contraseña.</translation>
        </message>
        <message>
            <source>active</source>
            <translation>activa</translation>
        </message>
        <message>
            <source>lock</source>
            <translation>bloqueo</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>role</source>
            <translation>rol</translation>
        </message>
        <message>
            <source>user</source>
            <translation>usuario</translation>
        </message>
    </context>
    <context>
        <name>waitlist</name>
        <message>
            <source>Choose at least one weekday the patient can come.</source>
            <translation>Elija al menos un día de la semana en que el paciente pueda venir.</translation>
        </message>
        <message>
            <source>No active waitlist entry with id {entry_id}.</source>
            <translation>No hay ninguna entrada activa en la lista de espera con el id {entry_id}.</translation>
        </message>
        <message>
            <source>The slot ends before it starts.</source>
            <translation>El hueco termina antes de empezar.</translation>
        </message>
        <message>
            <source>{patient_name} is no longer on the waitlist (booked or removed meanwhile); nothing was booked.</source>
            <translation>{patient_name} ya no está en la lista de espera (reservado o retirado mientras tanto); no se reservó nada.</translation>
        </message>
        <message>
            <source>{short_name} is already on the waitlist for {type_name} (added {added_at:%d %b %Y}); change or remove that entry instead.</source>
            <translation>{short_name} ya está en la lista de espera para {type_name} (añadido el {added_at:%d %b %Y}); cambie o retire esa entrada.</translation>
        </message>
    </context>
    <context>
        <name>waitlist command</name>
        <message>
            <source>
Skipped (clashing): {skipped}</source>
            <translation>
Omitidas (en conflicto): {skipped}</translation>
        </message>
        <message>
            <source>'{target}' is not an appointment id or PROVIDER_ID@START/END.</source>
            <translation>'{target}' no es un id de cita ni PROVIDER_ID@START/END.</translation>
        </message>
        <message>
            <source>Applied plan 1: booked {id}; {count} moved and added to the call list.</source>
            <translation>Plan 1 aplicado: {id} reservado; {count} movidos y añadidos a la lista de llamadas.</translation>
        </message>
        <message numerus="yes">
            <source>Booked %n occurrence(s) in series {series_id}.</source>
            <translation>
                <numerusform>%n repetición reservada en la serie {series_id}.</numerusform>
                <numerusform>%n repeticiones reservadas en la serie {series_id}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancelled %n occurrence(s).</source>
            <translation>
                <numerusform>%n repetición cancelada.</numerusform>
                <numerusform>%n repeticiones canceladas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %n occurrence(s) to {parse_time:%H:%M}.</source>
            <translation>
                <numerusform>%n repetición movida a las {parse_time:%H:%M}.</numerusform>
                <numerusform>%n repeticiones movidas a las {parse_time:%H:%M}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody is waiting.</source>
            <translation>No hay nadie esperando.</translation>
        </message>
        <message>
            <source>Nobody on the waitlist fits that time.</source>
            <translation>Nadie en la lista de espera encaja en esa hora.</translation>
        </message>
        <message numerus="yes">
            <source>Plan {number} (%n move(s)):</source>
            <translation>
                <numerusform>Plan {number} (%n movimiento):</numerusform>
                <numerusform>Plan {number} (%n movimientos):</numerusform>
            </translation>
        </message>
        <message>
            <source>Removed {entry_id} from the waitlist.</source>
            <translation>{entry_id} retirado de la lista de espera.</translation>
        </message>
        <message>
            <source>date</source>
            <translation>fecha</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>no phone on file</source>
            <translation>sin teléfono registrado</translation>
        </message>
        <message>
            <source>patient</source>
            <translation>paciente</translation>
        </message>
        <message>
            <source>patient id</source>
            <translation>id del paciente</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>teléfono</translation>
        </message>
        <message>
            <source>rank</source>
            <translation>puesto</translation>
        </message>
        <message>
            <source>reasons</source>
            <translation>motivos</translation>
        </message>
        <message>
            <source>since</source>
            <translation>desde</translation>
        </message>
        <message>
            <source>time</source>
            <translation>hora</translation>
        </message>
        <message>
            <source>type</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>urgency</source>
            <translation>urgencia</translation>
        </message>
        <message>
            <source>verdict</source>
            <translation>veredicto</translation>
        </message>
        <message>
            <source>{patient_name} is on the waitlist for {type}: {id}</source>
            <translation>{patient_name} está en la lista de espera para {type}: {id}</translation>
        </message>
    </context>
    <context>
        <name>walk ins</name>
        <message>
            <source>The number of people waiting cannot be negative.</source>
            <translation>El número de personas esperando no puede ser negativo.</translation>
        </message>
    </context>
    <context>
        <name>week schedule</name>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n cita</numerusform>
                <numerusform>%n citas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n booked</source>
            <translation>
                <numerusform>%n reservada</numerusform>
                <numerusform>%n reservadas</numerusform>
            </translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Alertas</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Nacido</translation>
        </message>
        <message>
            <source>EMERGENCY</source>
            <translation>EMERGENCIA</translation>
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
            <source>Reason</source>
            <translation>Motivo</translation>
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
            <source>Week of {date}</source>
            <translation>Semana del {date}</translation>
        </message>
        <message>
            <source>Week schedule {date}</source>
            <translation>Agenda semanal {date}</translation>
        </message>
        <message>
            <source>not working</source>
            <translation>no trabaja</translation>
        </message>
        <message>
            <source>soon</source>
            <translation>pronto</translation>
        </message>
        <message>
            <source>working {hours}</source>
            <translation>trabaja {hours}</translation>
        </message>
    </context>
</TS>
