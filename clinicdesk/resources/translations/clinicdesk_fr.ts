<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>AppointmentActions</name>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>&amp;Undo last status change</source>
            <translation>&amp;Annuler le dernier changement de statut</translation>
        </message>
        <message>
            <source>C&amp;ancel appointment…</source>
            <translation>Annuler le &amp;rendez-vous…</translation>
        </message>
        <message>
            <source>Mo&amp;ve…</source>
            <translation>&amp;Déplacer…</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>No-show (N)</source>
            <translation>Absent (N)</translation>
        </message>
        <message>
            <source>No-show (N): from {time}, the visit's start</source>
            <translation>Absent (N) : à partir de {time}, le début du rendez-vous</translation>
        </message>
        <message>
            <source>Not a no-show yet: {patient}'s visit starts at {time} on {day}. A no-show can be marked from then; if they have come, check them in (I).</source>
            <translation>Pas encore absent : le rendez-vous de {patient} commence à {time} le {day}. Il pourra être marqué absent à partir de ce moment ; si la personne est là, enregistrez son arrivée (I).</translation>
        </message>
    </context>
    <context>
        <name>AppointmentDialog</name>
        <message>
            <source>Appointment history</source>
            <translation>Historique du rendez-vous</translation>
        </message>
        <message>
            <source>Appointment: {patient}</source>
            <translation>Rendez-vous : {patient}</translation>
        </message>
        <message>
            <source>Cancelled:</source>
            <translation>Annulé :</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Overridden:</source>
            <translation>Dérogation :</translation>
        </message>
        <message>
            <source>Patient:</source>
            <translation>Patient :</translation>
        </message>
        <message>
            <source>Provider:</source>
            <translation>Praticien :</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Motif :</translation>
        </message>
        <message>
            <source>Room:</source>
            <translation>Salle :</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Statut :</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Type :</translation>
        </message>
        <message>
            <source>Urgency:</source>
            <translation>Urgence :</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>Quand :</translation>
        </message>
    </context>
    <context>
        <name>AppointmentTableModel</name>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Praticien</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
    </context>
    <context>
        <name>BookingDialog</name>
        <message>
            <source>&amp;Book</source>
            <translation>&amp;Réserver</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>À &amp;partir du :</translation>
        </message>
        <message>
            <source>&amp;Make room (bump plan)…</source>
            <translation>Faire de la &amp;place (plan de déplacement)…</translation>
        </message>
        <message>
            <source>&amp;Specialty:</source>
            <translation>&amp;Spécialité :</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;Urgency:</source>
            <translation>&amp;Urgence :</translation>
        </message>
        <message>
            <source>Add to &amp;waitlist</source>
            <translation>Ajouter à la liste d'&amp;attente</translation>
        </message>
        <message>
            <source>Any provider</source>
            <translation>N'importe quel praticien</translation>
        </message>
        <message>
            <source>Any specialty</source>
            <translation>N'importe quelle spécialité</translation>
        </message>
        <message>
            <source>Appointment type</source>
            <translation>Type de rendez-vous</translation>
        </message>
        <message>
            <source>Book the series</source>
            <translation>Réserver la série</translation>
        </message>
        <message>
            <source>Booking for</source>
            <translation>Réservation pour</translation>
        </message>
        <message>
            <source>Booking for: no patient chosen yet</source>
            <translation>Réservation pour : aucun patient choisi</translation>
        </message>
        <message>
            <source>Booking for: {name}, born {born} (age {age}), {phones}</source>
            <translation>Réservation pour : {name}, né(e) le {born} ({age} ans), {phones}</translation>
        </message>
        <message>
            <source>Checking each date…</source>
            <translation>Vérification de chaque date…</translation>
        </message>
        <message>
            <source>Choose a slot first.</source>
            <translation>Choisissez d'abord un créneau.</translation>
        </message>
        <message>
            <source>Choose an appointment type first.</source>
            <translation>Choisissez d'abord un type de rendez-vous.</translation>
        </message>
        <message>
            <source>Earliest day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>Enter books the selected slot.</source>
            <translation>Entrée réserve le créneau sélectionné.</translation>
        </message>
        <message>
            <source>Every date clashes; change the repeat or the slot.</source>
            <translation>Toutes les dates sont en conflit ; changez la répétition ou le créneau.</translation>
        </message>
        <message>
            <source>First available</source>
            <translation>Premier disponible</translation>
        </message>
        <message>
            <source>Looking for free time…</source>
            <translation>Recherche de créneaux libres…</translation>
        </message>
        <message>
            <source>New &amp;patient…</source>
            <translation>Nouveau &amp;patient…</translation>
        </message>
        <message>
            <source>New appointment</source>
            <translation>Nouveau rendez-vous</translation>
        </message>
        <message>
            <source>No free slot found; add the patient to the waitlist.</source>
            <translation>Aucun créneau libre ; ajoutez le patient à la liste d'attente.</translation>
        </message>
        <message>
            <source>No free slot in time for this urgency. Make room with a bump plan, or add the patient to the waitlist.</source>
            <translation>Aucun créneau à temps pour cette urgence. Faites de la place avec un plan de déplacement ou ajoutez le patient à la liste d'attente.</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Pro&amp;vider:</source>
            <translation>Pra&amp;ticien :</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Praticien</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>Moti&amp;f :</translation>
        </message>
        <message>
            <source>Reason for the visit</source>
            <translation>Motif de la visite</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Répéter</translation>
        </message>
        <message>
            <source>Set up an appointment type first.</source>
            <translation>Configurez d'abord un type de rendez-vous.</translation>
        </message>
        <message>
            <source>Specialty</source>
            <translation>Spécialité</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgence</translation>
        </message>
        <message>
            <source>Wait for the list of dates, then book.</source>
            <translation>Attendez la liste des dates, puis réservez.</translation>
        </message>
        <message>
            <source>no phone</source>
            <translation>pas de téléphone</translation>
        </message>
        <message>
            <source>optional, for the provider</source>
            <translation>facultatif, pour le praticien</translation>
        </message>
        <message numerus="yes">
            <source>{clashing} of %n dates clash ({days}). Book the other {others} and skip these?</source>
            <translation>
                <numerusform>{clashing} date sur %n est en conflit ({days}). Réserver les {others} autres et ignorer celles-ci ?</numerusform>
                <numerusform>{clashing} dates sur %n sont en conflit ({days}). Réserver les {others} autres et ignorer celles-ci ?</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} ({minutes} min)</source>
            <translation>{name} ({minutes} min)</translation>
        </message>
        <message>
            <source>{name} is on the waitlist.</source>
            <translation>{name} est sur la liste d'attente.</translation>
        </message>
    </context>
    <context>
        <name>BumpDialog</name>
        <message numerus="yes">
            <source>Plan {number}: urgent at {time} with {provider} — %n move(s), {minutes} min of delay</source>
            <translation>
                <numerusform>Plan {number} : urgence à {time} avec {provider} — %n déplacement, {minutes} min de retard</numerusform>
                <numerusform>Plan {number} : urgence à {time} avec {provider} — %n déplacements, {minutes} min de retard</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BumpPlanDialog</name>
        <message>
            <source>&amp;Apply this plan</source>
            <translation>&amp;Appliquer ce plan</translation>
        </message>
        <message>
            <source>Bump plans</source>
            <translation>Plans de déplacement</translation>
        </message>
        <message>
            <source>Make room for an urgent patient</source>
            <translation>Faire de la place pour un patient urgent</translation>
        </message>
        <message>
            <source>What the chosen plan does</source>
            <translation>Ce que fait le plan choisi</translation>
        </message>
        <message>
            <source>Working out the least disruptive plans…</source>
            <translation>Calcul des plans les moins perturbants…</translation>
        </message>
    </context>
    <context>
        <name>CalendarCanvas</name>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n rendez-vous</numerusform>
                <numerusform>%n rendez-vous</numerusform>
            </translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendrier</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Motif : {reason}</translation>
        </message>
        <message>
            <source>Room: {room}</source>
            <translation>Salle : {room}</translation>
        </message>
        <message>
            <source>Status: {status}; urgency: {urgency}</source>
            <translation>Statut : {status} ; urgence : {urgency}</translation>
        </message>
        <message>
            <source>{start} to {end}, {patient}</source>
            <translation>De {start} à {end}, {patient}</translation>
        </message>
        <message>
            <source>{type} with {provider}</source>
            <translation>{type} avec {provider}</translation>
        </message>
    </context>
    <context>
        <name>CalendarHeader</name>
        <message>
            <source>Calendar columns</source>
            <translation>Colonnes du calendrier</translation>
        </message>
    </context>
    <context>
        <name>CalendarLegend</name>
        <message>
            <source>Appointment types by colour</source>
            <translation>Types de rendez-vous par couleur</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrivé</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>Réservé</translation>
        </message>
        <message>
            <source>Calendar key</source>
            <translation>Légende du calendrier</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmé</translation>
        </message>
        <message>
            <source>In room</source>
            <translation>En salle</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Status &amp;icons</source>
            <translation>&amp;Icônes d'état</translation>
        </message>
        <message>
            <source>What the status icons mean</source>
            <translation>Signification des icônes d'état</translation>
        </message>
        <message>
            <source>{mark} before a name: urgent or emergency</source>
            <translation>{mark} devant un nom : urgent ou urgence vitale</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <source>&amp;Keep it</source>
            <translation>&amp;Le garder</translation>
        </message>
        <message>
            <source>&amp;Patient</source>
            <translation>&amp;Patient</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motif :</translation>
        </message>
        <message>
            <source>C&amp;linic</source>
            <translation>&amp;Cabinet</translation>
        </message>
        <message>
            <source>Cancel &amp;appointment</source>
            <translation>&amp;Annuler le rendez-vous</translation>
        </message>
        <message>
            <source>Cancel appointment</source>
            <translation>Annuler le rendez-vous</translation>
        </message>
        <message>
            <source>Cancel {patient}'s {type}?</source>
            <translation>Annuler {type} de {patient} ?</translation>
        </message>
        <message>
            <source>Cancellation reason</source>
            <translation>Motif de l'annulation</translation>
        </message>
        <message>
            <source>Cancelled by:</source>
            <translation>Annulé par :</translation>
        </message>
        <message>
            <source>Give a reason for the cancellation.</source>
            <translation>Indiquez un motif d'annulation.</translation>
        </message>
        <message>
            <source>e.g. patient unwell, provider away</source>
            <translation>p. ex. patient malade, praticien absent</translation>
        </message>
    </context>
    <context>
        <name>CandidateTableModel</name>
        <message>
            <source>Offer</source>
            <translation>Offre</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgence</translation>
        </message>
        <message>
            <source>Waiting since</source>
            <translation>En attente depuis</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Détecté</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>No open conflicts: every PC agrees.</source>
            <translation>Aucun conflit ouvert : tous les PC concordent.</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>Conflits ouverts</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation>Conflits de synchronisation</translation>
        </message>
        <message>
            <source>Two PCs changed the same booking or record while apart. Choose what to keep; your choice is sent to every PC.</source>
            <translation>Deux PC ont modifié la même réservation ou le même dossier séparément. Choisissez ce qu'il faut garder ; votre choix est envoyé à chaque PC.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>{action}: why? (kept in the record)</source>
            <translation>{action} : pourquoi ? (conservé dans le dossier)</translation>
        </message>
    </context>
    <context>
        <name>CreateClinicDialog</name>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Fuseau horaire :</translation>
        </message>
        <message>
            <source>Administrator &amp;user name:</source>
            <translation>Nom d'&amp;utilisateur de l'administrateur :</translation>
        </message>
        <message>
            <source>Administrator password</source>
            <translation>Mot de passe de l'administrateur</translation>
        </message>
        <message>
            <source>Administrator password again</source>
            <translation>Confirmer le mot de passe de l'administrateur</translation>
        </message>
        <message>
            <source>Administrator user name</source>
            <translation>Nom d'utilisateur de l'administrateur</translation>
        </message>
        <message>
            <source>Clinic &amp;name:</source>
            <translation>&amp;Nom du cabinet :</translation>
        </message>
        <message>
            <source>Clinic name</source>
            <translation>Nom du cabinet</translation>
        </message>
        <message>
            <source>Clinic time zone</source>
            <translation>Fuseau horaire du cabinet</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <source>Create a clinic</source>
            <translation>Créer un cabinet</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>Confirmer le mot de p&amp;asse :</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>The two passwords do not match.</source>
            <translation>Les deux mots de passe ne correspondent pas.</translation>
        </message>
        <message>
            <source>Type the clinic's name.</source>
            <translation>Saisissez le nom du cabinet.</translation>
        </message>
    </context>
    <context>
        <name>DayRow</name>
        <message>
            <source>break</source>
            <translation>pause</translation>
        </message>
        <message>
            <source>{day} has a break</source>
            <translation>{day} a une pause</translation>
        </message>
    </context>
    <context>
        <name>DayView</name>
        <message>
            <source>All providers</source>
            <translation>Tous les praticiens</translation>
        </message>
        <message>
            <source>By room</source>
            <translation>Par salle</translation>
        </message>
        <message>
            <source>C&amp;hoose providers…</source>
            <translation>C&amp;hoisir les praticiens…</translation>
        </message>
        <message>
            <source>Chosen providers</source>
            <translation>Praticiens choisis</translation>
        </message>
        <message>
            <source>Columns shown in the day view</source>
            <translation>Colonnes affichées dans la vue du jour</translation>
        </message>
        <message>
            <source>Day calendar: one column per provider</source>
            <translation>Calendrier du jour : une colonne par praticien</translation>
        </message>
        <message>
            <source>Day calendar: one column per room</source>
            <translation>Calendrier du jour : une colonne par salle</translation>
        </message>
        <message>
            <source>Day view</source>
            <translation>Vue du jour</translation>
        </message>
        <message>
            <source>Delete calendar view</source>
            <translation>Supprimer la vue du calendrier</translation>
        </message>
        <message>
            <source>Delete the view '{name}'? No appointments change.</source>
            <translation>Supprimer la vue « {name} » ? Aucun rendez-vous ne change.</translation>
        </message>
        <message>
            <source>Delete view</source>
            <translation>Supprimer la vue</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>Nom de la vue :</translation>
        </message>
        <message>
            <source>Save as &amp;view…</source>
            <translation>Enregistrer comme &amp;vue…</translation>
        </message>
        <message>
            <source>Save calendar view</source>
            <translation>Enregistrer la vue du calendrier</translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>&amp;Afficher :</translation>
        </message>
    </context>
    <context>
        <name>DisplacedVisitModel</name>
        <message>
            <source>Born</source>
            <translation>Naissance</translation>
        </message>
        <message>
            <source>Called</source>
            <translation>Appelé</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Praticien</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <source>no phone on file</source>
            <translation>aucun téléphone</translation>
        </message>
        <message>
            <source>rebooked</source>
            <translation>replanifié</translation>
        </message>
        <message>
            <source>to call</source>
            <translation>à appeler</translation>
        </message>
        <message>
            <source>to rebook</source>
            <translation>à replanifier</translation>
        </message>
        <message>
            <source>✓ called</source>
            <translation>✓ appelé</translation>
        </message>
    </context>
    <context>
        <name>DisplacedVisitsDialog</name>
        <message>
            <source>Ca&amp;lled</source>
            <translation>&amp;Appelé</translation>
        </message>
        <message>
            <source>Last action</source>
            <translation>Dernière action</translation>
        </message>
        <message>
            <source>Move the selected visit to the first free time with another provider</source>
            <translation>Déplacer la visite choisie au premier créneau libre avec un autre praticien</translation>
        </message>
        <message>
            <source>Move the selected visit to the first free time with the same provider</source>
            <translation>Déplacer la visite choisie au premier créneau libre avec le même praticien</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Rebook, &amp;other</source>
            <translation>Replanifier, a&amp;utre</translation>
        </message>
        <message>
            <source>Rebook, &amp;same</source>
            <translation>Replanifier, &amp;même</translation>
        </message>
        <message>
            <source>Rebooked: {name}, {time}, {provider}</source>
            <translation>Replanifié : {name}, {time}, {provider}</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Enregistrer en PDF</translation>
        </message>
        <message>
            <source>Save list as &amp;PDF…</source>
            <translation>Enregistrer la liste en &amp;PDF…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Enregistré : {path}</translation>
        </message>
        <message>
            <source>Tick off the call to the selected patient</source>
            <translation>Cocher l'appel au patient choisi</translation>
        </message>
        <message>
            <source>Visits inside the time off</source>
            <translation>Visites pendant l'absence</translation>
        </message>
        <message>
            <source>Visits to rebook</source>
            <translation>Visites à replanifier</translation>
        </message>
        <message>
            <source>the provider</source>
            <translation>le praticien</translation>
        </message>
        <message>
            <source>{count} booked visits are inside the time off of {provider}; they were not moved. {to_call} still to call, {to_rebook} still to rebook.</source>
            <translation>{count} visites réservées tombent pendant l'absence de {provider} ; elles n'ont pas été déplacées. Encore {to_call} à appeler, {to_rebook} à replanifier.</translation>
        </message>
    </context>
    <context>
        <name>DuplicateWarning</name>
        <message>
            <source>&amp;Register as new</source>
            <translation>&amp;Enregistrer comme nouveau</translation>
        </message>
        <message>
            <source>&amp;Use the selected patient</source>
            <translation>&amp;Utiliser le patient sélectionné</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Doublon possible</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Doublons possibles</translation>
        </message>
        <message>
            <source>These patients have the same family name and date of birth, or the same phone number. Is the caller one of them?</source>
            <translation>Ces patients ont le même nom de famille et la même date de naissance, ou le même numéro de téléphone. L'appelant est-il l'un d'eux ?</translation>
        </message>
        <message>
            <source>{name}, born {birth_date} {phones}</source>
            <translation>{name}, né(e) le {birth_date} {phones}</translation>
        </message>
    </context>
    <context>
        <name>ExceptionTableModel</name>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
    </context>
    <context>
        <name>ExceptionsEditor</name>
        <message>
            <source> to {day}</source>
            <translation> au {day}</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>&amp;Days:</source>
            <translation>&amp;Jours :</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Nature :</translation>
        </message>
        <message>
            <source>&amp;Whole days</source>
            <translation>Journées &amp;entières</translation>
        </message>
        <message>
            <source>Appointments inside the new time off</source>
            <translation>Rendez-vous pendant la nouvelle absence</translation>
        </message>
        <message>
            <source>Call and rebook them from the worklist.</source>
            <translation>Appelez-les et reprogrammez-les depuis la liste de travail.</translation>
        </message>
        <message>
            <source>Choose the time off or extra hours to remove.</source>
            <translation>Choisissez l'absence ou les heures supplémentaires à retirer.</translation>
        </message>
        <message>
            <source>Every visit inside the time off: call, rebook, print</source>
            <translation>Chaque visite pendant l'absence : appeler, reprogrammer, imprimer</translation>
        </message>
        <message>
            <source>Extra hours</source>
            <translation>Heures supplémentaires</translation>
        </message>
        <message>
            <source>Kind of exception</source>
            <translation>Nature de l'exception</translation>
        </message>
        <message>
            <source>Open the &amp;worklist…</source>
            <translation>Ouvrir la liste de &amp;travail…</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>Moti&amp;f :</translation>
        </message>
        <message>
            <source>Re&amp;move selected…</source>
            <translation>&amp;Retirer la sélection…</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove {provider}'s {what} ({span})?</source>
            <translation>Retirer {what} de {provider} ({span}) ?</translation>
        </message>
        <message>
            <source>T&amp;ime:</source>
            <translation>&amp;Heure :</translation>
        </message>
        <message>
            <source>The front desk sees and rebooks them in the day view.</source>
            <translation>L'accueil les voit et les reprogramme dans la vue du jour.</translation>
        </message>
        <message>
            <source>The last day is before the first day.</source>
            <translation>Le dernier jour est avant le premier.</translation>
        </message>
        <message>
            <source>Time off</source>
            <translation>Absence</translation>
        </message>
        <message>
            <source>e.g. annual leave, training, Saturday clinic</source>
            <translation>p. ex. congés, formation, consultation du samedi</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n booked appointment(s) now inside this time off; they were not moved. </source>
            <translation>
                <numerusform>⚠ %n rendez-vous réservé tombe pendant cette absence ; il n'a pas été déplacé. </numerusform>
                <numerusform>⚠ %n rendez-vous réservés tombent pendant cette absence ; ils n'ont pas été déplacés. </numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstRunPanel</name>
        <message>
            <source>&amp;Create a clinic…</source>
            <translation>&amp;Créer un cabinet…</translation>
        </message>
        <message>
            <source>Load the &amp;demo clinic…</source>
            <translation>Charger le cabinet de &amp;démonstration…</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>There is no clinic on this computer yet. Create your clinic, or load the demo clinic (made-up patients and appointments) to try clinicdesk out.</source>
            <translation>Il n'y a pas encore de cabinet sur cet ordinateur. Créez votre cabinet, ou chargez le cabinet de démonstration (patients et rendez-vous fictifs) pour essayer clinicdesk.</translation>
        </message>
        <message>
            <source>Welcome to clinicdesk</source>
            <translation>Bienvenue dans clinicdesk</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>Locked: sign in on the main clinicdesk window.</source>
            <translation>Verrouillé : connectez-vous dans la fenêtre principale de clinicdesk.</translation>
        </message>
    </context>
    <context>
        <name>InsuranceForm</name>
        <message>
            <source>&amp;Member id:</source>
            <translation>Numéro d'&amp;adhérent :</translation>
        </message>
        <message>
            <source>Chec&amp;ked on:</source>
            <translation>Vérifi&amp;é le :</translation>
        </message>
        <message>
            <source>Insurance and verification</source>
            <translation>Assurance et vérification</translation>
        </message>
        <message>
            <source>Pa&amp;yer:</source>
            <translation>&amp;Payeur :</translation>
        </message>
        <message>
            <source>Veri&amp;fication:</source>
            <translation>&amp;Vérification :</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>jj/mm/aaaa</translation>
        </message>
        <message>
            <source>insurer or scheme; leave empty for none</source>
            <translation>assureur ou régime ; laisser vide si aucun</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;System language</source>
            <translation>Langue du &amp;système</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>The new language is used when clinicdesk next starts.</source>
            <translation>La nouvelle langue sera utilisée au prochain démarrage de clinicdesk.</translation>
        </message>
    </context>
    <context>
        <name>LengthDialog</name>
        <message>
            <source>&amp;Change length</source>
            <translation>&amp;Changer la durée</translation>
        </message>
        <message>
            <source>&amp;Ends at:</source>
            <translation>&amp;Fin à :</translation>
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation>&amp;Le garder</translation>
        </message>
        <message>
            <source>Change length</source>
            <translation>Changer la durée</translation>
        </message>
        <message>
            <source>Change when {patient}'s {type} ends (starts {when} with {provider}).</source>
            <translation>Changer la fin de {type} de {patient} (début {when} avec {provider}).</translation>
        </message>
        <message>
            <source>New end time</source>
            <translation>Nouvelle heure de fin</translation>
        </message>
        <message>
            <source>To change the length anyway, give the reason for overriding.</source>
            <translation>Pour changer la durée quand même, indiquez le motif de la dérogation.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;About clinicdesk</source>
            <translation>À &amp;propos de clinicdesk</translation>
        </message>
        <message>
            <source>&amp;Appointment</source>
            <translation>&amp;Rendez-vous</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Jour</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Find patient…</source>
            <translation>&amp;Rechercher un patient…</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>A&amp;ller</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>&amp;New appointment…</source>
            <translation>&amp;Nouveau rendez-vous…</translation>
        </message>
        <message>
            <source>&amp;Patients</source>
            <translation>&amp;Patients</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>Au&amp;jourd'hui</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Week</source>
            <translation>&amp;Semaine</translation>
        </message>
        <message>
            <source>About clinicdesk</source>
            <translation>À propos de clinicdesk</translation>
        </message>
        <message>
            <source>Booked: {name}, {time}, {provider}</source>
            <translation>Réservé : {name}, {time}, {provider}</translation>
        </message>
        <message>
            <source>Clinic data location</source>
            <translation>Emplacement des données du cabinet</translation>
        </message>
        <message>
            <source>Data: {location}</source>
            <translation>Données : {location}</translation>
        </message>
        <message>
            <source>Date shown</source>
            <translation>Date affichée</translation>
        </message>
        <message>
            <source>Demo clinic ready. Sign in as '{user}' (front desk), 'manager' or '{admin}' (set-up) with the password you chose.</source>
            <translation>Cabinet de démonstration prêt. Connectez-vous en tant que « {user} » (accueil), « manager » ou « {admin} » (configuration) avec le mot de passe choisi.</translation>
        </message>
        <message>
            <source>Find patient (Ctrl+F)</source>
            <translation>Rechercher un patient (Ctrl+F)</translation>
        </message>
        <message>
            <source>Load the demo clinic</source>
            <translation>Charger le cabinet de démonstration</translation>
        </message>
        <message>
            <source>Making the demo clinic… (this takes a few seconds)</source>
            <translation>Création du cabinet de démonstration… (quelques secondes)</translation>
        </message>
        <message>
            <source>New appointment (Ctrl+N)</source>
            <translation>Nouveau rendez-vous (Ctrl+N)</translation>
        </message>
        <message>
            <source>Next day</source>
            <translation>Jour suivant</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Semaine suivante</translation>
        </message>
        <message>
            <source>P&amp;roviders</source>
            <translation>P&amp;raticiens</translation>
        </message>
        <message>
            <source>Previous day</source>
            <translation>Jour précédent</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Semaine précédente</translation>
        </message>
        <message>
            <source>R&amp;eports</source>
            <translation>Ra&amp;pports</translation>
        </message>
        <message>
            <source>Re&amp;minders</source>
            <translation>Rapp&amp;els</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clé de récupération</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Se &amp;déconnecter</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Se déconnecter</translation>
        </message>
        <message>
            <source>Signed in: {user} ({role})</source>
            <translation>Connecté : {user} ({role})</translation>
        </message>
        <message>
            <source>Signed-in user</source>
            <translation>Utilisateur connecté</translation>
        </message>
        <message>
            <source>Today (T)</source>
            <translation>Aujourd'hui (T)</translation>
        </message>
        <message>
            <source>Type the recovery key from the printed recovery sheet
(16 groups of 6 digits; spaces and dashes are fine):</source>
            <translation>Saisissez la clé de récupération de la feuille de récupération imprimée
(16 groupes de 6 chiffres ; espaces et tirets acceptés) :</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Vues</translation>
        </message>
        <message>
            <source>Wait&amp;list</source>
            <translation>&amp;Liste d'attente</translation>
        </message>
        <message>
            <source>Waiting &amp;room</source>
            <translation>Salle d'a&amp;ttente</translation>
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
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation>&amp;Garder</translation>
        </message>
        <message>
            <source>&amp;Move</source>
            <translation>&amp;Déplacer</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Heure :</translation>
        </message>
        <message>
            <source>Move appointment</source>
            <translation>Déplacer le rendez-vous</translation>
        </message>
        <message>
            <source>Move {patient}'s {type} (now {when} with {provider}).</source>
            <translation>Déplacer {type} de {patient} (actuellement {when} avec {provider}).</translation>
        </message>
        <message>
            <source>New day</source>
            <translation>Nouveau jour</translation>
        </message>
        <message>
            <source>New time</source>
            <translation>Nouvelle heure</translation>
        </message>
        <message>
            <source>Pro&amp;vider:</source>
            <translation>Pr&amp;aticien :</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Praticien</translation>
        </message>
        <message>
            <source>To move it anyway, give the reason for overriding and press Enter.</source>
            <translation>Pour le déplacer quand même, indiquez le motif de la dérogation et appuyez sur Entrée.</translation>
        </message>
    </context>
    <context>
        <name>NewPatientDialog</name>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;E-mail :</translation>
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation>Nom de &amp;famille :</translation>
        </message>
        <message>
            <source>&amp;Given name:</source>
            <translation>&amp;Prénom :</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Téléphone :</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation>Date de &amp;naissance :</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>New patient</source>
            <translation>Nouveau patient</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>jj/mm/aaaa</translation>
        </message>
    </context>
    <context>
        <name>OccurrenceTableModel</name>
        <message>
            <source>Clash</source>
            <translation>Conflit</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Needs override</source>
            <translation>Dérogation requise</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
    </context>
    <context>
        <name>OverrideReason</name>
        <message>
            <source>Ask someone who may book to override it.</source>
            <translation>Demandez à une personne autorisée à réserver de passer outre.</translation>
        </message>
        <message>
            <source>Reason for &amp;overriding:</source>
            <translation>M&amp;otif de la dérogation :</translation>
        </message>
        <message>
            <source>Reason for overriding</source>
            <translation>Motif de la dérogation</translation>
        </message>
        <message>
            <source>Why the change was not made</source>
            <translation>Pourquoi le changement n'a pas été fait</translation>
        </message>
        <message>
            <source>e.g. patient can only come then; provider agreed</source>
            <translation>p. ex. le patient ne peut venir qu'à ce moment ; le praticien est d'accord</translation>
        </message>
    </context>
    <context>
        <name>PatientDetail</name>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n rendez-vous</numerusform>
                <numerusform>%n rendez-vous</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completed</source>
            <translation>
                <numerusform>%n terminé</numerusform>
                <numerusform>%n terminés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n late cancellation(s)</source>
            <translation>
                <numerusform>%n annulation tardive</numerusform>
                <numerusform>%n annulations tardives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n no-show(s)</source>
            <translation>
                <numerusform>%n absence</numerusform>
                <numerusform>%n absences</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n upcoming</source>
            <translation>
                <numerusform>%n à venir</numerusform>
                <numerusform>%n à venir</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Alerts:</source>
            <translation>&amp;Alertes :</translation>
        </message>
        <message>
            <source>&amp;Book for this patient…</source>
            <translation>&amp;Réserver pour ce patient…</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;E-mail :</translation>
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation>Nom de &amp;famille :</translation>
        </message>
        <message>
            <source>&amp;Given name:</source>
            <translation>Pré&amp;nom :</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historique</translation>
        </message>
        <message>
            <source>&amp;Phones:</source>
            <translation>&amp;Téléphones :</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Enregistrer les modifications</translation>
        </message>
        <message>
            <source>&amp;Upcoming</source>
            <translation>À &amp;venir</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Assiduité</translation>
        </message>
        <message>
            <source>Choose a patient</source>
            <translation>Choisissez un patient</translation>
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation>Date de nai&amp;ssance :</translation>
        </message>
        <message>
            <source>Patient alerts</source>
            <translation>Alertes du patient</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>jj/mm/aaaa</translation>
        </message>
        <message>
            <source>separate several with ;</source>
            <translation>séparez-en plusieurs par ;</translation>
        </message>
        <message>
            <source>⚠ Alert: {alerts}</source>
            <translation>⚠ Alerte : {alerts}</translation>
        </message>
    </context>
    <context>
        <name>PatientSearch</name>
        <message>
            <source>Find patient</source>
            <translation>Rechercher un patient</translation>
        </message>
        <message>
            <source>Find the patient first: type a name, birth date or phone digits.</source>
            <translation>Trouvez d'abord le patient : saisissez un nom, une date de naissance ou des chiffres du téléphone.</translation>
        </message>
        <message>
            <source>Name, date of birth (e.g. 17/05/1980) or phone digits</source>
            <translation>Nom, date de naissance (p. ex. 17/05/1980) ou chiffres du téléphone</translation>
        </message>
        <message>
            <source>No patient matches: check the spelling, or register a new patient.</source>
            <translation>Aucun patient trouvé : vérifiez l'orthographe ou enregistrez un nouveau patient.</translation>
        </message>
        <message>
            <source>Still searching: wait for the list, then pick the patient.</source>
            <translation>Recherche en cours : attendez la liste, puis choisissez le patient.</translation>
        </message>
        <message>
            <source>{count} patients match: pick one with the arrow keys, or click it.</source>
            <translation>{count} patients trouvés : choisissez-en un avec les flèches ou cliquez dessus.</translation>
        </message>
    </context>
    <context>
        <name>PatientTableModel</name>
        <message>
            <source>Age</source>
            <translation>Âge</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Naissance</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>has alerts: open the record before booking</source>
            <translation>a des alertes : ouvrez le dossier avant de réserver</translation>
        </message>
    </context>
    <context>
        <name>PatientsView</name>
        <message>
            <source>Patients</source>
            <translation>Patients</translation>
        </message>
    </context>
    <context>
        <name>PrintActions</name>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>Preview the day sheet of the day shown (Ctrl+Shift+P)</source>
            <translation>Aperçu de la feuille du jour affiché (Ctrl+Maj+P)</translation>
        </message>
        <message>
            <source>Print a day sheet, week schedule or call list (Ctrl+P)</source>
            <translation>Imprimer une feuille du jour, un planning de la semaine ou une liste d'appels (Ctrl+P)</translation>
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>&amp;Aperçu avant impression…</translation>
        </message>
    </context>
    <context>
        <name>PrintSheetDialog</name>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation>&amp;Feuille :</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <source>Choose a provider</source>
            <translation>Choisissez un praticien</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <source>P&amp;rovider:</source>
            <translation>P&amp;raticien :</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>A&amp;perçu…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <source>Print a sheet</source>
            <translation>Imprimer une feuille</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Praticien</translation>
        </message>
        <message>
            <source>Save &amp;as PDF…</source>
            <translation>Enregistrer en P&amp;DF…</translation>
        </message>
        <message>
            <source>What to print</source>
            <translation>Quoi imprimer</translation>
        </message>
        <message>
            <source>Whole clinic</source>
            <translation>Tout le cabinet</translation>
        </message>
    </context>
    <context>
        <name>ProblemPanel</name>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Réessayer</translation>
        </message>
        <message>
            <source>Enter the &amp;recovery key…</source>
            <translation>Saisir la clé de &amp;récupération…</translation>
        </message>
        <message>
            <source>The clinic data cannot be opened</source>
            <translation>Les données du cabinet ne peuvent pas être ouvertes</translation>
        </message>
        <message>
            <source>Why the clinic data cannot be opened</source>
            <translation>Pourquoi les données du cabinet ne peuvent pas être ouvertes</translation>
        </message>
    </context>
    <context>
        <name>ProviderPicker</name>
        <message>
            <source>&amp;Clear all</source>
            <translation>Tout &amp;décocher</translation>
        </message>
        <message>
            <source>Filter by name or specialty</source>
            <translation>Filtrer par nom ou spécialité</translation>
        </message>
        <message>
            <source>Filter providers</source>
            <translation>Filtrer les praticiens</translation>
        </message>
        <message>
            <source>Providers to show</source>
            <translation>Praticiens à afficher</translation>
        </message>
        <message>
            <source>Tick &amp;all shown</source>
            <translation>Cocher &amp;tous ceux affichés</translation>
        </message>
        <message>
            <source>Tick at least one provider.</source>
            <translation>Cochez au moins un praticien.</translation>
        </message>
    </context>
    <context>
        <name>ProvidersView</name>
        <message>
            <source>&amp;Save weekly hours</source>
            <translation>&amp;Enregistrer les horaires de la semaine</translation>
        </message>
        <message>
            <source>&amp;Time off &amp;&amp; extra hours</source>
            <translation>&amp;Absences &amp;&amp; heures supplémentaires</translation>
        </message>
        <message>
            <source>&amp;Weekly hours</source>
            <translation>Horaires de la &amp;semaine</translation>
        </message>
        <message>
            <source>; next change {day}</source>
            <translation> ; prochain changement le {day}</translation>
        </message>
        <message>
            <source>Break from</source>
            <translation>Pause de</translation>
        </message>
        <message>
            <source>Break to</source>
            <translation>Pause à</translation>
        </message>
        <message>
            <source>Choose a provider</source>
            <translation>Choisissez un praticien</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>Hours in force since {since}{change}.</source>
            <translation>Horaires en vigueur depuis le {since}{change}.</translation>
        </message>
        <message>
            <source>New hours start on</source>
            <translation>Les nouveaux horaires commencent le</translation>
        </message>
        <message>
            <source>New hours start on:</source>
            <translation>Les nouveaux horaires commencent le :</translation>
        </message>
        <message>
            <source>Preview of the next two weeks</source>
            <translation>Aperçu des deux prochaines semaines</translation>
        </message>
        <message>
            <source>Preview: the next two weeks</source>
            <translation>Aperçu : les deux prochaines semaines</translation>
        </message>
        <message>
            <source>Provider schedule</source>
            <translation>Planning du praticien</translation>
        </message>
        <message>
            <source>Providers</source>
            <translation>Praticiens</translation>
        </message>
        <message>
            <source>Saved. The calendar shows the new hours.</source>
            <translation>Enregistré. Le calendrier affiche les nouveaux horaires.</translation>
        </message>
        <message>
            <source>Time off and extra hours</source>
            <translation>Absences et heures supplémentaires</translation>
        </message>
        <message>
            <source>Time off and extra hours: {provider}</source>
            <translation>Absences et heures supplémentaires : {provider}</translation>
        </message>
        <message>
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <source>never set</source>
            <translation>jamais définis</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>I have written down the recovery key</source>
            <translation>J'ai noté la clé de récupération</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clé de récupération</translation>
        </message>
        <message>
            <source>Write this recovery key down or print it, and keep it somewhere safe away from this computer. It is shown only now. Without it, the clinic's data cannot be opened if this computer's saved key is ever lost.</source>
            <translation>Notez ou imprimez cette clé de récupération et conservez-la en lieu sûr, loin de cet ordinateur. Elle n'est affichée que maintenant. Sans elle, les données du cabinet ne pourront pas être ouvertes si la clé enregistrée sur cet ordinateur est un jour perdue.</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Votre clé de récupération</translation>
        </message>
    </context>
    <context>
        <name>RemindersView</name>
        <message>
            <source>&amp;Handled</source>
            <translation>&amp;Traité</translation>
        </message>
        <message>
            <source>&amp;Not sent</source>
            <translation>&amp;Non envoyés</translation>
        </message>
        <message>
            <source>&amp;Replies</source>
            <translation>&amp;Réponses</translation>
        </message>
        <message>
            <source>Called</source>
            <translation>Appelé</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>Mar&amp;k as called</source>
            <translation>Mar&amp;quer comme appelé</translation>
        </message>
        <message>
            <source>Messages not sent</source>
            <translation>Messages non envoyés</translation>
        </message>
        <message>
            <source>No-shows</source>
            <translation>Absences</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Patient known</source>
            <translation>Patient connu</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Actuali&amp;ser</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Rappels</translation>
        </message>
        <message>
            <source>Replies for staff</source>
            <translation>Réponses pour le personnel</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>To &amp;call</source>
            <translation>À &amp;appeler</translation>
        </message>
        <message>
            <source>Tries</source>
            <translation>Essais</translation>
        </message>
        <message>
            <source>Visits to confirm</source>
            <translation>Rendez-vous à confirmer</translation>
        </message>
        <message>
            <source>called</source>
            <translation>appelé</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>no phone on file</source>
            <translation>aucun téléphone enregistré</translation>
        </message>
        <message>
            <source>not confirmed</source>
            <translation>non confirmé</translation>
        </message>
        <message>
            <source>unclear reply</source>
            <translation>réponse peu claire</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>{calls} to call, {replies} replies to read, {failed} not sent.</source>
            <translation>{calls} à appeler, {replies} réponses à lire, {failed} non envoyés.</translation>
        </message>
    </context>
    <context>
        <name>RepeatPanel</name>
        <message>
            <source> month(s)</source>
            <translation> mois</translation>
        </message>
        <message>
            <source> visits</source>
            <translation> visites</translation>
        </message>
        <message>
            <source> week(s)</source>
            <translation> semaine(s)</translation>
        </message>
        <message>
            <source>&amp;Override reason:</source>
            <translation>&amp;Motif de la dérogation :</translation>
        </message>
        <message>
            <source>&amp;after</source>
            <translation>&amp;après</translation>
        </message>
        <message>
            <source>Choose a patient and a slot to see the dates.</source>
            <translation>Choisissez un patient et un créneau pour voir les dates.</translation>
        </message>
        <message>
            <source>Ends:</source>
            <translation>Fin :</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>ven</translation>
        </message>
        <message>
            <source>Last day of the series</source>
            <translation>Dernier jour de la série</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>lun</translation>
        </message>
        <message>
            <source>Monthly (same date)</source>
            <translation>Mensuel (même date)</translation>
        </message>
        <message>
            <source>Number of visits</source>
            <translation>Nombre de visites</translation>
        </message>
        <message>
            <source>On:</source>
            <translation>Les :</translation>
        </message>
        <message>
            <source>Reason to override policy clashes</source>
            <translation>Motif pour déroger aux conflits de règles</translation>
        </message>
        <message>
            <source>Repeat every how many weeks or months</source>
            <translation>Répéter toutes les combien de semaines ou de mois</translation>
        </message>
        <message>
            <source>Repeat frequency</source>
            <translation>Fréquence de répétition</translation>
        </message>
        <message>
            <source>Repeat on {day}</source>
            <translation>Répéter le {day}</translation>
        </message>
        <message>
            <source>Repeat the appointment</source>
            <translation>Répéter le rendez-vous</translation>
        </message>
        <message>
            <source>Repeat:</source>
            <translation>Répéter :</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>sam</translation>
        </message>
        <message>
            <source>Series summary</source>
            <translation>Résumé de la série</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>dim</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>jeu</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>mer</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Hebdomadaire</translation>
        </message>
        <message>
            <source>every </source>
            <translation>toutes les </translation>
        </message>
        <message>
            <source>o&amp;n</source>
            <translation>l&amp;e</translation>
        </message>
        <message>
            <source>only to book the ones needing an override</source>
            <translation>uniquement pour réserver ceux qui nécessitent une dérogation</translation>
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exporter en CSV…</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Rapport :</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Afficher</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>A&amp;u :</translation>
        </message>
        <message>
            <source>Exported to {file}</source>
            <translation>Exporté vers {file}</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportation…</translation>
        </message>
        <message>
            <source>No visit in these dates has both an arrival and an in-room time.</source>
            <translation>Aucune visite sur ces dates n'a à la fois une heure d'arrivée et une heure d'entrée en salle.</translation>
        </message>
        <message>
            <source>Nothing to chart for these dates.</source>
            <translation>Rien à représenter pour ces dates.</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Report chart</source>
            <translation>Graphique du rapport</translation>
        </message>
        <message>
            <source>Report figures</source>
            <translation>Chiffres du rapport</translation>
        </message>
        <message>
            <source>Report status</source>
            <translation>État du rapport</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <source>Reports are for practice managers. Your account ({role}) cannot open them; ask a manager if you need these figures.</source>
            <translation>Les rapports sont réservés aux responsables du cabinet. Votre compte ({role}) ne peut pas les ouvrir ; demandez à un responsable si vous avez besoin de ces chiffres.</translation>
        </message>
        <message>
            <source>Reports unavailable</source>
            <translation>Rapports indisponibles</translation>
        </message>
        <message>
            <source>Save these figures as a CSV file for a spreadsheet</source>
            <translation>Enregistrer ces chiffres dans un fichier CSV pour un tableur</translation>
        </message>
        <message>
            <source>Work the report out for these dates (Enter)</source>
            <translation>Calculer le rapport pour ces dates (Entrée)</translation>
        </message>
        <message>
            <source>Working out the figures…</source>
            <translation>Calcul des chiffres…</translation>
        </message>
        <message>
            <source>Your account ({role}) is not allowed to do this; ask a practice manager.</source>
            <translation>Votre compte ({role}) n'a pas le droit de faire cela ; demandez à un responsable du cabinet.</translation>
        </message>
        <message numerus="yes">
            <source>{title}, {first} to {last}: %n row(s).</source>
            <translation>
                <numerusform>{title}, du {first} au {last} : %n ligne.</numerusform>
                <numerusform>{title}, du {first} au {last} : %n lignes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SaveTarget</name>
        <message>
            <source>Replace the file?</source>
            <translation>Remplacer le fichier ?</translation>
        </message>
        <message>
            <source>{name} already exists in {folder}. Replace it?</source>
            <translation>{name} existe déjà dans {folder}. Le remplacer ?</translation>
        </message>
    </context>
    <context>
        <name>SheetPreviewDialog</name>
        <message>
            <source>Print preview</source>
            <translation>Aperçu avant impression</translation>
        </message>
        <message>
            <source>Print preview - {title}</source>
            <translation>Aperçu avant impression - {title}</translation>
        </message>
        <message>
            <source>Save as PDF (Ctrl+S)</source>
            <translation>Enregistrer en PDF (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Enregistrer en PDF…</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>{file} enregistré</translation>
        </message>
    </context>
    <context>
        <name>SheetRequest</name>
        <message>
            <source>Call list {first} to {last}</source>
            <translation>Liste d'appels du {first} au {last}</translation>
        </message>
        <message>
            <source>Day sheet {day}</source>
            <translation>Feuille du jour {day}</translation>
        </message>
        <message>
            <source>Week schedule from {day}</source>
            <translation>Planning de la semaine à partir du {day}</translation>
        </message>
    </context>
    <context>
        <name>SignInPanel</name>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Mot de passe</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Se connecter</translation>
        </message>
        <message>
            <source>&amp;Sign out</source>
            <translation>Se &amp;déconnecter</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Déverrouiller</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nom d'&amp;utilisateur :</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
        <message>
            <source>Clinic name</source>
            <translation>Nom du cabinet</translation>
        </message>
        <message>
            <source>Locked: sign in to continue</source>
            <translation>Verrouillé : connectez-vous pour continuer</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Sign in to open the schedule.</source>
            <translation>Connectez-vous pour ouvrir le planning.</translation>
        </message>
        <message>
            <source>Sign-in message</source>
            <translation>Message de connexion</translation>
        </message>
        <message>
            <source>Sign-in problem</source>
            <translation>Problème de connexion</translation>
        </message>
        <message>
            <source>This window is locked. Sign in to continue.</source>
            <translation>Cette fenêtre est verrouillée. Connectez-vous pour continuer.</translation>
        </message>
        <message>
            <source>Type your user name.</source>
            <translation>Saisissez votre nom d'utilisateur.</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>clinicdesk</source>
            <translation>clinicdesk</translation>
        </message>
        <message>
            <source>e.g. j.lee</source>
            <translation>p. ex. j.lee</translation>
        </message>
    </context>
    <context>
        <name>SlotTableModel</name>
        <message>
            <source>Provider</source>
            <translation>Praticien</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Jusqu'à</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflit</numerusform>
                <numerusform>%n conflits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pending</source>
            <translation>
                <numerusform>%n en attente</numerusform>
                <numerusform>%n en attente</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync: not set up</source>
            <translation>Synchronisation : non configurée</translation>
        </message>
        <message>
            <source>Sync: offline</source>
            <translation>Synchronisation : hors ligne</translation>
        </message>
        <message>
            <source>Sync: online</source>
            <translation>Synchronisation : en ligne</translation>
        </message>
        <message>
            <source>Sync: syncing…</source>
            <translation>Synchronisation : en cours…</translation>
        </message>
        <message>
            <source>clock off</source>
            <translation>horloge décalée</translation>
        </message>
        <message>
            <source>last {time}</source>
            <translation>dernière {time}</translation>
        </message>
        <message>
            <source>never synced</source>
            <translation>jamais synchronisé</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>Bookings or records that two PCs changed differently</source>
            <translation>Réservations ou dossiers que deux PC ont modifiés différemment</translation>
        </message>
        <message>
            <source>Open sync conflicts</source>
            <translation>Ouvrir les conflits de synchronisation</translation>
        </message>
        <message>
            <source>Send and fetch changes now (F9)</source>
            <translation>Envoyer et récupérer les modifications maintenant (F9)</translation>
        </message>
        <message>
            <source>Sign in to settle sync conflicts.</source>
            <translation>Connectez-vous pour régler les conflits de synchronisation.</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Sync state</source>
            <translation>État de la synchronisation</translation>
        </message>
    </context>
    <context>
        <name>WaitingRoomModel</name>
        <message>
            <source>Arrived</source>
            <translation>Arrivé</translation>
        </message>
        <message>
            <source>Booked for</source>
            <translation>Réservé pour</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Praticien</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Waited</source>
            <translation>Attente</translation>
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
                <numerusform>%n en attente</numerusform>
                <numerusform>%n en attente</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Flag after:</source>
            <translation>&amp;Signaler après :</translation>
        </message>
        <message>
            <source>; {late} past {minutes} minutes (flagged)</source>
            <translation> ; {late} au-delà de {minutes} minutes (signalés)</translation>
        </message>
        <message>
            <source>Add &amp;walk-in…</source>
            <translation>Ajouter un patient &amp;sans rendez-vous…</translation>
        </message>
        <message>
            <source>Flag patients waiting longer than</source>
            <translation>Signaler les patients qui attendent plus de</translation>
        </message>
        <message>
            <source>Show &amp;into room</source>
            <translation>Faire &amp;entrer en salle</translation>
        </message>
        <message>
            <source>Waiting room</source>
            <translation>Salle d'attente</translation>
        </message>
    </context>
    <context>
        <name>WaitlistOfferDialog</name>
        <message>
            <source>&amp;Book the selected patient</source>
            <translation>&amp;Réserver pour le patient sélectionné</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>&amp;Pas maintenant</translation>
        </message>
        <message>
            <source>Time freed: offer it from the waitlist</source>
            <translation>Créneau libéré : le proposer à la liste d'attente</translation>
        </message>
        <message>
            <source>{when} with {provider} is free. These waitlist patients fit, best match first. Call them on the numbers shown, then book the one who takes it.</source>
            <translation>{when} avec {provider} est libre. Ces patients de la liste d'attente conviennent, le meilleur en premier. Appelez-les aux numéros affichés, puis réservez pour celui qui le prend.</translation>
        </message>
    </context>
    <context>
        <name>WaitlistTableModel</name>
        <message>
            <source>Added</source>
            <translation>Ajouté</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Horaires</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgence</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>n'importe quand</translation>
        </message>
    </context>
    <context>
        <name>WaitlistView</name>
        <message numerus="yes">
            <source>%n waiting; {urgent} urgent or emergency.</source>
            <translation>
                <numerusform>%n en attente ; {urgent} urgents ou urgences vitales.</numerusform>
                <numerusform>%n en attente ; {urgent} urgents ou urgences vitales.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Add to waitlist…</source>
            <translation>&amp;Ajouter à la liste d'attente…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>Opens the booking dialog; use Add to waitlist there</source>
            <translation>Ouvre la fenêtre de réservation ; utilisez-y « Ajouter à la liste d'attente »</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Actuali&amp;ser</translation>
        </message>
        <message>
            <source>Waitlist</source>
            <translation>Liste d'attente</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <source>&amp;Add walk-in</source>
            <translation>&amp;Ajouter le patient sans rendez-vous</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>Add a walk-in</source>
            <translation>Ajouter un patient sans rendez-vous</translation>
        </message>
        <message>
            <source>Appointment type</source>
            <translation>Type de rendez-vous</translation>
        </message>
        <message>
            <source>Choose an appointment type.</source>
            <translation>Choisissez un type de rendez-vous.</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Sans rendez-vous</translation>
        </message>
        <message>
            <source>Walk-in booked: {name}, {time}, {provider}.</source>
            <translation>Sans rendez-vous enregistré : {name}, {time}, {provider}.</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <source>&amp;Provider:</source>
            <translation>&amp;Praticien :</translation>
        </message>
        <message>
            <source>Provider shown in the week view</source>
            <translation>Praticien affiché dans la vue de la semaine</translation>
        </message>
        <message>
            <source>Week view</source>
            <translation>Vue de la semaine</translation>
        </message>
    </context>
    <context>
        <name>csv exchange</name>
        <message>
            <source>Choose at most {MAX_DAYS} days.</source>
            <translation>Choisissez au plus {MAX_DAYS} jours.</translation>
        </message>
        <message>
            <source>The last day ({last}) is before the first ({first}).</source>
            <translation>Le dernier jour ({last}) précède le premier ({first}).</translation>
        </message>
    </context>
    <context>
        <name>csv import</name>
        <message>
            <source>The file is neither UTF-8 nor Windows-1252 text (byte {start}); save it as CSV UTF-8.</source>
            <translation>Le fichier n'est ni du texte UTF-8 ni du Windows-1252 (octet {start}) ; enregistrez-le en CSV UTF-8.</translation>
        </message>
        <message>
            <source>The mapping names an unknown {kind} field {field!r}.</source>
            <translation>La correspondance nomme un champ inconnu {field!r} ({kind}).</translation>
        </message>
        <message>
            <source>{name} ({kind}) has no column for {join}; give a mapping file.</source>
            <translation>{name} ({kind}) n'a pas de colonne pour {join} ; donnez un fichier de correspondance.</translation>
        </message>
        <message>
            <source>{name} has no column {column!r} (mapping of {field}).</source>
            <translation>{name} n'a pas de colonne {column!r} (correspondance de {field}).</translation>
        </message>
        <message>
            <source>{name} is empty.</source>
            <translation>{name} est vide.</translation>
        </message>
        <message>
            <source>{name} is larger than 2 GB; split it.</source>
            <translation>{name} dépasse 2 Go ; scindez-le.</translation>
        </message>
        <message>
            <source>{name}: cannot tell from the header whether it holds patients, providers or appointments (columns: {join}); give a mapping file.</source>
            <translation>{name} : l'en-tête ne permet pas de savoir s'il contient des patients, des praticiens ou des rendez-vous (colonnes : {join}) ; donnez un fichier de correspondance.</translation>
        </message>
    </context>
    <context>
        <name>day sheet</name>
        <message>
            <source>Alerts</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <source>Arr.</source>
            <translation>Arr.</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrivé</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Né(e)</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>EMERGENCY</source>
            <translation>URGENCE VITALE</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expiré</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>ÉCHEC</translation>
        </message>
        <message>
            <source>In room</source>
            <translation>En salle</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>Assurance</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Non vérifiée</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Printed {moment}</source>
            <translation>Imprimé le {moment}</translation>
        </message>
        <message>
            <source>Reason / notes</source>
            <translation>Motif / notes</translation>
        </message>
        <message>
            <source>Seen</source>
            <translation>Vu</translation>
        </message>
        <message>
            <source>Soon</source>
            <translation>Bientôt</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>URGENT</source>
            <translation>URGENT</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgence</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Vérifiée</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Details for your support contact were saved in {where}.</source>
            <translation>Les détails pour votre support ont été enregistrés dans {where}.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Un problème est survenu</translation>
        </message>
        <message>
            <source>The details could not be saved.</source>
            <translation>Les détails n'ont pas pu être enregistrés.</translation>
        </message>
        <message>
            <source>clinicdesk hit an unexpected problem and did not finish this step. What you typed is still there; please check it and try again.</source>
            <translation>clinicdesk a rencontré un problème inattendu et n'a pas terminé cette étape. Ce que vous avez saisi est toujours là ; vérifiez-le et réessayez.</translation>
        </message>
    </context>
    <context>
        <name>fhir</name>
        <message>
            <source>The export is not a valid FHIR R4 Bundle: {problems}.</source>
            <translation>L'export n'est pas un Bundle FHIR R4 valide : {problems}.</translation>
        </message>
        <message>
            <source>The export is not valid FHIR R4: {shown}{more}.</source>
            <translation>L'export n'est pas du FHIR R4 valide : {shown}{more}.</translation>
        </message>
    </context>
    <context>
        <name>fhir import</name>
        <message>
            <source>The Bundle's entry is not a list.</source>
            <translation>L'entrée (entry) du Bundle n'est pas une liste.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Le fichier est vide.</translation>
        </message>
        <message>
            <source>The file is larger than {value} MB; split it.</source>
            <translation>Le fichier dépasse {value} Mo ; scindez-le.</translation>
        </message>
        <message>
            <source>The file is neither FHIR JSON nor NDJSON (it does not start with {{).</source>
            <translation>Le fichier n'est ni du FHIR JSON ni du NDJSON (il ne commence pas par {{).</translation>
        </message>
        <message>
            <source>The file is not UTF-8 (byte {start}); FHIR JSON is always UTF-8.</source>
            <translation>Le fichier n'est pas en UTF-8 (octet {start}) ; le FHIR JSON est toujours en UTF-8.</translation>
        </message>
        <message>
            <source>has no full date of birth (YYYY-MM-DD), which the clinic needs to tell patients apart</source>
            <translation>n'a pas de date de naissance complète (AAAA-MM-JJ), dont le cabinet a besoin pour distinguer les patients</translation>
        </message>
        <message>
            <source>has no name</source>
            <translation>n'a pas de nom</translation>
        </message>
        <message>
            <source>has no name to show</source>
            <translation>n'a pas de nom à afficher</translation>
        </message>
        <message>
            <source>names no Patient</source>
            <translation>ne nomme aucun Patient</translation>
        </message>
        <message>
            <source>names no Practitioner</source>
            <translation>ne nomme aucun Practitioner</translation>
        </message>
        <message>
            <source>needs a family and a given name</source>
            <translation>doit avoir un nom et un prénom</translation>
        </message>
        <message>
            <source>needs a start and an end</source>
            <translation>doit avoir un début et une fin</translation>
        </message>
        <message>
            <source>not JSON ({msg})</source>
            <translation>pas du JSON ({msg})</translation>
        </message>
        <message>
            <source>status {status!r} is not a booking the clinic keeps</source>
            <translation>le statut {status!r} n'est pas un rendez-vous que le cabinet conserve</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>Cannot use the folder {folder}: it is not a folder; choose a folder to write to.</source>
            <translation>Impossible d'utiliser le dossier {folder} : ce n'est pas un dossier ; choisissez un dossier où écrire.</translation>
        </message>
        <message>
            <source>Cannot use the folder {folder}: {value}.</source>
            <translation>Impossible d'utiliser le dossier {folder} : {value}.</translation>
        </message>
        <message>
            <source>Cannot use {given}: {value}.</source>
            <translation>Impossible d'utiliser {given} : {value}.</translation>
        </message>
        <message>
            <source>Could not write {target}: {value}. Check the folder and space.</source>
            <translation>Impossible d'écrire {target} : {value}. Vérifiez le dossier et l'espace libre.</translation>
        </message>
        <message>
            <source>Give the name of a file to write to.</source>
            <translation>Donnez le nom d'un fichier où écrire.</translation>
        </message>
        <message>
            <source>Save it as a {extension} file, not '{name}'.</source>
            <translation>Enregistrez-le comme fichier {extension}, pas '{name}'.</translation>
        </message>
        <message>
            <source>The folder {parent} does not exist; choose another place.</source>
            <translation>Le dossier {parent} n'existe pas ; choisissez un autre emplacement.</translation>
        </message>
        <message>
            <source>{given} already exists; choose a new name or allow replacing it (--overwrite on the command line).</source>
            <translation>{given} existe déjà ; choisissez un autre nom ou autorisez le remplacement (--overwrite en ligne de commande).</translation>
        </message>
        <message>
            <source>{given} is a folder; give a file name to write to.</source>
            <translation>{given} est un dossier ; donnez un nom de fichier où écrire.</translation>
        </message>
        <message>
            <source>{given} is a link to nothing; choose a file name.</source>
            <translation>{given} est un lien vers rien ; choisissez un nom de fichier.</translation>
        </message>
        <message>
            <source>{given} is not a plain file (a device, socket or pipe); choose a file name.</source>
            <translation>{given} n'est pas un fichier ordinaire (périphérique, socket ou tube) ; choisissez un nom de fichier.</translation>
        </message>
        <message>
            <source>{name} is one of the clinic's own files; choose another name.</source>
            <translation>{name} est un des fichiers propres au cabinet ; choisissez un autre nom.</translation>
        </message>
        <message>
            <source>{path} is inside a clinicdesk data folder ({folder}); choose a place outside it.</source>
            <translation>{path} est dans un dossier de données clinicdesk ({folder}) ; choisissez un emplacement en dehors.</translation>
        </message>
        <message>
            <source>{path} is inside a folder of clinic backups ({parent}); choose a place outside it.</source>
            <translation>{path} est dans un dossier de sauvegardes du cabinet ({parent}) ; choisissez un emplacement en dehors.</translation>
        </message>
        <message>
            <source>{path} is inside the clinic's data or backup folder ({folder}); choose a place outside it.</source>
            <translation>{path} est dans le dossier de données ou de sauvegarde du cabinet ({folder}) ; choisissez un emplacement en dehors.</translation>
        </message>
    </context>
    <context>
        <name>hl7 command</name>
        <message>
            <source>  failed {at}: {reason}</source>
            <translation>  échec {at} : {reason}</translation>
        </message>
        <message>
            <source>  last ACK {code} for {control_id} at {at}</source>
            <translation>  dernier ACK {code} pour {control_id} à {at}</translation>
        </message>
        <message numerus="yes">
            <source>%n SIU message(s) acknowledged by {link}</source>
            <translation>
                <numerusform>%n message SIU acquitté par {link}</numerusform>
                <numerusform>%n messages SIU acquittés par {link}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n SIU message(s) written to {folder}</source>
            <translation>
                <numerusform>%n message SIU écrit dans {folder}</numerusform>
                <numerusform>%n messages SIU écrits dans {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>(no folder or MLLP link: nothing sent)</source>
            <translation>(ni dossier ni liaison MLLP : rien n'est envoyé)</translation>
        </message>
        <message numerus="yes">
            <source>; %n more waiting</source>
            <translation>
                <numerusform>; %n autre en attente</numerusform>
                <numerusform>; %n autres en attente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n more waiting, run again</source>
            <translation>
                <numerusform>; %n autre en attente, relancez</numerusform>
                <numerusform>; %n autres en attente, relancez</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>HL7 SIU to {where}: %n change(s) waiting; {where_queue}</source>
            <translation>
                <numerusform>HL7 SIU vers {where} : %n modification en attente ; {where_queue}</numerusform>
                <numerusform>HL7 SIU vers {where} : %n modifications en attente ; {where_queue}</numerusform>
            </translation>
        </message>
        <message>
            <source>HL7 SIU v{version} to {where}</source>
            <translation>HL7 SIU v{version} vers {where}</translation>
        </message>
        <message>
            <source>No HL7 drop folder or MLLP link is set: clinicdesk hl7 outbound set folder DIR (or mllp HOST:PORT).</source>
            <translation>Aucun dossier de dépôt HL7 ni liaison MLLP n'est défini : clinicdesk hl7 outbound set folder DIR (ou mllp HOST:PORT).</translation>
        </message>
        <message>
            <source>Sending stopped at change {control_id}: {reason}. It and the changes after it are sent by the next run.</source>
            <translation>Envoi arrêté à la modification {control_id} : {reason}. Celle-ci et les suivantes partiront au prochain passage.</translation>
        </message>
        <message>
            <source>not started yet</source>
            <translation>pas encore commencé</translation>
        </message>
        <message>
            <source>position {position}</source>
            <translation>position {position}</translation>
        </message>
    </context>
    <context>
        <name>hl7 exchange</name>
        <message>
            <source>Attempts must be 1 to 10.</source>
            <translation>Le nombre d'essais doit être de 1 à 10.</translation>
        </message>
        <message>
            <source>the EHR answered {code}</source>
            <translation>le DPI a répondu {code}</translation>
        </message>
        <message>
            <source>the EHR answered {code}: {text}</source>
            <translation>le DPI a répondu {code} : {text}</translation>
        </message>
    </context>
    <context>
        <name>hl7 siu</name>
        <message>
            <source>HL7 version {value} is not 2.3 to 2.8</source>
            <translation>la version HL7 {value} n'est pas entre 2.3 et 2.8</translation>
        </message>
        <message>
            <source>HL7 version {version} is not one of {join}.</source>
            <translation>La version HL7 {version} n'est pas l'une de {join}.</translation>
        </message>
        <message>
            <source>SIU^{trigger} is not one of {join}</source>
            <translation>SIU^{trigger} n'est pas l'un de {join}</translation>
        </message>
        <message>
            <source>The file is larger than {value} MB; split it.</source>
            <translation>Le fichier dépasse {value} Mo ; scindez-le.</translation>
        </message>
        <message>
            <source>The file is not HL7 v2 (it does not start with an MSH segment).</source>
            <translation>Le fichier n'est pas du HL7 v2 (il ne commence pas par un segment MSH).</translation>
        </message>
        <message>
            <source>ends before it starts</source>
            <translation>se termine avant de commencer</translation>
        </message>
        <message>
            <source>gives no usable start and length (SCH-11 or AIS-4/AIS-7)</source>
            <translation>ne donne pas de début ni de durée utilisables (SCH-11 ou AIS-4/AIS-7)</translation>
        </message>
        <message>
            <source>has no SCH segment</source>
            <translation>n'a pas de segment SCH</translation>
        </message>
        <message>
            <source>is a message without a type, not SIU</source>
            <translation>est un message sans type, pas SIU</translation>
        </message>
        <message>
            <source>is a {kind} message, not SIU</source>
            <translation>est un message {kind}, pas SIU</translation>
        </message>
        <message>
            <source>names no appointment (SCH-1 and SCH-2 are empty)</source>
            <translation>ne nomme aucun rendez-vous (SCH-1 et SCH-2 sont vides)</translation>
        </message>
        <message>
            <source>{trigger} is not a SIU trigger clinicdesk sends.</source>
            <translation>{trigger} n'est pas un événement SIU envoyé par clinicdesk.</translation>
        </message>
    </context>
    <context>
        <name>ical</name>
        <message>
            <source>The calendar cannot be expanded: {reason}.</source>
            <translation>Le calendrier ne peut pas être développé : {reason}.</translation>
        </message>
        <message>
            <source>The calendar file is broken: {reason}.</source>
            <translation>Le fichier de calendrier est endommagé : {reason}.</translation>
        </message>
        <message>
            <source>The calendar file is larger than {value} MB; export a shorter period from the other calendar.</source>
            <translation>Le fichier de calendrier dépasse {value} Mo ; exportez une période plus courte de l'autre calendrier.</translation>
        </message>
        <message>
            <source>The calendar file is not UTF-8 text (byte {start}); it is not an iCalendar file.</source>
            <translation>Le fichier de calendrier n'est pas du texte UTF-8 (octet {start}) ; ce n'est pas un fichier iCalendar.</translation>
        </message>
        <message>
            <source>The calendar gives more than {MAX_OCCURRENCES} busy times in the period; import a shorter period.</source>
            <translation>Le calendrier donne plus de {MAX_OCCURRENCES} plages occupées sur la période ; importez une période plus courte.</translation>
        </message>
        <message>
            <source>The calendar's {describe} has a broken {upper}: {reason}.</source>
            <translation>{describe} du calendrier a un {upper} endommagé : {reason}.</translation>
        </message>
        <message>
            <source>The calendar's {describe} has no start (DTSTART).</source>
            <translation>{describe} du calendrier n'a pas de début (DTSTART).</translation>
        </message>
        <message>
            <source>The calendar's {describe} uses an unknown time zone {tzid!r} (and the file does not define it).</source>
            <translation>{describe} du calendrier utilise un fuseau horaire inconnu {tzid!r} (et le fichier ne le définit pas).</translation>
        </message>
        <message>
            <source>The calendar's {describe} uses an unknown time zone {tzid!r}.</source>
            <translation>{describe} du calendrier utilise un fuseau horaire inconnu {tzid!r}.</translation>
        </message>
        <message>
            <source>The file holds no calendar.</source>
            <translation>Le fichier ne contient aucun calendrier.</translation>
        </message>
        <message>
            <source>The file is not an iCalendar file (no BEGIN:VCALENDAR).</source>
            <translation>Le fichier n'est pas un fichier iCalendar (pas de BEGIN:VCALENDAR).</translation>
        </message>
    </context>
    <context>
        <name>ical feed</name>
        <message>
            <source>Feeds are at /providers/&lt;id&gt;.ics</source>
            <translation>Les calendriers sont à /providers/&lt;id&gt;.ics</translation>
        </message>
        <message>
            <source>The feed failed.</source>
            <translation>Le calendrier n'a pas pu être produit.</translation>
        </message>
    </context>
    <context>
        <name>mllp</name>
        <message>
            <source>cannot connect: {reason}</source>
            <translation>connexion impossible : {reason}</translation>
        </message>
        <message>
            <source>no ACK within {seconds:g} s</source>
            <translation>aucun ACK en {seconds:g} s</translation>
        </message>
        <message>
            <source>no connection within {seconds:g} s</source>
            <translation>pas de connexion en {seconds:g} s</translation>
        </message>
        <message>
            <source>the ACK answers message {answered!r}, not {control_id!r}</source>
            <translation>l'ACK répond au message {answered!r}, pas à {control_id!r}</translation>
        </message>
        <message>
            <source>the ACK's code {code!r} is not AA, AE or AR</source>
            <translation>le code de l'ACK {code!r} n'est ni AA, ni AE, ni AR</translation>
        </message>
        <message>
            <source>the answer is larger than any ACK</source>
            <translation>la réponse est plus grande que tout ACK</translation>
        </message>
        <message>
            <source>the answer is not an ACK ({reason})</source>
            <translation>la réponse n'est pas un ACK ({reason})</translation>
        </message>
        <message>
            <source>the answer is not an HL7 message</source>
            <translation>la réponse n'est pas un message HL7</translation>
        </message>
        <message>
            <source>the answer is not an MLLP block (garbage on the line)</source>
            <translation>la réponse n'est pas un bloc MLLP (données parasites sur la ligne)</translation>
        </message>
        <message>
            <source>the connection closed before a whole ACK came back</source>
            <translation>la connexion s'est fermée avant le retour d'un ACK complet</translation>
        </message>
        <message>
            <source>the connection closed before a whole ACK came back ({reason})</source>
            <translation>la connexion s'est fermée avant le retour d'un ACK complet ({reason})</translation>
        </message>
        <message>
            <source>the connection failed: {reason}</source>
            <translation>la connexion a échoué : {reason}</translation>
        </message>
        <message>
            <source>{host!r} is not a host name</source>
            <translation>{host!r} n'est pas un nom d'hôte</translation>
        </message>
        <message>
            <source>{text!r} is not host:port (for example ehr.local:2575)</source>
            <translation>{text!r} n'est pas hôte:port (par exemple ehr.local:2575)</translation>
        </message>
    </context>
    <context>
        <name>no-show risk</name>
        <message>
            <source>No-show risk {percent}</source>
            <translation>Risque d'absence {percent}</translation>
        </message>
    </context>
    <context>
        <name>print_preview</name>
        <message>
            <source>Print - {title}</source>
            <translation>Imprimer - {title}</translation>
        </message>
    </context>
    <context>
        <name>printed sheets</name>
        <message>
            <source>Confidential patient information: keep out of public view, shred after use.</source>
            <translation>Informations patient confidentielles : ne pas laisser en vue, détruire après usage.</translation>
        </message>
        <message>
            <source>Page {number} of {total}</source>
            <translation>Page {number} sur {total}</translation>
        </message>
    </context>
</TS>
