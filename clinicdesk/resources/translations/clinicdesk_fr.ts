<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name> rows</name>
        <message>
            <source>The {what} no longer exists.</source>
            <translation>{what} n'existe plus.</translation>
        </message>
    </context>
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
        <name>ImportDialog</name>
        <message>
            <source>&amp;Columns</source>
            <translation>&amp;Colonnes</translation>
        </message>
        <message>
            <source>&amp;Duplicates</source>
            <translation>Do&amp;ublons</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>A&amp;perçu</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>Arrê&amp;ter</translation>
        </message>
        <message>
            <source>(not used)</source>
            <translation>(non utilisée)</translation>
        </message>
        <message>
            <source>A CSV file, a folder of CSV files, or a FHIR file</source>
            <translation>Un fichier CSV, un dossier de fichiers CSV ou un fichier FHIR</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Né(e) le</translation>
        </message>
        <message>
            <source>CSV or FHIR (*.csv *.txt *.tsv *.json *.ndjson *.jsonl)</source>
            <translation>CSV ou FHIR (*.csv *.txt *.tsv *.json *.ndjson *.jsonl)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>Choice</source>
            <translation>Choix</translation>
        </message>
        <message>
            <source>Choice for {name}</source>
            <translation>Choix pour {name}</translation>
        </message>
        <message>
            <source>Choose &amp;file…</source>
            <translation>Choisir un &amp;fichier…</translation>
        </message>
        <message>
            <source>Choose f&amp;older…</source>
            <translation>Choisir un d&amp;ossier…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Column for {field} in {file}</source>
            <translation>Colonne pour {field} dans {file}</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Colonne du fichier</translation>
        </message>
        <message>
            <source>Columns found</source>
            <translation>Colonnes trouvées</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>File or folder to import</source>
            <translation>Fichier ou dossier à importer</translation>
        </message>
        <message>
            <source>Fro&amp;m:</source>
            <translation>&amp;Depuis :</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Contient</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importation</translation>
        </message>
        <message>
            <source>Import a file</source>
            <translation>Importer un fichier</translation>
        </message>
        <message>
            <source>Import a folder of CSV files</source>
            <translation>Importer un dossier de fichiers CSV</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progression de l'importation</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>Résumé de l'importation</translation>
        </message>
        <message>
            <source>Imported: {added}.</source>
            <translation>Importé : {added}.</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Garder les deux</translation>
        </message>
        <message>
            <source>May already be</source>
            <translation>Peut-être déjà</translation>
        </message>
        <message>
            <source>Merge, keep details on file</source>
            <translation>Fusionner, garder les données existantes</translation>
        </message>
        <message>
            <source>Merge, take the file's details</source>
            <translation>Fusionner, prendre les données du fichier</translation>
        </message>
        <message>
            <source>Not CSV, left out: {names}.</source>
            <translation>Pas du CSV, ignoré : {names}.</translation>
        </message>
        <message>
            <source>Nothing is written until you press Import after a preview.</source>
            <translation>Rien n'est enregistré avant d'appuyer sur Importer après un aperçu.</translation>
        </message>
        <message>
            <source>Patient in the file</source>
            <translation>Patient du fichier</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Doublons possibles</translation>
        </message>
        <message>
            <source>Pro&amp;blems</source>
            <translation>Pro&amp;blèmes</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Problems by row</source>
            <translation>Problèmes par ligne</translation>
        </message>
        <message numerus="yes">
            <source>Problems in %n row(s) or file(s); nothing can be imported until they are fixed (see Problems).</source>
            <translation>
                <numerusform>Problèmes dans %n ligne ou fichier ; rien ne peut être importé avant leur correction (voir Problèmes).</numerusform>
                <numerusform>Problèmes dans %n lignes ou fichiers ; rien ne peut être importé avant leur correction (voir Problèmes).</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Lecture…</translation>
        </message>
        <message>
            <source>Ready to import: {added}. Nothing is written yet.</source>
            <translation>Prêt à importer : {added}. Rien n'est encore enregistré.</translation>
        </message>
        <message>
            <source>Skip this row</source>
            <translation>Ignorer cette ligne</translation>
        </message>
        <message>
            <source>The columns changed since the preview: preview again.</source>
            <translation>Les colonnes ont changé depuis l'aperçu : refaites l'aperçu.</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <source>kept, but overlaps another visit of its provider</source>
            <translation>gardé, mais chevauche un autre rendez-vous du praticien</translation>
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
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
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
            <source>Re&amp;call</source>
            <translation>Ra&amp;ppels</translation>
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
            <source>%n missed</source>
            <translation>
                <numerusform>%n manquée</numerusform>
                <numerusform>%n manquées</numerusform>
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
            <source>Last 12 months: {missed} of {visits} missed ({rate}).</source>
            <translation>12 derniers mois : {missed} sur {visits} manquées ({rate}).</translation>
        </message>
        <message>
            <source>Next visit {day} {time}: {percent} no-show risk</source>
            <translation>Prochain rendez-vous {day} {time} : {percent} de risque d'absence</translation>
        </message>
        <message>
            <source>No upcoming visit to score.</source>
            <translation>Aucun rendez-vous à venir à évaluer.</translation>
        </message>
        <message>
            <source>No visit in the last 12 months.</source>
            <translation>Aucun rendez-vous au cours des 12 derniers mois.</translation>
        </message>
        <message>
            <source>No-show history</source>
            <translation>Historique des absences</translation>
        </message>
        <message numerus="yes">
            <source>No-show history: %n past visit(s) with an outcome</source>
            <translation>
                <numerusform>Absences : %n rendez-vous passé avec un résultat</numerusform>
                <numerusform>Absences : %n rendez-vous passés avec un résultat</numerusform>
            </translation>
        </message>
        <message>
            <source>No-show history: no past or upcoming visit.</source>
            <translation>Absences : aucun rendez-vous passé ni à venir.</translation>
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
            <source>The score helps plan calls and reminders; it never limits care.</source>
            <translation>Le score aide à planifier appels et rappels ; il ne limite jamais les soins.</translation>
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
        <name>RecallsView</name>
        <message>
            <source>&amp;Include patients hidden after a call</source>
            <translation>&amp;Inclure les patients masqués après un appel</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Afficher :</translation>
        </message>
        <message>
            <source>&amp;Update list</source>
            <translation>Act&amp;ualiser la liste</translation>
        </message>
        <message>
            <source>Attempt {count} recorded for {name}.</source>
            <translation>Tentative {count} enregistrée pour {name}.</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Tentatives</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Due by the end of this month</source>
            <translation>À échéance d'ici la fin du mois</translation>
        </message>
        <message>
            <source>Due in the next 30 days</source>
            <translation>À échéance dans les 30 prochains jours</translation>
        </message>
        <message>
            <source>Due in the next 90 days</source>
            <translation>À échéance dans les 90 prochains jours</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xporter en CSV…</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Exporter en CSV</translation>
        </message>
        <message>
            <source>Hidden until</source>
            <translation>Masqué jusqu'au</translation>
        </message>
        <message>
            <source>Last attempt</source>
            <translation>Dernière tentative</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Patients due for recall</source>
            <translation>Patients à rappeler</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>Rappel</translation>
        </message>
        <message>
            <source>Record a&amp;ttempt</source>
            <translation>Enregistrer une &amp;tentative</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Enregistrer en PDF</translation>
        </message>
        <message>
            <source>Save for pri&amp;nting (PDF)…</source>
            <translation>Enregistrer pour impressio&amp;n (PDF)…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Enregistré : {path}</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Which recalls</source>
            <translation>Quels rappels</translation>
        </message>
        <message>
            <source>due</source>
            <translation>à échéance</translation>
        </message>
        <message>
            <source>no phone on file</source>
            <translation>aucun téléphone</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>en retard</translation>
        </message>
        <message>
            <source>{count} due by {day}, {overdue} overdue.</source>
            <translation>{count} à échéance d'ici le {day}, {overdue} en retard.</translation>
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
            <source>Pr&amp;int list…</source>
            <translation>&amp;Imprimer la liste…</translation>
        </message>
        <message>
            <source>Preview, print or save the visits to confirm as a PDF</source>
            <translation>Prévisualiser, imprimer ou enregistrer en PDF les rendez-vous à confirmer</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
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
            <source>Visits to confirm from {day}</source>
            <translation>Rendez-vous à confirmer à partir du {day}</translation>
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
        <name>accounts</name>
        <message>
            <source>A provider account must be linked to a provider (--provider).</source>
            <translation>Un compte de praticien doit être lié à un praticien (--provider).</translation>
        </message>
        <message>
            <source>A provider account must be linked to a provider.</source>
            <translation>Un compte de praticien doit être lié à un praticien.</translation>
        </message>
        <message>
            <source>A user name is 2 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit (for example 'j.lee'). Each person gets their own.</source>
            <translation>Un nom d'utilisateur comporte 2 à 64 lettres, chiffres, points, tirets ou traits de soulignement, et commence par une lettre ou un chiffre (par exemple 'j.lee'). Chaque personne a le sien.</translation>
        </message>
        <message>
            <source>The current password is wrong; nothing was changed.</source>
            <translation>Le mot de passe actuel est incorrect ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The user name {name!r} is already taken.</source>
            <translation>Le nom d'utilisateur {name!r} est déjà pris.</translation>
        </message>
        <message>
            <source>There is no provider with id {link}.</source>
            <translation>Il n'y a aucun praticien avec l'identifiant {link}.</translation>
        </message>
        <message>
            <source>There is no provider with id {provider_id}.</source>
            <translation>Il n'y a aucun praticien avec l'identifiant {provider_id}.</translation>
        </message>
        <message>
            <source>There is no user named {normalize_username!r}.</source>
            <translation>Il n'y a aucun utilisateur nommé {normalize_username!r}.</translation>
        </message>
        <message>
            <source>This clinic already has user accounts; an administrator adds new ones.</source>
            <translation>Ce cabinet a déjà des comptes utilisateurs ; un administrateur en ajoute de nouveaux.</translation>
        </message>
        <message>
            <source>Unknown role {role!r}; choose one of: {known}.</source>
            <translation>Rôle inconnu {role!r} ; choisissez parmi : {known}.</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
        </message>
        <message>
            <source>{username} is the only active administrator; add another one first.</source>
            <translation>{username} est le seul administrateur actif ; ajoutez-en d'abord un autre.</translation>
        </message>
    </context>
    <context>
        <name>appointment changes</name>
        <message>
            <source>Give a reason for the cancellation.</source>
            <translation>Indiquez un motif d'annulation.</translation>
        </message>
        <message>
            <source>Only booked or confirmed appointments can be moved; this one is {status}.</source>
            <translation>Seuls les rendez-vous réservés ou confirmés peuvent être déplacés ; celui-ci est {status}.</translation>
        </message>
        <message>
            <source>This appointment's type is no longer offered; book a new one.</source>
            <translation>Ce type de rendez-vous n'est plus proposé ; réservez-en un nouveau.</translation>
        </message>
        <message>
            <source>To cancel, give a reason and who cancelled (use cancel).</source>
            <translation>Pour annuler, indiquez un motif et qui a annulé (utilisez cancel).</translation>
        </message>
    </context>
    <context>
        <name>appointment length</name>
        <message>
            <source>An appointment lasts at least {MIN_MINUTES} minutes.</source>
            <translation>Un rendez-vous dure au moins {MIN_MINUTES} minutes.</translation>
        </message>
        <message>
            <source>Only booked or confirmed appointments can be changed; this one is {status}.</source>
            <translation>Seuls les rendez-vous réservés ou confirmés peuvent être modifiés ; celui-ci est {status}.</translation>
        </message>
    </context>
    <context>
        <name>audit command</name>
        <message>
            <source>--{what} {text!r} is not an ISO date or date-time.</source>
            <translation>--{what} {text!r} n'est pas une date ou date-heure ISO.</translation>
        </message>
        <message>
            <source>No audit rows match.</source>
            <translation>Aucune ligne d'audit ne correspond.</translation>
        </message>
        <message>
            <source>at (UTC)</source>
            <translation>à (UTC)</translation>
        </message>
        <message>
            <source>clinicdesk: {describe}</source>
            <translation>clinicdesk : {describe}</translation>
        </message>
        <message>
            <source>event</source>
            <translation>événement</translation>
        </message>
        <message>
            <source>fields</source>
            <translation>champs</translation>
        </message>
        <message>
            <source>object</source>
            <translation>objet</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>résultat</translation>
        </message>
        <message>
            <source>role</source>
            <translation>rôle</translation>
        </message>
        <message>
            <source>seq</source>
            <translation>n°</translation>
        </message>
        <message>
            <source>user</source>
            <translation>utilisateur</translation>
        </message>
        <message>
            <source>workstation</source>
            <translation>poste</translation>
        </message>
    </context>
    <context>
        <name>audit keys</name>
        <message>
            <source>This computer has no record of the audit trail's key for this clinic. Enter the recovery key from the printed recovery sheet (clinicdesk unlock).</source>
            <translation>Cet ordinateur n'a aucune trace de la clé du journal d'audit de ce cabinet. Saisissez la clé de récupération de la fiche imprimée (clinicdesk unlock).</translation>
        </message>
    </context>
    <context>
        <name>backup</name>
        <message>
            <source>No key is known for this backup on this computer: give the recovery key.</source>
            <translation>Aucune clé n'est connue pour cette sauvegarde sur cet ordinateur : indiquez la clé de récupération.</translation>
        </message>
        <message>
            <source>The backup could not be written to {folder}: {describe}. Nothing was changed in the clinic data.</source>
            <translation>La sauvegarde n'a pas pu être écrite dans {folder} : {describe}. Rien n'a été modifié dans les données du cabinet.</translation>
        </message>
        <message>
            <source>The backup folder {folder} cannot be used ({strerror}).</source>
            <translation>Le dossier de sauvegarde {folder} est inutilisable ({strerror}).</translation>
        </message>
        <message>
            <source>This computer does not hold the audit trail's key for that backup: restore it with --recovery-key (the recovery key printed for that clinic). Nothing was changed.</source>
            <translation>Cet ordinateur n'a pas la clé du journal d'audit de cette sauvegarde : restaurez-la avec --recovery-key (la clé de récupération imprimée pour ce cabinet). Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{name} could not be opened with this clinic's key or the recovery key given. It may belong to another clinic, or to a time before the key was changed (then use the recovery key printed at that time).</source>
            <translation>{name} n'a pu être ouvert ni avec la clé de ce cabinet ni avec la clé de récupération donnée. Il appartient peut-être à un autre cabinet, ou date d'avant le changement de clé (utilisez alors la clé de récupération imprimée à cette époque).</translation>
        </message>
        <message numerus="yes">
            <source>{name} is damaged (%n problem(s) found by the integrity check); do not restore it. Try an older backup.</source>
            <translation>
                <numerusform>{name} est endommagé (%n problème trouvé par le contrôle d'intégrité) ; ne le restaurez pas. Essayez une sauvegarde plus ancienne.</numerusform>
                <numerusform>{name} est endommagé (%n problèmes trouvés par le contrôle d'intégrité) ; ne le restaurez pas. Essayez une sauvegarde plus ancienne.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is damaged ({exc}); do not restore it.</source>
            <translation>{name} est endommagé ({exc}) ; ne le restaurez pas.</translation>
        </message>
        <message>
            <source>{name} is not a clinicdesk backup (no clinic data).</source>
            <translation>{name} n'est pas une sauvegarde clinicdesk (pas de données de cabinet).</translation>
        </message>
        <message>
            <source>{name} is not a clinicdesk backup (no store id or schema).</source>
            <translation>{name} n'est pas une sauvegarde clinicdesk (ni identifiant de stockage ni schéma).</translation>
        </message>
        <message>
            <source>{name} is not a usable clinicdesk backup: {message}</source>
            <translation>{name} n'est pas une sauvegarde clinicdesk utilisable : {message}</translation>
        </message>
        <message>
            <source>{name} was made by a newer clinicdesk (schema {revision}); install the latest clinicdesk to restore it.</source>
            <translation>{name} a été fait par un clinicdesk plus récent (schéma {revision}) ; installez le dernier clinicdesk pour le restaurer.</translation>
        </message>
    </context>
    <context>
        <name>backup command</name>
        <message>
            <source>
The clinic data it replaced is kept as {previous_store}.</source>
            <translation>
Les données du cabinet remplacées sont conservées sous {previous_store}.</translation>
        </message>
        <message>
            <source>--keep must be at least 1.</source>
            <translation>--keep doit valoir au moins 1.</translation>
        </message>
        <message>
            <source>Backup checks out: {human}</source>
            <translation>La sauvegarde est valide : {human}</translation>
        </message>
        <message>
            <source>Backup written and checked: {human}</source>
            <translation>Sauvegarde écrite et vérifiée : {human}</translation>
        </message>
        <message>
            <source>No backups in {folder}.</source>
            <translation>Aucune sauvegarde dans {folder}.</translation>
        </message>
        <message>
            <source>Recovery key: </source>
            <translation>Clé de récupération : </translation>
        </message>
        <message>
            <source>Restored from {human}{kept}</source>
            <translation>Restauré depuis {human}{kept}</translation>
        </message>
        <message>
            <source>The clinic data has a new key. NEW RECOVERY KEY:

    {recovery_key}

Print it and keep it safe; the old recovery key no longer opens the clinic data (it still opens backups made before today).</source>
            <translation>Les données du cabinet ont une nouvelle clé. NOUVELLE CLÉ DE RÉCUPÉRATION :

    {recovery_key}

Imprimez-la et conservez-la en lieu sûr ; l'ancienne clé de récupération n'ouvre plus les données du cabinet (elle ouvre encore les sauvegardes faites avant aujourd'hui).</translation>
        </message>
        <message>
            <source>There is no clinic here: give the backup's --recovery-key.</source>
            <translation>Il n'y a pas de cabinet ici : indiquez la --recovery-key de la sauvegarde.</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>sauvegarde</translation>
        </message>
        <message>
            <source>size</source>
            <translation>taille</translation>
        </message>
        <message>
            <source>{path}
  checks out: taken {taken_at:%Y-%m-%d %H:%M} UTC, {value} KiB, schema {schema_revision}</source>
            <translation>{path}
  valide : faite le {taken_at:%Y-%m-%d %H:%M} UTC, {value} Kio, schéma {schema_revision}</translation>
        </message>
        <message>
            <source>{reason}Restoring needs a signed-in user allowed to restore (--user), or the recovery key from the recovery sheet (--recovery-key or {RECOVERY_KEY_ENV}).</source>
            <translation>{reason}La restauration demande un utilisateur connecté autorisé à restaurer (--user), ou la clé de récupération de la fiche de récupération (--recovery-key ou {RECOVERY_KEY_ENV}).</translation>
        </message>
    </context>
    <context>
        <name>booking</name>
        <message numerus="yes">
            <source>No free {name} slot in the next %n day(s) for {urgency} care; add the patient to the waitlist.</source>
            <translation>
                <numerusform>Aucun créneau {name} libre dans le prochain %n jour pour une prise en charge {urgency} ; ajoutez le patient à la liste d'attente.</numerusform>
                <numerusform>Aucun créneau {name} libre dans les %n prochains jours pour une prise en charge {urgency} ; ajoutez le patient à la liste d'attente.</numerusform>
            </translation>
        </message>
        <message>
            <source>That provider does not exist or was removed.</source>
            <translation>Ce praticien n'existe pas ou a été supprimé.</translation>
        </message>
    </context>
    <context>
        <name>bootstrap</name>
        <message>
            <source>A user name is one word of at most {MAX_USERNAME_LENGTH} characters, without spaces.</source>
            <translation>Un nom d'utilisateur est un mot d'au plus {MAX_USERNAME_LENGTH} caractères, sans espaces.</translation>
        </message>
        <message>
            <source>Give the administrator a user name.</source>
            <translation>Donnez un nom d'utilisateur à l'administrateur.</translation>
        </message>
        <message>
            <source>Give the clinic a name.</source>
            <translation>Donnez un nom au cabinet.</translation>
        </message>
        <message>
            <source>Give the clinic's time zone, e.g. Europe/London.</source>
            <translation>Indiquez le fuseau horaire du cabinet, p. ex. Europe/Paris.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong recovery keys were typed on this computer. Wait %n minute(s) and try again; every try is kept in the audit trail.</source>
            <translation>
                <numerusform>Trop de clés de récupération erronées ont été tapées sur cet ordinateur. Attendez %n minute et réessayez ; chaque essai est consigné dans le journal d'audit.</numerusform>
                <numerusform>Trop de clés de récupération erronées ont été tapées sur cet ordinateur. Attendez %n minutes et réessayez ; chaque essai est consigné dans le journal d'audit.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>bulk</name>
        <message>
            <source>Another PC sent its clinic to the sync server first; clinics are never mixed. Join this PC from an empty data folder instead.</source>
            <translation>Un autre PC a envoyé son cabinet au serveur de synchronisation en premier ; les cabinets ne sont jamais mélangés. Joignez plutôt ce PC depuis un dossier de données vide.</translation>
        </message>
        <message>
            <source>The clinic did not reach the server whole; the next sync sends it again.</source>
            <translation>Le cabinet n'est pas arrivé entier sur le serveur ; la prochaine synchronisation le renvoie.</translation>
        </message>
    </context>
    <context>
        <name>bumping</name>
        <message>
            <source>A bump plan is only for urgent or emergency patients.</source>
            <translation>Un plan de décalage n'est que pour les patients urgents ou en urgence vitale.</translation>
        </message>
    </context>
    <context>
        <name>calendar exchange</name>
        <message>
            <source>Choose at most {limit} days.</source>
            <translation>Choisissez au plus {limit} jours.</translation>
        </message>
        <message>
            <source>The last day ({last}) is before the first ({first}).</source>
            <translation>Le dernier jour ({last}) précède le premier ({first}).</translation>
        </message>
    </context>
    <context>
        <name>call list</name>
        <message numerus="yes">
            <source>%n patient(s) to call</source>
            <translation>
                <numerusform>%n patient à appeler</numerusform>
                <numerusform>%n patients à appeler</numerusform>
            </translation>
        </message>
        <message>
            <source>(unknown patient)</source>
            <translation>(patient inconnu)</translation>
        </message>
        <message>
            <source>Already rebooked</source>
            <translation>Déjà reprogrammé</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Né(e)</translation>
        </message>
        <message>
            <source>Call list {date}</source>
            <translation>Liste d'appels {date}</translation>
        </message>
        <message>
            <source>Called</source>
            <translation>Appelé</translation>
        </message>
        <message>
            <source>Cancelled by patient</source>
            <translation>Annulé par le patient</translation>
        </message>
        <message>
            <source>Cancelled by patient (late)</source>
            <translation>Annulé par le patient (tardivement)</translation>
        </message>
        <message>
            <source>Cancelled by the clinic</source>
            <translation>Annulé par le cabinet</translation>
        </message>
        <message>
            <source>Missed appointment</source>
            <translation>Rendez-vous manqué</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>No-show and cancellation call list</source>
            <translation>Liste d'appels des absences et annulations</translation>
        </message>
        <message>
            <source>Nobody to call.</source>
            <translation>Personne à appeler.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
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
            <source>Provider / type</source>
            <translation>Praticien / type</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} au {last}</translation>
        </message>
    </context>
    <context>
        <name>catalog</name>
        <message>
            <source>A late cancellation is counted within 0 to 336 hours.</source>
            <translation>Une annulation tardive se compte entre 0 et 336 heures.</translation>
        </message>
        <message>
            <source>An appointment lasts 1 to {MAX_APPOINTMENT_MINUTES} minutes (got {minutes}).</source>
            <translation>Un rendez-vous dure de 1 à {MAX_APPOINTMENT_MINUTES} minutes (indiqué : {minutes}).</translation>
        </message>
        <message>
            <source>Opening hours are given for weekdays 0 (Mon) to 6 (Sun).</source>
            <translation>Les horaires se donnent pour les jours 0 (lun) à 6 (dim).</translation>
        </message>
        <message>
            <source>The booking grid is one of {allowed} minutes.</source>
            <translation>La grille de réservation est l'une de {allowed} minutes.</translation>
        </message>
        <message>
            <source>There is already an appointment type '{strip}'.</source>
            <translation>Il existe déjà un type de rendez-vous '{strip}'.</translation>
        </message>
    </context>
    <context>
        <name>catalog command</name>
        <message>
            <source>Added appointment type {name} ({duration_minutes} min): {id}</source>
            <translation>Type de rendez-vous {name} ({duration_minutes} min) ajouté : {id}</translation>
        </message>
        <message>
            <source>Added room {name} ({kind}): {id}</source>
            <translation>Salle {name} ({kind}) ajoutée : {id}</translation>
        </message>
        <message>
            <source>No appointment types yet.</source>
            <translation>Pas encore de types de rendez-vous.</translation>
        </message>
        <message>
            <source>No rooms yet.</source>
            <translation>Pas encore de salles.</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>genre</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
    </context>
    <context>
        <name>changes</name>
        <message>
            <source>Colour '{value}' is not a colour like #4C78A8.</source>
            <translation>La couleur '{value}' n'est pas une couleur comme #4C78A8.</translation>
        </message>
        <message>
            <source>Enter the {what}.</source>
            <translation>Saisissez {what}.</translation>
        </message>
    </context>
    <context>
        <name>client</name>
        <message>
            <source>This PC already holds its own clinic data and the server already holds a clinic; they are never mixed. To add this PC, join from an empty data folder: clinicdesk --data-dir NEW_FOLDER sync join --url ...</source>
            <translation>Ce PC a déjà ses propres données de cabinet et le serveur a déjà un cabinet ; ils ne sont jamais mélangés. Pour ajouter ce PC, joignez-le depuis un dossier de données vide : clinicdesk --data-dir NEW_FOLDER sync join --url ...</translation>
        </message>
        <message>
            <source>This PC has not joined a sync server: run 'clinicdesk sync join --url ...'.</source>
            <translation>Ce PC n'a rejoint aucun serveur de synchronisation : lancez 'clinicdesk sync join --url ...'.</translation>
        </message>
    </context>
    <context>
        <name>clinic time</name>
        <message>
            <source>'{name}' is not a known time zone; use a name like Europe/London.</source>
            <translation>'{name}' n'est pas un fuseau horaire connu ; utilisez un nom comme Europe/Paris.</translation>
        </message>
        <message>
            <source>{wall:%H:%M} on {day:%Y-%m-%d} does not exist in {key}: the clocks go forward from {jump_from:%H:%M} to {jump_to:%H:%M}. Choose a time from {jump_to:%H:%M}.</source>
            <translation>{wall:%H:%M} le {day:%Y-%m-%d} n'existe pas en {key} : l'heure avance de {jump_from:%H:%M} à {jump_to:%H:%M}. Choisissez une heure à partir de {jump_to:%H:%M}.</translation>
        </message>
    </context>
    <context>
        <name>clinical notes</name>
        <message>
            <source>Notes are limited to {MAX_NOTES_CHARACTERS:,} characters; these have {count:,}.</source>
            <translation>Les notes sont limitées à {MAX_NOTES_CHARACTERS:,} caractères ; celles-ci en ont {count:,}.</translation>
        </message>
    </context>
    <context>
        <name>command line</name>
        <message>
            <source>clinicdesk {command}: choose one of its sub-commands (see 'clinicdesk {command} --help')</source>
            <translation>clinicdesk {command} : choisissez une de ses sous-commandes (voir 'clinicdesk {command} --help')</translation>
        </message>
        <message>
            <source>clinicdesk: internal error: {describe_exception}; {detail}</source>
            <translation>clinicdesk : erreur interne : {describe_exception} ; {detail}</translation>
        </message>
        <message>
            <source>clinicdesk: interrupted</source>
            <translation>clinicdesk : interrompu</translation>
        </message>
        <message>
            <source>clinicdesk: no display found; use the command line instead (try 'clinicdesk --help'), or set QT_QPA_PLATFORM.</source>
            <translation>clinicdesk : aucun écran trouvé ; utilisez plutôt la ligne de commande (essayez 'clinicdesk --help') ou définissez QT_QPA_PLATFORM.</translation>
        </message>
        <message>
            <source>clinicdesk: {broken} is not valid text (UTF-8); retype it.</source>
            <translation>clinicdesk : {broken} n'est pas un texte valide (UTF-8) ; retapez-le.</translation>
        </message>
        <message>
            <source>clinicdesk: {message}</source>
            <translation>clinicdesk : {message}</translation>
        </message>
        <message>
            <source>could not write the crash log ({strerror})</source>
            <translation>impossible d'écrire le journal de plantage ({strerror})</translation>
        </message>
        <message>
            <source>details in {log}</source>
            <translation>détails dans {log}</translation>
        </message>
    </context>
    <context>
        <name>confirm_sheet</name>
        <message numerus="yes">
            <source>%n visit(s) to confirm</source>
            <translation>
                <numerusform>%n rendez-vous à confirmer</numerusform>
                <numerusform>%n rendez-vous à confirmer</numerusform>
            </translation>
        </message>
        <message>
            <source>Called</source>
            <translation>Appelé</translation>
        </message>
        <message>
            <source>Every visit is confirmed.</source>
            <translation>Tous les rendez-vous sont confirmés.</translation>
        </message>
        <message>
            <source>No-shows</source>
            <translation>Absences</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
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
            <source>Printed {when}</source>
            <translation>Imprimé {when}</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <source>Visits to confirm</source>
            <translation>Rendez-vous à confirmer</translation>
        </message>
        <message>
            <source>no phone on file</source>
            <translation>pas de téléphone</translation>
        </message>
        <message>
            <source>not confirmed</source>
            <translation>non confirmé</translation>
        </message>
        <message>
            <source>unclear reply</source>
            <translation>réponse peu claire</translation>
        </message>
    </context>
    <context>
        <name>connection</name>
        <message>
            <source>The connection to the sync server was lost while {what} ({reason}). Changes stay on this PC and are sent at the next sync.</source>
            <translation>La connexion au serveur de synchronisation a été perdue pendant {what} ({reason}). Les modifications restent sur ce PC et partent à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>The sync server cannot be reached ({reason}). Changes stay on this PC and are sent at the next sync.</source>
            <translation>Le serveur de synchronisation est injoignable ({reason}). Les modifications restent sur ce PC et partent à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>The sync server cannot be reached ({value}). Changes stay on this PC and are sent at the next sync.</source>
            <translation>Le serveur de synchronisation est injoignable ({value}). Les modifications restent sur ce PC et partent à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>The sync server stopped answering while {what} (gave up after {seconds:g} s). Changes stay on this PC and are sent at the next sync.</source>
            <translation>Le serveur de synchronisation a cessé de répondre pendant {what} (abandon après {seconds:g} s). Les modifications restent sur ce PC et partent à la prochaine synchronisation.</translation>
        </message>
    </context>
    <context>
        <name>context command</name>
        <message>
            <source>New password: </source>
            <translation>Nouveau mot de passe : </translation>
        </message>
        <message>
            <source>No password: set {PASSWORD_ENV} or run the command in a terminal.</source>
            <translation>Pas de mot de passe : définissez {PASSWORD_ENV} ou lancez la commande dans un terminal.</translation>
        </message>
        <message>
            <source>Say who you are: add --user NAME or set {USER_ENV}.</source>
            <translation>Dites qui vous êtes : ajoutez --user NOM ou définissez {USER_ENV}.</translation>
        </message>
        <message>
            <source>The two passwords do not match; nothing was changed.</source>
            <translation>Les deux mots de passe ne correspondent pas ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Type it again: </source>
            <translation>Retapez-le : </translation>
        </message>
        <message>
            <source>warning: {message}</source>
            <translation>avertissement : {message}</translation>
        </message>
    </context>
    <context>
        <name>credentials</name>
        <message>
            <source>No {kind} password for {account} at {server} in this computer's keyring: store it with 'clinicdesk messages secret {kind}'.</source>
            <translation>Aucun mot de passe {kind} pour {account} sur {server} dans le trousseau de cet ordinateur : enregistrez-le avec 'clinicdesk messages secret {kind}'.</translation>
        </message>
        <message>
            <source>That server address is not a PostgreSQL URL ({exc}).</source>
            <translation>Cette adresse de serveur n'est pas une URL PostgreSQL ({exc}).</translation>
        </message>
        <message>
            <source>The sync password could not be kept in this computer's keyring ({exc}).</source>
            <translation>Le mot de passe de synchronisation n'a pas pu être gardé dans le trousseau de cet ordinateur ({exc}).</translation>
        </message>
        <message>
            <source>The {kind} password could not be kept in this computer's keyring ({exc}).</source>
            <translation>Le mot de passe {kind} n'a pas pu être gardé dans le trousseau de cet ordinateur ({exc}).</translation>
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
            <source>{name} line {line_num}: cannot be read as CSV ({error}); a quote may be left open.</source>
            <translation>{name} ligne {line_num} : illisible en CSV ({error}) ; un guillemet est peut-être resté ouvert.</translation>
        </message>
        <message>
            <source>{name}: cannot tell from the header whether it holds patients, providers or appointments (columns: {join}); give a mapping file.</source>
            <translation>{name} : l'en-tête ne permet pas de savoir s'il contient des patients, des praticiens ou des rendez-vous (colonnes : {join}) ; donnez un fichier de correspondance.</translation>
        </message>
    </context>
    <context>
        <name>csv intake</name>
        <message>
            <source>Duplicates are skip, keep or merge, not {duplicates!r}.</source>
            <translation>Les doublons sont skip, keep ou merge, pas {duplicates!r}.</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation>Importation annulée : rien n'a été importé.</translation>
        </message>
        <message>
            <source>The decision for {key!r} must be skip, keep or merge, or {{"action": "merge", "into": "&lt;patient id&gt;", "take": [fields]}} with fields among {join}.</source>
            <translation>La décision pour {key!r} doit être skip, keep ou merge, ou {{"action": "merge", "into": "&lt;patient id&gt;", "take": [fields]}} avec des champs parmi {join}.</translation>
        </message>
        <message>
            <source>The decisions file is not JSON: {error}.</source>
            <translation>Le fichier de décisions n'est pas du JSON : {error}.</translation>
        </message>
        <message>
            <source>The decisions file must look like {"row id": "merge"}.</source>
            <translation>Le fichier de décisions doit avoir la forme {"row id": "merge"}.</translation>
        </message>
        <message>
            <source>The mapping file is not JSON: {error}.</source>
            <translation>Le fichier de correspondance n'est pas du JSON : {error}.</translation>
        </message>
        <message>
            <source>The mapping file must look like {"patients": {"given": "Forename"}}, with kinds patients, providers or appointments.</source>
            <translation>Le fichier de correspondance doit avoir la forme {"patients": {"given": "Forename"}}, avec les genres patients, providers ou appointments.</translation>
        </message>
        <message>
            <source>{where}: the patient {into} to merge into is gone.</source>
            <translation>{where} : le patient {into} dans lequel fusionner n'existe plus.</translation>
        </message>
    </context>
    <context>
        <name>date policy</name>
        <message>
            <source>Date of birth {birth_date:%Y-%m-%d} is in the future.</source>
            <translation>La date de naissance {birth_date:%Y-%m-%d} est dans le futur.</translation>
        </message>
        <message>
            <source>Date of birth {birth_date:%Y-%m-%d} is too far in the past.</source>
            <translation>La date de naissance {birth_date:%Y-%m-%d} est trop ancienne.</translation>
        </message>
        <message>
            <source>{what} {isoformat} is outside the dates clinicdesk works with ({clinic_range_text}).</source>
            <translation>{what} {isoformat} est hors des dates que gère clinicdesk ({clinic_range_text}).</translation>
        </message>
    </context>
    <context>
        <name>dates</name>
        <message>
            <source>April</source>
            <translation>avril</translation>
        </message>
        <message>
            <source>August</source>
            <translation>août</translation>
        </message>
        <message>
            <source>December</source>
            <translation>décembre</translation>
        </message>
        <message>
            <source>February</source>
            <translation>février</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>vendredi</translation>
        </message>
        <message>
            <source>January</source>
            <translation>janvier</translation>
        </message>
        <message>
            <source>July</source>
            <translation>juillet</translation>
        </message>
        <message>
            <source>June</source>
            <translation>juin</translation>
        </message>
        <message>
            <source>March</source>
            <translation>mars</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mai</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>lundi</translation>
        </message>
        <message>
            <source>November</source>
            <translation>novembre</translation>
        </message>
        <message>
            <source>October</source>
            <translation>octobre</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>samedi</translation>
        </message>
        <message>
            <source>September</source>
            <translation>septembre</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>dimanche</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>jeudi</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>mardi</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>mercredi</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <source>{weekday} {day} {month}</source>
            <translation>{weekday} {day} {month}</translation>
        </message>
        <message>
            <source>{weekday} {day} {month} {year}</source>
            <translation>{weekday} {day} {month} {year}</translation>
        </message>
    </context>
    <context>
        <name>day sheet</name>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n rendez-vous</numerusform>
                <numerusform>%n rendez-vous</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n urgent</source>
            <translation>
                <numerusform>%n urgent</numerusform>
                <numerusform>%n urgents</numerusform>
            </translation>
        </message>
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
            <source>Day sheet {date}</source>
            <translation>Feuille du jour {date}</translation>
        </message>
        <message>
            <source>Day sheet · {date}</source>
            <translation>Feuille du jour · {date}</translation>
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
            <source>No appointments booked.</source>
            <translation>Aucun rendez-vous réservé.</translation>
        </message>
        <message>
            <source>No providers</source>
            <translation>Aucun praticien</translation>
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
        <message>
            <source>nobody works or is booked this day</source>
            <translation>personne ne travaille ni n'est réservé ce jour-là</translation>
        </message>
        <message>
            <source>not working</source>
            <translation>ne travaille pas</translation>
        </message>
        <message>
            <source>working {hours}</source>
            <translation>travaille {hours}</translation>
        </message>
    </context>
    <context>
        <name>demo</name>
        <message>
            <source>This clinic already has providers or patients; load the demo clinic into a new data folder (--data-dir) instead.</source>
            <translation>Ce cabinet a déjà des praticiens ou des patients ; chargez plutôt le cabinet de démonstration dans un nouveau dossier de données (--data-dir).</translation>
        </message>
        <message>
            <source>Unknown demo size {size!r}: use small, medium or large.</source>
            <translation>Taille de démonstration inconnue {size!r} : utilisez small, medium ou large.</translation>
        </message>
    </context>
    <context>
        <name>demo command</name>
        <message>
            <source>  {patients:,} patients, {appointments:,} appointments from {first_day:%d/%m/%Y} to {last_day:%d/%m/%Y}</source>
            <translation>  {patients:,} patients, {appointments:,} rendez-vous du {first_day:%d/%m/%Y} au {last_day:%d/%m/%Y}</translation>
        </message>
        <message>
            <source>  {providers} providers, {rooms} rooms, {appointment_types} appointment types</source>
            <translation>  {providers} praticiens, {rooms} salles, {appointment_types} types de rendez-vous</translation>
        </message>
        <message>
            <source>Demo clinic loaded ({value}, seed {seed}) in {seconds} s:</source>
            <translation>Cabinet de démonstration chargé ({value}, graine {seed}) en {seconds} s :</translation>
        </message>
        <message>
            <source>Its key is kept in this computer's keyring ({keyring}).</source>
            <translation>Sa clé est conservée dans le trousseau de cet ordinateur ({keyring}).</translation>
        </message>
        <message>
            <source>Its key is kept in {where}, in plain text, because {why}. A real clinic (clinicdesk init) needs a keyring.</source>
            <translation>Sa clé est conservée en clair dans {where}, car {why}. Un vrai cabinet (clinicdesk init) a besoin d'un trousseau.</translation>
        </message>
        <message>
            <source>New store: {store_path}</source>
            <translation>Nouveau stockage : {store_path}</translation>
        </message>
        <message>
            <source>RECOVERY KEY:

    {recovery_key}

{warning}</source>
            <translation>CLÉ DE RÉCUPÉRATION :

    {recovery_key}

{warning}</translation>
        </message>
        <message>
            <source>Sign in as admin, manager or reception with {password_note}.</source>
            <translation>Connectez-vous en tant que admin, manager ou reception avec {password_note}.</translation>
        </message>
        <message>
            <source>the password in {PASSWORD_ENV}</source>
            <translation>le mot de passe de {PASSWORD_ENV}</translation>
        </message>
        <message>
            <source>{problem}; a plain-text key file is acceptable for the synthetic demo clinic only</source>
            <translation>{problem} ; un fichier de clé en clair n'est acceptable que pour le cabinet de démonstration fictif</translation>
        </message>
    </context>
    <context>
        <name>displaced visits</name>
        <message>
            <source>A worklist holds at most {MAX_WORKLIST} visits.</source>
            <translation>Une liste de travail contient au plus {MAX_WORKLIST} visites.</translation>
        </message>
        <message numerus="yes">
            <source>No free {name} time with {who} in the next %n day(s); ring the patient and choose a time in the booking dialog.</source>
            <translation>
                <numerusform>Aucun créneau {name} libre avec {who} dans le prochain %n jour ; appelez le patient et choisissez une heure dans la fenêtre de réservation.</numerusform>
                <numerusform>Aucun créneau {name} libre avec {who} dans les %n prochains jours ; appelez le patient et choisissez une heure dans la fenêtre de réservation.</numerusform>
            </translation>
        </message>
        <message>
            <source>This visit is {status}; there is nothing to rebook.</source>
            <translation>Cette visite est {status} ; il n'y a rien à reprogrammer.</translation>
        </message>
    </context>
    <context>
        <name>email</name>
        <message>
            <source>E-mail is not set up: give smtp_host and smtp_from in the message settings.</source>
            <translation>L'e-mail n'est pas configuré : indiquez smtp_host et smtp_from dans les réglages des messages.</translation>
        </message>
        <message>
            <source>Reading the mailbox failed ({name}).</source>
            <translation>La lecture de la boîte aux lettres a échoué ({name}).</translation>
        </message>
        <message>
            <source>SMTP security '{security}' is not one of {join}.</source>
            <translation>La sécurité SMTP '{security}' n'est pas l'une de {join}.</translation>
        </message>
        <message>
            <source>The mail server answered {smtp_code}.</source>
            <translation>Le serveur de messagerie a répondu {smtp_code}.</translation>
        </message>
        <message>
            <source>The mail server could not be reached or dropped the line ({name}).</source>
            <translation>Le serveur de messagerie est injoignable ou a coupé la ligne ({name}).</translation>
        </message>
        <message>
            <source>The mail server refused the address {address}.</source>
            <translation>Le serveur de messagerie a refusé l'adresse {address}.</translation>
        </message>
        <message>
            <source>The mail server refused the login; check smtp_user and its keyring password.</source>
            <translation>Le serveur de messagerie a refusé la connexion ; vérifiez smtp_user et son mot de passe du trousseau.</translation>
        </message>
        <message>
            <source>The mailbox could not be read ({name}).</source>
            <translation>La boîte aux lettres n'a pas pu être lue ({name}).</translation>
        </message>
        <message>
            <source>The mailbox refused the search for new mail.</source>
            <translation>La boîte aux lettres a refusé la recherche de nouveaux messages.</translation>
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
        <name>fhir exchange</name>
        <message>
            <source>Export at most {limit} days at a time.</source>
            <translation>Exportez au plus {limit} jours à la fois.</translation>
        </message>
        <message>
            <source>Give the phone number patients call to book (--phone).</source>
            <translation>Indiquez le numéro que les patients appellent pour réserver (--phone).</translation>
        </message>
        <message>
            <source>Publish between 1 and {MAX_PUBLISH_DAYS} days of slots.</source>
            <translation>Publiez entre 1 et {MAX_PUBLISH_DAYS} jours de créneaux.</translation>
        </message>
        <message>
            <source>The base URL must start with https:// (or http://).</source>
            <translation>L'URL de base doit commencer par https:// (ou http://).</translation>
        </message>
        <message>
            <source>The last day ({last}) is before the first ({first}).</source>
            <translation>Le dernier jour ({last}) précède le premier ({first}).</translation>
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
        <name>fhir intake</name>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation>Importation annulée : rien n'a été importé.</translation>
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
        <name>finding</name>
        <message>
            <source>Ask for between 1 and {MAX_COUNT} slots.</source>
            <translation>Demandez entre 1 et {MAX_COUNT} créneaux.</translation>
        </message>
        <message>
            <source>No bookable provider gives {kind}.</source>
            <translation>Aucun praticien réservable ne propose {kind}.</translation>
        </message>
        <message>
            <source>No bookable {specialty} provider gives {kind}.</source>
            <translation>Aucun praticien réservable en {specialty} ne propose {kind}.</translation>
        </message>
        <message>
            <source>That provider is not bookable or does not give {kind}.</source>
            <translation>Ce praticien n'est pas réservable ou ne propose pas {kind}.</translation>
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
            <source>HL7 version {version} is not one of {join}.</source>
            <translation>La version HL7 {version} n'est pas l'une de {join}.</translation>
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
        <message>
            <source>Use http://127.0.0.1:{port}/ for the feeds.</source>
            <translation>Utilisez http://127.0.0.1:{port}/ pour les calendriers.</translation>
        </message>
    </context>
    <context>
        <name>import files</name>
        <message>
            <source>Cannot read {path}: {value}.</source>
            <translation>Impossible de lire {path} : {value}.</translation>
        </message>
        <message>
            <source>Choose a file or a folder to import.</source>
            <translation>Choisissez un fichier ou un dossier à importer.</translation>
        </message>
        <message>
            <source>The .csv files in {path} are larger than 2 GB together.</source>
            <translation>Les fichiers .csv de {path} dépassent ensemble 2 Go.</translation>
        </message>
        <message>
            <source>{name} is neither a CSV file (.csv) nor FHIR (.json, .ndjson); choose one of those or a folder of CSV files.</source>
            <translation>{name} n'est ni un fichier CSV (.csv) ni du FHIR (.json, .ndjson) ; choisissez l'un d'eux ou un dossier de fichiers CSV.</translation>
        </message>
        <message>
            <source>{path} holds no .csv file.</source>
            <translation>{path} ne contient aucun fichier .csv.</translation>
        </message>
    </context>
    <context>
        <name>interop command</name>
        <message>
            <source>  after death: {where}</source>
            <translation>  après le décès : {where}</translation>
        </message>
        <message>
            <source>  clash kept: {appointment_id} overlaps {join}</source>
            <translation>  conflit conservé : {appointment_id} chevauche {join}</translation>
        </message>
        <message>
            <source>  clash kept: {source}</source>
            <translation>  conflit conservé : {source}</translation>
        </message>
        <message>
            <source>  clash kept: {source} overlaps {join}</source>
            <translation>  conflit conservé : {source} chevauche {join}</translation>
        </message>
        <message>
            <source>  possible duplicate {source} ({name}, {birth_date}){value}</source>
            <translation>  doublon possible {source} ({name}, {birth_date}){value}</translation>
        </message>
        <message>
            <source>  possible duplicate {where} (row id {row}): {reason}; {decision}</source>
            <translation>  doublon possible {where} (id de ligne {row}) : {reason} ; {decision}</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) written to {file}</source>
            <translation>
                <numerusform>%n événement écrit dans {file}</numerusform>
                <numerusform>%n événements écrits dans {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Busy times {first_day} to {last_day}: {verb} {new} time off, {known} already there; %n booking(s) now inside time off</source>
            <translation>
                <numerusform>Heures occupées du {first_day} au {last_day} : {verb} {new} absences, {known} déjà présentes ; %n réservation tombe maintenant dans une absence</numerusform>
                <numerusform>Heures occupées du {first_day} au {last_day} : {verb} {new} absences, {known} déjà présentes ; %n réservations tombent maintenant dans une absence</numerusform>
            </translation>
        </message>
        <message>
            <source>CSV import {verb}: {summary}; already here: {summary2}</source>
            <translation>Import CSV {verb} : {summary} ; déjà présents : {summary2}</translation>
        </message>
        <message>
            <source>CSV written to {folder}: {summary}</source>
            <translation>CSV écrit dans {folder} : {summary}</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>Impossible de lire {path} : {reason}.</translation>
        </message>
        <message>
            <source>Cannot serve on {LOOPBACK}:{port}: {reason}.</source>
            <translation>Impossible de servir sur {LOOPBACK}:{port} : {reason}.</translation>
        </message>
        <message>
            <source>FHIR R4 written to {folder}: {summary}</source>
            <translation>FHIR R4 écrit dans {folder} : {summary}</translation>
        </message>
        <message>
            <source>FHIR import {verb}: {summary}; already here: {summary2}</source>
            <translation>Import FHIR {verb} : {summary} ; déjà présents : {summary2}</translation>
        </message>
        <message>
            <source>Give the name of a file to import.</source>
            <translation>Indiquez le nom d'un fichier à importer.</translation>
        </message>
        <message numerus="yes">
            <source>HL7 import {verb} %n message(s)</source>
            <translation>
                <numerusform>Import HL7 {verb} %n message</numerusform>
                <numerusform>Import HL7 {verb} %n messages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing imported: %n message(s) cannot be used (first: message {number}: {reason}).</source>
            <translation>
                <numerusform>Rien importé : %n message est inutilisable (premier : message {number} : {reason}).</numerusform>
                <numerusform>Rien importé : %n messages sont inutilisables (premier : message {number} : {reason}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing imported: %n resource(s) cannot be taken (first: {where}: {reason}).</source>
            <translation>
                <numerusform>Rien importé : %n ressource ne peut être reprise (première : {where} : {reason}).</numerusform>
                <numerusform>Rien importé : %n ressources ne peuvent être reprises (première : {where} : {reason}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing imported: %n row(s) have problems (first: {where}: {reason}).</source>
            <translation>
                <numerusform>Rien importé : %n ligne pose problème (première : {where} : {reason}).</numerusform>
                <numerusform>Rien importé : %n lignes posent problème (première : {where} : {reason}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Serving calendars on {base} (this PC only) until Ctrl+C:</source>
            <translation>Calendriers servis sur {base} (ce PC uniquement) jusqu'à Ctrl+C :</translation>
        </message>
        <message>
            <source>Slots published to {folder}: {summary}</source>
            <translation>Créneaux publiés dans {folder} : {summary}</translation>
        </message>
        <message>
            <source>added</source>
            <translation>ajoutées</translation>
        </message>
        <message>
            <source>applied</source>
            <translation>appliqués</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>importé</translation>
        </message>
        <message>
            <source>would add</source>
            <translation>seraient ajoutées</translation>
        </message>
        <message>
            <source>would apply</source>
            <translation>seraient appliqués</translation>
        </message>
        <message>
            <source>would import</source>
            <translation>serait importé</translation>
        </message>
        <message>
            <source>{given} holds no .csv file.</source>
            <translation>{given} ne contient aucun fichier .csv.</translation>
        </message>
        <message>
            <source>{path} is not a plain file.</source>
            <translation>{path} n'est pas un fichier ordinaire.</translation>
        </message>
        <message>
            <source>{path} is {st_size:,} bytes; at most {limit:,} can be imported at once.</source>
            <translation>{path} fait {st_size:,} octets ; au plus {limit:,} peuvent être importés à la fois.</translation>
        </message>
    </context>
    <context>
        <name>keys</name>
        <message>
            <source>The demo key file {path} is damaged. Enter the recovery key printed when the demo was made, or delete the data folder and run the demo again.</source>
            <translation>Le fichier de clé de démonstration {path} est endommagé. Saisissez la clé de récupération imprimée à la création de la démonstration, ou supprimez le dossier de données et relancez la démonstration.</translation>
        </message>
        <message>
            <source>The keyring entry for the clinic data key is damaged. Enter the recovery key from the printed recovery sheet to unlock the clinic data.</source>
            <translation>L'entrée du trousseau pour la clé des données du cabinet est endommagée. Saisissez la clé de récupération de la fiche imprimée pour déverrouiller les données.</translation>
        </message>
        <message>
            <source>no keyring service was found on this computer</source>
            <translation>aucun service de trousseau n'a été trouvé sur cet ordinateur</translation>
        </message>
    </context>
    <context>
        <name>lifecycle</name>
        <message>
            <source>This computer has no record of the key for the clinic data ({STORE_INFO_FILE_NAME} is missing). Enter the recovery key from the printed recovery sheet to unlock it.</source>
            <translation>Cet ordinateur n'a aucune trace de la clé des données du cabinet ({STORE_INFO_FILE_NAME} manque). Saisissez la clé de récupération de la fiche imprimée pour les déverrouiller.</translation>
        </message>
    </context>
    <context>
        <name>lookups</name>
        <message>
            <source>More than one appointment type is called '{id_or_name}'; use its id.</source>
            <translation>Plusieurs types de rendez-vous s'appellent '{id_or_name}' ; utilisez son identifiant.</translation>
        </message>
        <message>
            <source>No appointment type '{id_or_name}' (known types: {known}).</source>
            <translation>Aucun type de rendez-vous '{id_or_name}' (types connus : {known}).</translation>
        </message>
        <message>
            <source>No appointment with id {appointment_id}.</source>
            <translation>Aucun rendez-vous avec l'identifiant {appointment_id}.</translation>
        </message>
        <message>
            <source>No patient with id {patient_id}.</source>
            <translation>Aucun patient avec l'identifiant {patient_id}.</translation>
        </message>
        <message>
            <source>No provider with id {provider_id}.</source>
            <translation>Aucun praticien avec l'identifiant {provider_id}.</translation>
        </message>
        <message>
            <source>No room with id {room_id}.</source>
            <translation>Aucune salle avec l'identifiant {room_id}.</translation>
        </message>
        <message>
            <source>This store has no clinic set up yet; run 'clinicdesk init' first.</source>
            <translation>Ce stockage n'a pas encore de cabinet configuré ; lancez d'abord 'clinicdesk init'.</translation>
        </message>
    </context>
    <context>
        <name>message settings</name>
        <message>
            <source>'{text}' is not a number of days.</source>
            <translation>'{text}' n'est pas un nombre de jours.</translation>
        </message>
        <message>
            <source>'{text}' is not a port number.</source>
            <translation>'{text}' n'est pas un numéro de port.</translation>
        </message>
        <message>
            <source>'{text}' is not yes or no.</source>
            <translation>'{text}' n'est ni yes ni no.</translation>
        </message>
        <message>
            <source>Port {port} is outside 1 to 65535.</source>
            <translation>Le port {port} est hors de 1 à 65535.</translation>
        </message>
        <message>
            <source>Quiet hours '{text}' are not a range like 21:00-08:00.</source>
            <translation>Les heures calmes '{text}' ne sont pas une plage comme 21:00-08:00.</translation>
        </message>
        <message>
            <source>Reminder hours '{text}' are not whole hours like 48,2 (or none).</source>
            <translation>Les heures de rappel '{text}' ne sont pas des heures entières comme 48,2 (ou none).</translation>
        </message>
        <message>
            <source>The reminder horizon is 1 to 60 days.</source>
            <translation>L'horizon des rappels est de 1 à 60 jours.</translation>
        </message>
        <message>
            <source>The {what} '{text}' is not a time like 21:00.</source>
            <translation>{what} '{text}' n'est pas une heure comme 21:00.</translation>
        </message>
        <message>
            <source>There is no message setting '{name}'; use one of {known}.</source>
            <translation>Il n'y a pas de réglage de messages '{name}' ; utilisez l'un de {known}.</translation>
        </message>
        <message>
            <source>There is no template '{template}'; use one of {known}.</source>
            <translation>Il n'y a pas de modèle '{template}' ; utilisez l'un de {known}.</translation>
        </message>
        <message>
            <source>Type rules are JSON like {"type id": "48,2"}.</source>
            <translation>Les règles par type sont du JSON comme {"type id": "48,2"}.</translation>
        </message>
        <message>
            <source>Type rules are JSON like {"type id": "48,2"}; this is not JSON.</source>
            <translation>Les règles par type sont du JSON comme {"type id": "48,2"} ; ceci n'est pas du JSON.</translation>
        </message>
    </context>
    <context>
        <name>message templates</name>
        <message>
            <source>'{code}' is not a language code like de, fr or pt-BR (or empty for the clinic's language).</source>
            <translation>'{code}' n'est pas un code de langue comme de, fr ou pt-BR (ou vide pour la langue du cabinet).</translation>
        </message>
        <message>
            <source>A message template cannot be empty.</source>
            <translation>Un modèle de message ne peut pas être vide.</translation>
        </message>
        <message>
            <source>A message template is at most {MAX_TEMPLATE_LENGTH} characters (this one has {count}).</source>
            <translation>Un modèle de message fait au plus {MAX_TEMPLATE_LENGTH} caractères (celui-ci en a {count}).</translation>
        </message>
        <message>
            <source>No value for the placeholder {{{missing}}}.</source>
            <translation>Aucune valeur pour l'espace réservé {{{missing}}}.</translation>
        </message>
        <message>
            <source>The placeholder {{{field}}} is not a plain name like {{name}}.</source>
            <translation>L'espace réservé {{{field}}} n'est pas un simple nom comme {{name}}.</translation>
        </message>
        <message>
            <source>The template has an unmatched brace; write {{name}} for a placeholder and {{{{ or }}}} for a brace ({exc}).</source>
            <translation>Le modèle a une accolade orpheline ; écrivez {{name}} pour un espace réservé et {{{{ ou }}}} pour une accolade ({exc}).</translation>
        </message>
        <message>
            <source>The template names {reason}; messages do not say why a patient comes unless the clinic allows it in the message settings.</source>
            <translation>Le modèle cite {reason} ; les messages ne disent pas pourquoi un patient vient, sauf si le cabinet l'autorise dans les réglages des messages.</translation>
        </message>
        <message>
            <source>The template uses {{{name}}}, which is not a known placeholder; use {known}.</source>
            <translation>Le modèle utilise {{{name}}}, qui n'est pas un espace réservé connu ; utilisez {known}.</translation>
        </message>
        <message>
            <source>There is no message template called '{name}'.</source>
            <translation>Il n'y a pas de modèle de message nommé '{name}'.</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>No PC is chosen to send messages yet: set it with 'messages settings set {SENDING_WORKSTATION} NAME'.</source>
            <translation>Aucun PC n'est encore choisi pour envoyer les messages : définissez-le avec 'messages settings set {SENDING_WORKSTATION} NOM'.</translation>
        </message>
        <message>
            <source>No appointment with id {appointment_id}.</source>
            <translation>Aucun rendez-vous avec l'identifiant {appointment_id}.</translation>
        </message>
        <message>
            <source>No reply with id {inbound_id}.</source>
            <translation>Aucune réponse avec l'identifiant {inbound_id}.</translation>
        </message>
        <message>
            <source>Say which consent to record: --sms yes|no, --email yes|no (or --language CODE).</source>
            <translation>Dites quel consentement enregistrer : --sms yes|no, --email yes|no (ou --language CODE).</translation>
        </message>
        <message>
            <source>The confirmation list covers 1 to {MAX_DAYS} working days.</source>
            <translation>La liste de confirmation couvre 1 à {MAX_DAYS} jours ouvrés.</translation>
        </message>
        <message>
            <source>The message names a time that is not a time.</source>
            <translation>Le message indique une heure qui n'en est pas une.</translation>
        </message>
        <message>
            <source>The visit this message names no longer exists.</source>
            <translation>La visite que cite ce message n'existe plus.</translation>
        </message>
        <message>
            <source>This PC ({workstation}) does not send messages; {sender} does. Only one PC sends, so no reminder goes out twice.</source>
            <translation>Ce PC ({workstation}) n'envoie pas de messages ; c'est {sender} qui le fait. Un seul PC envoie, pour qu'aucun rappel ne parte deux fois.</translation>
        </message>
        <message>
            <source>unnamed</source>
            <translation>sans nom</translation>
        </message>
    </context>
    <context>
        <name>messages command</name>
        <message>
            <source>Every visit in those days is confirmed.</source>
            <translation>Toutes les visites de ces jours sont confirmées.</translation>
        </message>
        <message>
            <source>No messages.</source>
            <translation>Aucun message.</translation>
        </message>
        <message>
            <source>Set up the {kind} server in the message settings first.</source>
            <translation>Configurez d'abord le serveur {kind} dans les réglages des messages.</translation>
        </message>
        <message>
            <source>The {kind} password for {account} at {server} is in this computer's keyring.</source>
            <translation>Le mot de passe {kind} de {account} sur {server} est dans le trousseau de cet ordinateur.</translation>
        </message>
        <message>
            <source>Tick a call off (--called) and print (--pdf) one at a time.</source>
            <translation>Cochez un appel (--called) et imprimez (--pdf) l'un après l'autre.</translation>
        </message>
        <message>
            <source>Visits to confirm written to {written}</source>
            <translation>Rendez-vous à confirmer enregistrés dans {written}</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>canal</translation>
        </message>
        <message>
            <source>error</source>
            <translation>erreur</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>no phone on file</source>
            <translation>aucun téléphone enregistré</translation>
        </message>
        <message>
            <source>no-shows</source>
            <translation>absences</translation>
        </message>
        <message>
            <source>patient</source>
            <translation>patient</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>téléphone</translation>
        </message>
        <message>
            <source>queued {queued}, voided {voided}, sent {sent}, retrying {retried}, failed {failed}, replies {replies} ({to_inbox} for staff)</source>
            <translation>en file {queued}, annulés {voided}, envoyés {sent}, nouvel essai {retried}, échoués {failed}, réponses {replies} ({to_inbox} pour l'équipe)</translation>
        </message>
        <message>
            <source>send after</source>
            <translation>envoyer après</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>réglage</translation>
        </message>
        <message>
            <source>start</source>
            <translation>début</translation>
        </message>
        <message>
            <source>state</source>
            <translation>état</translation>
        </message>
        <message>
            <source>tries</source>
            <translation>essais</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valeur</translation>
        </message>
        <message>
            <source>{kind} password: </source>
            <translation>Mot de passe {kind} : </translation>
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
        <name>no show risk</name>
        <message>
            <source>Extra bookings per session must be between 0 and 5.</source>
            <translation>Les réservations supplémentaires par séance doivent être entre 0 et 5.</translation>
        </message>
        <message>
            <source>Nothing to compare: {count} past visits before and {count2} in the last {test_days} days have an outcome.</source>
            <translation>Rien à comparer : {count} visites antérieures et {count2} des {test_days} derniers jours ont un résultat.</translation>
        </message>
        <message>
            <source>The test period must be at least one day.</source>
            <translation>La période de test doit durer au moins un jour.</translation>
        </message>
        <message>
            <source>The threshold must be above 0 and at most 10 expected no-shows.</source>
            <translation>Le seuil doit être supérieur à 0 et d'au plus 10 absences attendues.</translation>
        </message>
        <message>
            <source>Unknown overbooking policy {mode!r}: use off or suggest.</source>
            <translation>Règle de surréservation inconnue {mode!r} : utilisez off ou suggest.</translation>
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
        <name>outbound</name>
        <message>
            <source>A {old} message cannot become {new}.</source>
            <translation>Un message {old} ne peut pas devenir {new}.</translation>
        </message>
    </context>
    <context>
        <name>overbooking outcomes</name>
        <message>
            <source>Look at most {MAX_DAYS} days at a time.</source>
            <translation>Consultez au plus {MAX_DAYS} jours à la fois.</translation>
        </message>
        <message>
            <source>The last day is before the first.</source>
            <translation>Le dernier jour précède le premier.</translation>
        </message>
    </context>
    <context>
        <name>parsing command</name>
        <message>
            <source>'{name}' is not a weekday (mon, tue, ... sun).</source>
            <translation>'{name}' n'est pas un jour de la semaine (mon, tue, ... sun).</translation>
        </message>
        <message>
            <source>'{part}' runs backwards; write it like mon-fri.</source>
            <translation>'{part}' va à l'envers ; écrivez-le comme mon-fri.</translation>
        </message>
        <message>
            <source>'{text}' ends before it starts.</source>
            <translation>'{text}' finit avant de commencer.</translation>
        </message>
        <message>
            <source>'{text}' is not a date and time like 2026-03-02T09:30 (clinic time) or 2026-03-02T09:30+00:00.</source>
            <translation>'{text}' n'est pas une date et heure comme 2026-03-02T09:30 (heure du cabinet) ou 2026-03-02T09:30+00:00.</translation>
        </message>
        <message>
            <source>'{text}' is not a date like 2026-03-02.</source>
            <translation>'{text}' n'est pas une date comme 2026-03-02.</translation>
        </message>
        <message>
            <source>'{text}' is not a time like 09:30.</source>
            <translation>'{text}' n'est pas une heure comme 09:30.</translation>
        </message>
        <message>
            <source>'{text}' is not a time range like 09:00-17:00.</source>
            <translation>'{text}' n'est pas une plage horaire comme 09:00-17:00.</translation>
        </message>
        <message>
            <source>'{text}' is not a whole number</source>
            <translation>'{text}' n'est pas un nombre entier</translation>
        </message>
        <message>
            <source>Give a date, like 2026-03-02.</source>
            <translation>Indiquez une date, comme 2026-03-02.</translation>
        </message>
        <message>
            <source>give a number from {low} to {high}, not {value}</source>
            <translation>indiquez un nombre de {low} à {high}, pas {value}</translation>
        </message>
    </context>
    <context>
        <name>passwords</name>
        <message>
            <source>That password is on the list of commonly used passwords; choose another one.</source>
            <translation>Ce mot de passe figure dans la liste des mots de passe courants ; choisissez-en un autre.</translation>
        </message>
        <message>
            <source>The password is too long: use at most {MAX_PASSWORD_LENGTH} characters.</source>
            <translation>Le mot de passe est trop long : utilisez au plus {MAX_PASSWORD_LENGTH} caractères.</translation>
        </message>
        <message>
            <source>The password is too short: use at least {shortest} characters (a few words together make a strong, easy-to-remember password).</source>
            <translation>Le mot de passe est trop court : utilisez au moins {shortest} caractères (quelques mots ensemble font un mot de passe solide et facile à retenir).</translation>
        </message>
        <message>
            <source>The password must not be the same as the user name.</source>
            <translation>Le mot de passe ne doit pas être identique au nom d'utilisateur.</translation>
        </message>
    </context>
    <context>
        <name>paths</name>
        <message>
            <source>The data folder {folder} cannot be used ({reason}); choose another folder.</source>
            <translation>Le dossier de données {folder} est inutilisable ({reason}) ; choisissez un autre dossier.</translation>
        </message>
    </context>
    <context>
        <name>patients</name>
        <message>
            <source>'{cleaned}' is not an email address like name@example.org.</source>
            <translation>'{cleaned}' n'est pas une adresse e-mail comme name@example.org.</translation>
        </message>
        <message>
            <source>'{typed}' is not a date: type it as YYYY-MM-DD or DD/MM/YYYY.</source>
            <translation>'{typed}' n'est pas une date : saisissez-la sous la forme AAAA-MM-JJ ou JJ/MM/AAAA.</translation>
        </message>
        <message>
            <source>Enter the date of birth, as DD/MM/YYYY or YYYY-MM-DD.</source>
            <translation>Saisissez la date de naissance, sous la forme JJ/MM/AAAA ou AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>Enter the patient's family name.</source>
            <translation>Saisissez le nom de famille du patient.</translation>
        </message>
        <message>
            <source>Enter the patient's given name.</source>
            <translation>Saisissez le prénom du patient.</translation>
        </message>
        <message>
            <source>Enter the patient's {what}.</source>
            <translation>Saisissez {what} du patient.</translation>
        </message>
        <message>
            <source>The {what} contains characters that cannot be printed.</source>
            <translation>{what} contient des caractères qui ne peuvent pas être imprimés.</translation>
        </message>
        <message>
            <source>The {what} is longer than {MAX_NAME_LENGTH} characters.</source>
            <translation>{what} dépasse {MAX_NAME_LENGTH} caractères.</translation>
        </message>
        <message>
            <source>The {what} must contain letters.</source>
            <translation>{what} doit contenir des lettres.</translation>
        </message>
    </context>
    <context>
        <name>patients command</name>
        <message>
            <source>  appointments: {total} ({completed} completed, {no_shows} no-shows, {cancelled} cancelled of which {late_cancellations} late, {upcoming} upcoming)</source>
            <translation>  rendez-vous : {total} ({completed} terminés, {no_shows} absences, {cancelled} annulés dont {late_cancellations} tardivement, {upcoming} à venir)</translation>
        </message>
        <message>
            <source>No patient found.</source>
            <translation>Aucun patient trouvé.</translation>
        </message>
        <message>
            <source>Not registered: these patients may be the same person.
{table}
If this is a different person, repeat with --confirm-duplicate.</source>
            <translation>Non enregistré : ces patients sont peut-être la même personne.
{table}
S'il s'agit d'une autre personne, recommencez avec --confirm-duplicate.</translation>
        </message>
        <message>
            <source>Reminder consent now {text}.</source>
            <translation>Consentement aux rappels désormais {text}.</translation>
        </message>
        <message>
            <source>born</source>
            <translation>né(e)</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>phones</source>
            <translation>téléphones</translation>
        </message>
    </context>
    <context>
        <name>phones</name>
        <message>
            <source>'{typed}' is not a phone number.</source>
            <translation>'{typed}' n'est pas un numéro de téléphone.</translation>
        </message>
        <message>
            <source>'{typed}' is not a phone number: check the number of digits (add the country code, like +33, for a number from abroad).</source>
            <translation>'{typed}' n'est pas un numéro de téléphone : vérifiez le nombre de chiffres (ajoutez l'indicatif du pays, comme +33, pour un numéro étranger).</translation>
        </message>
        <message>
            <source>Enter the phone number, or leave the phone out.</source>
            <translation>Saisissez le numéro de téléphone, ou laissez le téléphone vide.</translation>
        </message>
    </context>
    <context>
        <name>print jobs</name>
        <message>
            <source>A call list covers at most {MAX_CALL_LIST_DAYS} days.</source>
            <translation>Une liste d'appels couvre au plus {MAX_CALL_LIST_DAYS} jours.</translation>
        </message>
        <message>
            <source>A downtime pack covers 1 to {MAX_DOWNTIME_DAYS} working days.</source>
            <translation>Un dossier de secours couvre 1 à {MAX_DOWNTIME_DAYS} jours ouvrés.</translation>
        </message>
        <message>
            <source>The call list's last day is before its first day.</source>
            <translation>Le dernier jour de la liste d'appels précède le premier.</translation>
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
        <message>
            <source>Printed {moment}</source>
            <translation>Imprimé le {moment}</translation>
        </message>
        <message>
            <source>SECRET: whoever holds this key can read the clinic's data.</source>
            <translation>SECRET : quiconque détient cette clé peut lire les données du cabinet.</translation>
        </message>
    </context>
    <context>
        <name>printing command</name>
        <message>
            <source>Call list written to {written}</source>
            <translation>Liste d'appels écrite dans {written}</translation>
        </message>
        <message>
            <source>Day sheet written to {written}</source>
            <translation>Feuille du jour écrite dans {written}</translation>
        </message>
        <message numerus="yes">
            <source>Downtime pack: %n file(s) in {folder} for {days}</source>
            <translation>
                <numerusform>Dossier de secours : %n fichier dans {folder} pour {days}</numerusform>
                <numerusform>Dossier de secours : %n fichiers dans {folder} pour {days}</numerusform>
            </translation>
        </message>
        <message>
            <source>Week schedule written to {written}</source>
            <translation>Planning de la semaine écrit dans {written}</translation>
        </message>
        <message>
            <source>none (the clinic never opens)</source>
            <translation>aucun (le cabinet n'ouvre jamais)</translation>
        </message>
    </context>
    <context>
        <name>providers</name>
        <message>
            <source>Parallel appointments must be between 1 and {MAX_PARALLEL_LIMIT} (got {value}).</source>
            <translation>Les rendez-vous simultanés doivent être entre 1 et {MAX_PARALLEL_LIMIT} (indiqué : {value}).</translation>
        </message>
    </context>
    <context>
        <name>providers command</name>
        <message numerus="yes">
            <source>
%n appointment(s) to rebook: {ids}</source>
            <translation>
                <numerusform>
%n rendez-vous à reprogrammer : {ids}</numerusform>
                <numerusform>
%n rendez-vous à reprogrammer : {ids}</numerusform>
            </translation>
        </message>
        <message>
            <source> whole day</source>
            <translation> journée entière</translation>
        </message>
        <message>
            <source>'{spec}' needs days, like mon-fri=09:00-17:00.</source>
            <translation>'{spec}' doit indiquer des jours, comme mon-fri=09:00-17:00.</translation>
        </message>
        <message>
            <source>'{text}' has no {what} after '='.</source>
            <translation>'{text}' n'a pas de {what} après '='.</translation>
        </message>
        <message>
            <source>Added {display_name} ({specialty}): {id}</source>
            <translation>{display_name} ({specialty}) ajouté : {id}</translation>
        </message>
        <message>
            <source>New hours start on {next_change}.</source>
            <translation>Les nouveaux horaires commencent le {next_change}.</translation>
        </message>
        <message>
            <source>No providers yet.</source>
            <translation>Pas encore de praticiens.</translation>
        </message>
        <message>
            <source>Removed {exception_id}.</source>
            <translation>{exception_id} supprimé.</translation>
        </message>
        <message>
            <source>Updated {display_name}.</source>
            <translation>{display_name} mis à jour.</translation>
        </message>
        <message>
            <source>bookable</source>
            <translation>réservable</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>parallel</source>
            <translation>simultanés</translation>
        </message>
        <message>
            <source>specialty</source>
            <translation>spécialité</translation>
        </message>
        <message>
            <source>{provider_name} has no working hours on {on}.</source>
            <translation>{provider_name} n'a pas d'horaires le {on}.</translation>
        </message>
        <message>
            <source>{provider_name}: weekly hours from {effective_from}</source>
            <translation>{provider_name} : horaires hebdomadaires à partir du {effective_from}</translation>
        </message>
    </context>
    <context>
        <name>recall</name>
        <message>
            <source>'Due within {days} days' is outside 0 to {limit} days.</source>
            <translation>« À échéance dans {days} jours » est hors de 0 à {limit} jours.</translation>
        </message>
        <message>
            <source>'{group}' is not a unit; use d (days), w (weeks), m (months) or y (years).</source>
            <translation>'{group}' n'est pas une unité ; utilisez d (jours), w (semaines), m (mois) ou y (années).</translation>
        </message>
        <message>
            <source>'{text}' is not an interval; write a number and a unit, like 6m, 1y, 6w or 90d.</source>
            <translation>'{text}' n'est pas un intervalle ; écrivez un nombre et une unité, comme 6m, 1y, 6w ou 90d.</translation>
        </message>
        <message>
            <source>A recall interval of {count} {value} is outside 1 to {limit} {value}.</source>
            <translation>Un intervalle de rappel de {count} {value} est hors de 1 à {limit} {value}.</translation>
        </message>
        <message>
            <source>Hiding a patient for {days} days after a call is outside 0 to {limit} days.</source>
            <translation>Masquer un patient {days} jours après un appel est hors de 0 à {limit} jours.</translation>
        </message>
        <message>
            <source>This recall is {value}; only an open one is called.</source>
            <translation>Ce rappel est {value} ; seuls les rappels ouverts sont appelés.</translation>
        </message>
    </context>
    <context>
        <name>recall command</name>
        <message>
            <source>, set when a {type} is completed</source>
            <translation>, posé à la fin d'un(e) {type}</translation>
        </message>
        <message>
            <source>Recall list written to {written}</source>
            <translation>Liste de rappels écrite dans {written}</translation>
        </message>
        <message>
            <source>Recall type {name}: every {interval}{follows}: {id}</source>
            <translation>Type de rappel {name} : tous les {interval}{follows} : {id}</translation>
        </message>
        <message>
            <source>{patient_name}: attempt {attempts} recorded; back on the due list from {hidden}</source>
            <translation>{patient_name} : tentative {attempts} enregistrée ; de retour sur la liste à partir du {hidden}</translation>
        </message>
        <message>
            <source>{patient_name}: {recall_type} due {isoformat}: {id}</source>
            <translation>{patient_name} : {recall_type} à échéance le {isoformat} : {id}</translation>
        </message>
    </context>
    <context>
        <name>recall messages</name>
        <message>
            <source>The recall this message is about no longer exists.</source>
            <translation>Le rappel dont parle ce message n'existe plus.</translation>
        </message>
    </context>
    <context>
        <name>recalls</name>
        <message>
            <source>A recall type called '{name}' already exists.</source>
            <translation>Un type de rappel nommé '{name}' existe déjà.</translation>
        </message>
        <message>
            <source>Another recall type already follows that appointment type; one completed visit sets one recall.</source>
            <translation>Un autre type de rappel suit déjà ce type de rendez-vous ; une visite terminée pose un seul rappel.</translation>
        </message>
        <message>
            <source>No recall type '{id_or_name}' (known recall types: {known}).</source>
            <translation>Aucun type de rappel '{id_or_name}' (types connus : {known}).</translation>
        </message>
        <message>
            <source>No recall with id {recall_id}.</source>
            <translation>Aucun rappel avec l'identifiant {recall_id}.</translation>
        </message>
        <message>
            <source>{short_name} already has an open {name} recall due {isoformat}.</source>
            <translation>{short_name} a déjà un rappel {name} ouvert à échéance le {isoformat}.</translation>
        </message>
    </context>
    <context>
        <name>recovery key</name>
        <message>
            <source>A recovery key has {GROUPS} groups of {GROUP_DIGITS} digits ({expected} digits); {count} were entered.</source>
            <translation>Une clé de récupération compte {GROUPS} groupes de {GROUP_DIGITS} chiffres ({expected} chiffres) ; {count} ont été saisis.</translation>
        </message>
        <message>
            <source>A recovery key holds only digits (spaces and dashes are fine); remove: {join}</source>
            <translation>Une clé de récupération ne contient que des chiffres (espaces et tirets admis) ; retirez : {join}</translation>
        </message>
        <message>
            <source>Group {position} of the recovery key ({group}) is not right: check it against the recovery sheet and type it again.</source>
            <translation>Le groupe {position} de la clé de récupération ({group}) n'est pas juste : comparez-le à la fiche de récupération et retapez-le.</translation>
        </message>
        <message>
            <source>Group {position} of the recovery key ({token}) has {count} digits; each group has {GROUP_DIGITS}.</source>
            <translation>Le groupe {position} de la clé de récupération ({token}) a {count} chiffres ; chaque groupe en a {GROUP_DIGITS}.</translation>
        </message>
    </context>
    <context>
        <name>recovery sheet</name>
        <message>
            <source>A new key is made when the database key is changed (clinicdesk rekey); this sheet then no longer works and should be shredded.</source>
            <translation>Une nouvelle clé est créée quand la clé de la base est changée (clinicdesk rekey) ; cette fiche ne sert alors plus et doit être détruite.</translation>
        </message>
        <message>
            <source>Data folder on this computer: {folder}</source>
            <translation>Dossier de données sur cet ordinateur : {folder}</translation>
        </message>
        <message>
            <source>Database recovery key</source>
            <translation>Clé de récupération de la base de données</translation>
        </message>
        <message>
            <source>Keep this sheet locked away from the computer, e.g. in the practice safe. Do not photograph it, e-mail it or store it on the same PC. Anyone with this key and a copy of the data folder can read every patient record.</source>
            <translation>Gardez cette fiche sous clé, loin de l'ordinateur, p. ex. dans le coffre du cabinet. Ne la photographiez pas, ne l'envoyez pas par e-mail et ne la stockez pas sur le même PC. Quiconque a cette clé et une copie du dossier de données peut lire tous les dossiers patients.</translation>
        </message>
        <message>
            <source>Made {moment}</source>
            <translation>Créée le {moment}</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clé de récupération</translation>
        </message>
        <message>
            <source>This key unlocks the clinic's encrypted data when this computer's saved key is lost (a new Windows profile, a repaired or replaced PC, a restored backup).</source>
            <translation>Cette clé ouvre les données chiffrées du cabinet quand la clé enregistrée sur cet ordinateur est perdue (nouveau profil Windows, PC réparé ou remplacé, sauvegarde restaurée).</translation>
        </message>
        <message>
            <source>To use it: run 'clinicdesk unlock' (or choose 'Unlock with recovery key' in the window) and type the 16 groups. Spaces and dashes do not matter; a mistyped group is pointed out before anything is tried.</source>
            <translation>Pour l'utiliser : lancez 'clinicdesk unlock' (ou choisissez 'Saisir la clé de récupération…' dans la fenêtre) et tapez les 16 groupes. Les espaces et tirets ne comptent pas ; un groupe mal tapé est signalé avant tout essai.</translation>
        </message>
        <message>
            <source>keep it safe</source>
            <translation>à conserver en lieu sûr</translation>
        </message>
    </context>
    <context>
        <name>recurrence</name>
        <message>
            <source>Enter a repeat rule, e.g. FREQ=WEEKLY;BYDAY=MO;COUNT=10.</source>
            <translation>Saisissez une règle de répétition, p. ex. FREQ=WEEKLY;BYDAY=MO;COUNT=10.</translation>
        </message>
        <message>
            <source>Give the first date separately, not as DTSTART in the rule.</source>
            <translation>Indiquez la première date à part, pas en DTSTART dans la règle.</translation>
        </message>
        <message>
            <source>Only booked or confirmed occurrences can be changed; this one is {status}.</source>
            <translation>Seules les occurrences réservées ou confirmées peuvent être modifiées ; celle-ci est {status}.</translation>
        </message>
        <message>
            <source>Only single-line repeat rules can be split.</source>
            <translation>Seules les règles de répétition d'une ligne peuvent être scindées.</translation>
        </message>
        <message>
            <source>The repeat rule '{rule}' is not valid.</source>
            <translation>La règle de répétition '{rule}' n'est pas valide.</translation>
        </message>
        <message>
            <source>The repeat rule '{rule}' is not valid: {exc}</source>
            <translation>La règle de répétition '{rule}' n'est pas valide : {exc}</translation>
        </message>
    </context>
    <context>
        <name>rekey</name>
        <message>
            <source>Another program wrote to the clinic data while its key was being changed; nothing was changed. Close every clinicdesk window and try again.</source>
            <translation>Un autre programme a écrit dans les données du cabinet pendant le changement de clé ; rien n'a été modifié. Fermez toutes les fenêtres clinicdesk et réessayez.</translation>
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <source>A reminder lead of {hours} h is outside 1 to {MAX_LEAD_HOURS} hours.</source>
            <translation>Un rappel {hours} h avant est hors de 1 à {MAX_LEAD_HOURS} heures.</translation>
        </message>
        <message>
            <source>A reminder rule lists the same lead time twice.</source>
            <translation>Une règle de rappel cite deux fois le même délai.</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>A report covers at most {MAX_REPORT_DAYS} days.</source>
            <translation>Un rapport couvre au plus {MAX_REPORT_DAYS} jours.</translation>
        </message>
        <message>
            <source>The report's end date is before its start date.</source>
            <translation>La date de fin du rapport précède sa date de début.</translation>
        </message>
        <message>
            <source>There is no report called '{name}'. Reports: {known}.</source>
            <translation>Il n'y a pas de rapport nommé '{name}'. Rapports : {known}.</translation>
        </message>
    </context>
    <context>
        <name>reports command</name>
        <message>
            <source>Report written to {written}</source>
            <translation>Rapport écrit dans {written}</translation>
        </message>
    </context>
    <context>
        <name>risk command</name>
        <message>
            <source>
Book with: --override {reason} (the reason records why)</source>
            <translation>
Réservez avec : --override {reason} (le motif consigne pourquoi)</translation>
        </message>
        <message>
            <source>
Total: {sessions} sessions, {suggested} suggested, {booked} booked, {extra_came} came, {original_missed} doubled bookings missed, {overtime_minutes} min overtime where an extra was booked.</source>
            <translation>
Total : {sessions} séances, {suggested} suggérées, {booked} réservées, {extra_came} venus, {original_missed} doubles réservations manquées, {overtime_minutes} min de dépassement là où un supplément était réservé.</translation>
        </message>
        <message>
            <source>--provider and --overbooking go together.</source>
            <translation>--provider et --overbooking vont ensemble.</translation>
        </message>
        <message>
            <source>Calibration (predicted against what happened):</source>
            <translation>Calibrage (prévu face à ce qui s'est passé) :</translation>
        </message>
        <message>
            <source>Model: {basis}, trained {trained_at:%Y-%m-%d %H:%M} UTC on {n_train} past visits, {model_bytes} bytes in the store.</source>
            <translation>Modèle : {basis}, entraîné le {trained_at:%Y-%m-%d %H:%M} UTC sur {n_train} visites passées, {model_bytes} octets dans le stockage.</translation>
        </message>
        <message>
            <source>No session from {first} to {last} had a suggestion.</source>
            <translation>Aucune séance du {first} au {last} n'a eu de suggestion.</translation>
        </message>
        <message>
            <source>No session reaches the threshold.</source>
            <translation>Aucune séance n'atteint le seuil.</translation>
        </message>
        <message>
            <source>No-show prediction is {value}.</source>
            <translation>La prédiction des absences est {value}.</translation>
        </message>
        <message>
            <source>Nobody to call.</source>
            <translation>Personne à appeler.</translation>
        </message>
        <message>
            <source>Nothing booked.</source>
            <translation>Rien de réservé.</translation>
        </message>
        <message>
            <source>The model in use is less than a week old; nothing to do.</source>
            <translation>Le modèle utilisé a moins d'une semaine ; rien à faire.</translation>
        </message>
        <message>
            <source>Trained a {basis} model on {n_train} past visits ({no_show_rate:.1%} missed).</source>
            <translation>Modèle {basis} entraîné sur {n_train} visites passées ({no_show_rate:.1%} d'absences).</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>réservé</translation>
        </message>
        <message>
            <source>calib. error    {calibration_error:.4f}</source>
            <translation>erreur calib.   {calibration_error:.4f}</translation>
        </message>
        <message>
            <source>came</source>
            <translation>venus</translation>
        </message>
        <message>
            <source>doubled missed</source>
            <translation>doubles manquées</translation>
        </message>
        <message>
            <source>expected no-shows</source>
            <translation>absences attendues</translation>
        </message>
        <message>
            <source>extra at</source>
            <translation>supplément à</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>absents</translation>
        </message>
        <message>
            <source>n/a (one kind of outcome only)</source>
            <translation>n/d (un seul type de résultat)</translation>
        </message>
        <message>
            <source>no-show rate    train {train_no_show_rate:.1%}, test {test_no_show_rate:.1%}</source>
            <translation>taux d'absence  entraînement {train_no_show_rate:.1%}, test {test_no_show_rate:.1%}</translation>
        </message>
        <message>
            <source>off</source>
            <translation>désactivée</translation>
        </message>
        <message>
            <source>on</source>
            <translation>activée</translation>
        </message>
        <message>
            <source>overtime</source>
            <translation>dépassement</translation>
        </message>
        <message>
            <source>patient</source>
            <translation>patient</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>téléphone</translation>
        </message>
        <message>
            <source>predicted</source>
            <translation>prévu</translation>
        </message>
        <message>
            <source>provider</source>
            <translation>praticien</translation>
        </message>
        <message>
            <source>risk</source>
            <translation>risque</translation>
        </message>
        <message>
            <source>risk there</source>
            <translation>risque là</translation>
        </message>
        <message>
            <source>scores</source>
            <translation>scores</translation>
        </message>
        <message>
            <source>session</source>
            <translation>séance</translation>
        </message>
        <message>
            <source>suggested</source>
            <translation>suggérées</translation>
        </message>
        <message>
            <source>time</source>
            <translation>heure</translation>
        </message>
        <message>
            <source>visit</source>
            <translation>visite</translation>
        </message>
        <message>
            <source>visits</source>
            <translation>visites</translation>
        </message>
        <message>
            <source>why</source>
            <translation>pourquoi</translation>
        </message>
        <message>
            <source>{provider_id}: overbooking {value}, up to {max_extra}</source>
            <translation>{provider_id} : surréservation {value}, jusqu'à {max_extra}</translation>
        </message>
    </context>
    <context>
        <name>schedule command</name>
        <message>
            <source> (late cancellation)</source>
            <translation> (annulation tardive)</translation>
        </message>
        <message>
            <source>--override goes with --start, not --first-available.</source>
            <translation>--override va avec --start, pas avec --first-available.</translation>
        </message>
        <message>
            <source>Booked walk-in</source>
            <translation>Patient sans rendez-vous réservé</translation>
        </message>
        <message>
            <source>No appointments on {date:%a %Y-%m-%d}.</source>
            <translation>Aucun rendez-vous le {date:%a %Y-%m-%d}.</translation>
        </message>
        <message>
            <source>No free slot in the horizon; consider the waitlist.</source>
            <translation>Aucun créneau libre dans l'horizon ; pensez à la liste d'attente.</translation>
        </message>
        <message>
            <source>No provider gives it.</source>
            <translation>Aucun praticien ne le propose.</translation>
        </message>
        <message>
            <source>Say which provider with --provider (or --first-available).</source>
            <translation>Indiquez quel praticien avec --provider (ou --first-available).</translation>
        </message>
        <message>
            <source>Waitlist candidates for the freed time:</source>
            <translation>Candidats de la liste d'attente pour le créneau libéré :</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>réservé</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>days to 3rd slot</source>
            <translation>jours jusqu'au 3e créneau</translation>
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
            <translation>aucun téléphone enregistré</translation>
        </message>
        <message>
            <source>patient</source>
            <translation>patient</translation>
        </message>
        <message>
            <source>provider</source>
            <translation>praticien</translation>
        </message>
        <message>
            <source>provider id</source>
            <translation>id du praticien</translation>
        </message>
        <message>
            <source>status</source>
            <translation>statut</translation>
        </message>
        <message>
            <source>time</source>
            <translation>heure</translation>
        </message>
        <message>
            <source>type</source>
            <translation>type</translation>
        </message>
        <message>
            <source>{patient_name} is now {status_label}.</source>
            <translation>{patient_name} est maintenant {status_label}.</translation>
        </message>
    </context>
    <context>
        <name>schedules</name>
        <message>
            <source>An exception can cover at most {MAX_EXCEPTION_DAYS} days.</source>
            <translation>Une exception couvre au plus {MAX_EXCEPTION_DAYS} jours.</translation>
        </message>
        <message>
            <source>Give at least one day's hours. To stop bookings, mark the provider not bookable or add time off.</source>
            <translation>Indiquez les horaires d'au moins un jour. Pour arrêter les réservations, marquez le praticien non réservable ou ajoutez une absence.</translation>
        </message>
        <message>
            <source>Give both a start and an end time, or neither for whole days.</source>
            <translation>Indiquez une heure de début et de fin, ou aucune pour des journées entières.</translation>
        </message>
        <message>
            <source>No time off or extra hours with id {exception_id}.</source>
            <translation>Aucune absence ni heures supplémentaires avec l'identifiant {exception_id}.</translation>
        </message>
        <message>
            <source>The extra hours end ({end:%H:%M}) before they start ({start:%H:%M}).</source>
            <translation>Les heures supplémentaires finissent ({end:%H:%M}) avant de commencer ({start:%H:%M}).</translation>
        </message>
        <message>
            <source>The last day is before the first day.</source>
            <translation>Le dernier jour précède le premier.</translation>
        </message>
        <message>
            <source>The time off ends ({end:%H:%M}) before it starts ({start:%H:%M}).</source>
            <translation>L'absence finit ({end:%H:%M}) avant de commencer ({start:%H:%M}).</translation>
        </message>
        <message>
            <source>Weekday {weekday} is not between 0 (Mon) and 6 (Sun).</source>
            <translation>Le jour {weekday} n'est pas entre 0 (lun) et 6 (dim).</translation>
        </message>
        <message>
            <source>{name}: the break {pause} is outside the hours {hours}.</source>
            <translation>{name} : la pause {pause} est hors des horaires {hours}.</translation>
        </message>
        <message>
            <source>{name}: the shifts {other} and {hours} overlap.</source>
            <translation>{name} : les plages {other} et {hours} se chevauchent.</translation>
        </message>
    </context>
    <context>
        <name>security settings</name>
        <message>
            <source>Unknown security setting {name!r}; known settings: {known}.</source>
            <translation>Réglage de sécurité inconnu {name!r} ; réglages connus : {known}.</translation>
        </message>
        <message>
            <source>{name} must be a whole number from {minimum} to {maximum} ({unit}), not {value!r}.</source>
            <translation>{name} doit être un nombre entier de {minimum} à {maximum} ({unit}), pas {value!r}.</translation>
        </message>
    </context>
    <context>
        <name>series</name>
        <message>
            <source>Give a reason for the cancellation.</source>
            <translation>Indiquez un motif d'annulation.</translation>
        </message>
        <message>
            <source>Nothing was moved: {join}</source>
            <translation>Rien n'a été déplacé : {join}</translation>
        </message>
        <message>
            <source>The repeat rule gives no dates.</source>
            <translation>La règle de répétition ne donne aucune date.</translation>
        </message>
        <message>
            <source>This appointment is not part of a series.</source>
            <translation>Ce rendez-vous ne fait pas partie d'une série.</translation>
        </message>
        <message>
            <source>{count} of {count2} occurrences clash: {join}</source>
            <translation>{count} occurrences sur {count2} se chevauchent : {join}</translation>
        </message>
    </context>
    <context>
        <name>server schema</name>
        <message>
            <source>The sync server has not been set up for clinicdesk yet: run 'clinicdesk sync server-init --url ...' once.</source>
            <translation>Le serveur de synchronisation n'est pas encore préparé pour clinicdesk : lancez une fois 'clinicdesk sync server-init --url ...'.</translation>
        </message>
        <message>
            <source>The sync server uses an older format ({version}) than this clinicdesk ({SERVER_SCHEMA_VERSION}): run 'clinicdesk sync server-init --url ...' to upgrade it. Nothing was sent.</source>
            <translation>Le serveur de synchronisation utilise un format plus ancien ({version}) que ce clinicdesk ({SERVER_SCHEMA_VERSION}) : lancez 'clinicdesk sync server-init --url ...' pour le mettre à niveau. Rien n'a été envoyé.</translation>
        </message>
        <message>
            <source>The sync server was set up by a newer clinicdesk (format {version}; this PC knows {SERVER_SCHEMA_VERSION}). Update clinicdesk on this PC; nothing was sent.</source>
            <translation>Le serveur de synchronisation a été préparé par un clinicdesk plus récent (format {version} ; ce PC connaît {SERVER_SCHEMA_VERSION}). Mettez à jour clinicdesk sur ce PC ; rien n'a été envoyé.</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>Cannot save {path}: {strerror}.</source>
            <translation>Impossible d'enregistrer {path} : {strerror}.</translation>
        </message>
        <message>
            <source>Unknown setting {shown}; known settings: {known}.</source>
            <translation>Réglage inconnu {shown} ; réglages connus : {known}.</translation>
        </message>
        <message>
            <source>hl7_mllp: {error}.</source>
            <translation>hl7_mllp : {error}.</translation>
        </message>
        <message>
            <source>language must be one of: {join}, or empty for the system's language.</source>
            <translation>language doit valoir l'un de : {join}, ou vide pour la langue du système.</translation>
        </message>
        <message>
            <source>{name} is one of the clinic's security settings, kept in the store for every PC: an administrator changes it with 'clinicdesk security set {name} VALUE'.</source>
            <translation>{name} est l'un des réglages de sécurité du cabinet, conservé dans le stockage pour tous les PC : un administrateur le change avec 'clinicdesk security set {name} VALEUR'.</translation>
        </message>
        <message>
            <source>{name} is too long: at most {maximum} characters, not {count}.</source>
            <translation>{name} est trop long : au plus {maximum} caractères, pas {count}.</translation>
        </message>
        <message>
            <source>{name} may hold only printable characters (no control characters, direction overrides or bytes that are not UTF-8).</source>
            <translation>{name} ne peut contenir que des caractères imprimables (pas de caractères de contrôle, d'inversions de direction ni d'octets non UTF-8).</translation>
        </message>
        <message>
            <source>{name} must be a whole number, not {shown}.</source>
            <translation>{name} doit être un nombre entier, pas {shown}.</translation>
        </message>
        <message>
            <source>{name} must be at least {minimum}, not {number}.</source>
            <translation>{name} doit valoir au moins {minimum}, pas {number}.</translation>
        </message>
        <message>
            <source>{name} must be at most {maximum}, not {number}.</source>
            <translation>{name} doit valoir au plus {maximum}, pas {number}.</translation>
        </message>
        <message>
            <source>{name} must be text, not {shown}.</source>
            <translation>{name} doit être du texte, pas {shown}.</translation>
        </message>
    </context>
    <context>
        <name>settings command</name>
        <message>
            <source>Settings from {settings_path}
{table}</source>
            <translation>Réglages de {settings_path}
{table}</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>réglage</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valeur</translation>
        </message>
        <message>
            <source>what it does</source>
            <translation>effet</translation>
        </message>
        <message>
            <source>{name} = {value} (for every PC)</source>
            <translation>{name} = {value} (pour tous les PC)</translation>
        </message>
        <message>
            <source>{name} = {value} (saved in {path})</source>
            <translation>{name} = {value} (enregistré dans {path})</translation>
        </message>
    </context>
    <context>
        <name>setup command</name>
        <message>
            <source>

Recovery sheet to print: {sheet}</source>
            <translation>

Fiche de récupération à imprimer : {sheet}</translation>
        </message>
        <message>
            <source>Created the clinic {strip!r} in {store_path}
Administrator: {admin_username}

RECOVERY KEY:

    {recovery_key}

{warning}{sheet_note}</source>
            <translation>Cabinet {strip!r} créé dans {store_path}
Administrateur : {admin_username}

CLÉ DE RÉCUPÉRATION :

    {recovery_key}

{warning}{sheet_note}</translation>
        </message>
        <message>
            <source>Give the recovery key with --recovery-key.</source>
            <translation>Indiquez la clé de récupération avec --recovery-key.</translation>
        </message>
        <message>
            <source>Password for {strip}: </source>
            <translation>Mot de passe de {strip} : </translation>
        </message>
        <message>
            <source>Recovery key: </source>
            <translation>Clé de récupération : </translation>
        </message>
        <message>
            <source>Unlocked {path}; its key is kept in this computer's keyring again.</source>
            <translation>{path} déverrouillé ; sa clé est de nouveau dans le trousseau de cet ordinateur.</translation>
        </message>
        <message>
            <source>Write this recovery key down (or print it) and keep it somewhere safe, away from
this computer. It is shown only now. Without it, the clinic data cannot be opened
if this computer's keyring entry is ever lost.</source>
            <translation>Notez cette clé de récupération (ou imprimez-la) et gardez-la en lieu sûr, loin de
cet ordinateur. Elle n'est affichée que maintenant. Sans elle, les données du cabinet ne
peuvent plus être ouvertes si l'entrée du trousseau de cet ordinateur se perd.</translation>
        </message>
        <message>
            <source>the recovery sheet could not be written ({error}); copy the key by hand</source>
            <translation>la fiche de récupération n'a pas pu être écrite ({error}) ; recopiez la clé à la main</translation>
        </message>
    </context>
    <context>
        <name>slot offers</name>
        <message>
            <source>The slot offer ends before it starts.</source>
            <translation>L'offre de créneau finit avant de commencer.</translation>
        </message>
        <message>
            <source>The slot offer has a time that is not a time.</source>
            <translation>L'offre de créneau a une heure qui n'en est pas une.</translation>
        </message>
        <message>
            <source>The slot offer has a time without a zone.</source>
            <translation>L'offre de créneau a une heure sans fuseau.</translation>
        </message>
        <message>
            <source>The slot offer has no {missing}.</source>
            <translation>L'offre de créneau n'a pas de {missing}.</translation>
        </message>
    </context>
    <context>
        <name>slots</name>
        <message>
            <source>Ask for between 1 and {MAX_COUNT} slots.</source>
            <translation>Demandez entre 1 et {MAX_COUNT} créneaux.</translation>
        </message>
        <message>
            <source>{name} has no duration set.</source>
            <translation>{name} n'a pas de durée définie.</translation>
        </message>
    </context>
    <context>
        <name>sms</name>
        <message>
            <source>SMS is not set up: give sms_base_url, sms_account and sms_from in the message settings.</source>
            <translation>Les SMS ne sont pas configurés : indiquez sms_base_url, sms_account et sms_from dans les réglages des messages.</translation>
        </message>
        <message>
            <source>The SMS gateway answered {code} to the reply listing.</source>
            <translation>La passerelle SMS a répondu {code} à la liste des réponses.</translation>
        </message>
        <message>
            <source>The SMS gateway answered {code} when asked about a message.</source>
            <translation>La passerelle SMS a répondu {code} à une question sur un message.</translation>
        </message>
        <message>
            <source>The SMS gateway answered {code}{text}.</source>
            <translation>La passerelle SMS a répondu {code}{text}.</translation>
        </message>
        <message>
            <source>The SMS gateway could not be reached ({name}).</source>
            <translation>La passerelle SMS est injoignable ({name}).</translation>
        </message>
        <message>
            <source>The SMS gateway could not be reached for receipts.</source>
            <translation>La passerelle SMS est injoignable pour les accusés de réception.</translation>
        </message>
        <message>
            <source>The SMS gateway could not be reached for replies.</source>
            <translation>La passerelle SMS est injoignable pour les réponses.</translation>
        </message>
        <message>
            <source>The SMS gateway is rate-limiting (429){text}.</source>
            <translation>La passerelle SMS limite le débit (429){text}.</translation>
        </message>
        <message>
            <source>The SMS gateway refused the message ({code}){text}.</source>
            <translation>La passerelle SMS a refusé le message ({code}){text}.</translation>
        </message>
        <message>
            <source>The SMS gateway {what}; the message may have been sent, so it is not retried.</source>
            <translation>La passerelle SMS : {what} ; le message a peut-être été envoyé, il n'est donc pas renvoyé.</translation>
        </message>
        <message>
            <source>The SMS gateway's answer about a message was unreadable.</source>
            <translation>La réponse de la passerelle SMS sur un message était illisible.</translation>
        </message>
        <message>
            <source>The SMS gateway's reply listing did not end after {count} pages; no reply was acted on.</source>
            <translation>La liste des réponses de la passerelle SMS ne s'est pas terminée après {count} pages ; aucune réponse n'a été traitée.</translation>
        </message>
        <message>
            <source>The SMS gateway's reply listing was unreadable.</source>
            <translation>La liste des réponses de la passerelle SMS était illisible.</translation>
        </message>
    </context>
    <context>
        <name>status</name>
        <message>
            <source>A {status_label} appointment cannot be marked {status_label2}.{options}</source>
            <translation>Un rendez-vous {status_label} ne peut pas être marqué {status_label2}.{options}</translation>
        </message>
        <message>
            <source>An appointment cannot be a no-show before its start time.</source>
            <translation>Un rendez-vous ne peut pas être une absence avant son heure de début.</translation>
        </message>
        <message>
            <source>Say who cancelled: the patient or the clinic.</source>
            <translation>Dites qui a annulé : le patient ou le cabinet.</translation>
        </message>
        <message>
            <source>The appointment is already {status_label}.</source>
            <translation>Le rendez-vous est déjà {status_label}.</translation>
        </message>
        <message>
            <source>The appointment's history does not match its status; reload it and try again.</source>
            <translation>L'historique du rendez-vous ne correspond pas à son statut ; rechargez-le et réessayez.</translation>
        </message>
        <message>
            <source>There is no status change to undo on this appointment.</source>
            <translation>Il n'y a aucun changement de statut à annuler sur ce rendez-vous.</translation>
        </message>
        <message>
            <source>arrived</source>
            <translation>arrivé</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>réservé</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>terminé</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmé</translation>
        </message>
        <message>
            <source>in room</source>
            <translation>en salle</translation>
        </message>
        <message>
            <source>no-show</source>
            <translation>absent</translation>
        </message>
    </context>
    <context>
        <name>store</name>
        <message>
            <source>A clinic data file already exists at {db_path}; it was not touched. Open it instead, or choose an empty data folder for a new clinic.</source>
            <translation>Un fichier de données de cabinet existe déjà à {db_path} ; il n'a pas été touché. Ouvrez-le plutôt, ou choisissez un dossier de données vide pour un nouveau cabinet.</translation>
        </message>
        <message>
            <source>A new clinic keeps its data key in this computer's keyring, and none can be used ({detail}). On Windows that is Credential Manager: sign in to Windows with your own account. On Linux, install and unlock a Secret Service: GNOME Keyring (Debian/Ubuntu: apt install gnome-keyring) or KeePassXC with its Secret Service integration on. Only on a PC whose disk is itself protected, you may keep the key in a plain-text file instead: pip install keyrings.alt and set PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring (anyone who can read that file can open the clinic data). Nothing was created. To look around first, 'clinicdesk demo' works without a keyring.</source>
            <translation>Un nouveau cabinet garde sa clé de données dans le trousseau de cet ordinateur, et aucun n'est utilisable ({detail}). Sous Windows, c'est le Gestionnaire d'identification : connectez-vous à Windows avec votre propre compte. Sous Linux, installez et déverrouillez un Secret Service : GNOME Keyring (Debian/Ubuntu : apt install gnome-keyring) ou KeePassXC avec son intégration Secret Service activée. Uniquement sur un PC dont le disque est lui-même protégé, vous pouvez garder la clé dans un fichier en clair : pip install keyrings.alt et définissez PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring (quiconque peut lire ce fichier peut ouvrir les données du cabinet). Rien n'a été créé. Pour découvrir d'abord, 'clinicdesk demo' fonctionne sans trousseau.</translation>
        </message>
        <message>
            <source>The clinic data folder {path} is read-only, so the clinic data cannot be opened for work or replaced. Nothing was changed. Ask whoever looks after this computer to give your account permission to write there.</source>
            <translation>Le dossier de données du cabinet {path} est en lecture seule : les données ne peuvent être ni ouvertes pour travailler ni remplacées. Rien n'a été modifié. Demandez à la personne qui gère cet ordinateur de donner à votre compte le droit d'y écrire.</translation>
        </message>
        <message>
            <source>The clinic data in {db_path} could not be unlocked: the key is wrong (or the start of the file is damaged). Enter the recovery key from the printed recovery sheet, or restore a backup.</source>
            <translation>Les données du cabinet dans {db_path} n'ont pas pu être déverrouillées : la clé est fausse (ou le début du fichier est endommagé). Saisissez la clé de récupération de la fiche imprimée, ou restaurez une sauvegarde.</translation>
        </message>
        <message>
            <source>The clinic data in {db_path} could not be upgraded for this version of clinicdesk (schema {value} to {to_revision}). Nothing was changed: the previous version of clinicdesk can still open it. Call your support contact.</source>
            <translation>Les données du cabinet dans {db_path} n'ont pas pu être mises à niveau pour cette version de clinicdesk (schéma {value} vers {to_revision}). Rien n'a été modifié : la version précédente de clinicdesk peut encore les ouvrir. Appelez votre support.</translation>
        </message>
        <message>
            <source>The clinic data in {db_path} is damaged{suffix}. It has been left untouched. Restore the latest backup, or call your support contact.</source>
            <translation>Les données du cabinet dans {db_path} sont endommagées{suffix}. Elles n'ont pas été touchées. Restaurez la dernière sauvegarde, ou appelez votre support.</translation>
        </message>
        <message>
            <source>The clinic data in {db_path} was saved by a newer version of clinicdesk (schema {revision}). Install the latest clinicdesk to open it; the file has been left untouched.</source>
            <translation>Les données du cabinet dans {db_path} ont été enregistrées par une version plus récente de clinicdesk (schéma {revision}). Installez le dernier clinicdesk pour les ouvrir ; le fichier n'a pas été touché.</translation>
        </message>
        <message>
            <source>The key that unlocks the clinic data is missing from this computer's keyring. Enter the recovery key from the printed recovery sheet to unlock it.</source>
            <translation>La clé qui déverrouille les données du cabinet manque dans le trousseau de cet ordinateur. Saisissez la clé de récupération de la fiche imprimée pour les déverrouiller.</translation>
        </message>
        <message>
            <source>The system keyring that keeps the clinic data key cannot be used ({detail}). Sign in to the desktop session normally, or enter the recovery key to unlock the clinic data.</source>
            <translation>Le trousseau du système qui garde la clé des données est inutilisable ({detail}). Ouvrez la session de bureau normalement, ou saisissez la clé de récupération pour déverrouiller les données.</translation>
        </message>
        <message>
            <source>There is no clinic data at {db_path}. Create a clinic first (clinicdesk init) or choose the data folder that holds it.</source>
            <translation>Il n'y a pas de données de cabinet à {db_path}. Créez d'abord un cabinet (clinicdesk init) ou choisissez le dossier de données qui les contient.</translation>
        </message>
        <message>
            <source>This copy of clinicdesk was installed without database encryption (SQLCipher), so it refuses to open clinic data. Reinstall clinicdesk.</source>
            <translation>Cette copie de clinicdesk a été installée sans chiffrement de base de données (SQLCipher) : elle refuse d'ouvrir les données du cabinet. Réinstallez clinicdesk.</translation>
        </message>
        <message>
            <source>clinicdesk is already open on the clinic data in {data_dir}{who}. Switch to that window, or close it first; a second copy is not started.</source>
            <translation>clinicdesk est déjà ouvert sur les données du cabinet dans {data_dir}{who}. Passez à cette fenêtre, ou fermez-la d'abord ; une deuxième copie n'est pas lancée.</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nouveau</translation>
        </message>
        <message>
            <source>{db_path} is not a clinicdesk data file ({reason}). It has been left untouched. Restore a backup, or choose another data folder.</source>
            <translation>{db_path} n'est pas un fichier de données clinicdesk ({reason}). Il n'a pas été touché. Restaurez une sauvegarde, ou choisissez un autre dossier de données.</translation>
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

CLÉ DE RÉCUPÉRATION :

    {recovery_key}

{note}</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(non défini)</translation>
        </message>
        <message>
            <source>Last problem: {last_error}</source>
            <translation>Dernier problème : {last_error}</translation>
        </message>
        <message>
            <source>Last sync: {moment}</source>
            <translation>Dernière synchronisation : {moment}</translation>
        </message>
        <message>
            <source>No open sync conflicts.</source>
            <translation>Aucun conflit de synchronisation ouvert.</translation>
        </message>
        <message>
            <source>Open conflicts: {open_conflicts}</source>
            <translation>Conflits ouverts : {open_conflicts}</translation>
        </message>
        <message>
            <source>Pending changes: {pending_changes}</source>
            <translation>Modifications en attente : {pending_changes}</translation>
        </message>
        <message>
            <source>Server: {url}</source>
            <translation>Serveur : {url}</translation>
        </message>
        <message>
            <source>State: offline</source>
            <translation>État : hors ligne</translation>
        </message>
        <message>
            <source>State: online</source>
            <translation>État : en ligne</translation>
        </message>
        <message>
            <source>Synced: sent {pushed}, received {pulled}; {open_conflicts} open conflict(s).</source>
            <translation>Synchronisé : {pushed} envoyés, {pulled} reçus ; conflits ouverts : {open_conflicts}.</translation>
        </message>
        <message>
            <source>The sync server is ready (format {after}).</source>
            <translation>Le serveur de synchronisation est prêt (format {after}).</translation>
        </message>
        <message>
            <source>The sync server was already set up (format {after}); nothing changed.</source>
            <translation>Le serveur de synchronisation était déjà configuré (format {after}) ; rien n'a changé.</translation>
        </message>
        <message>
            <source>This PC has not joined a sync server: run 'clinicdesk sync join --url ...'.</source>
            <translation>Ce PC n'a rejoint aucun serveur de synchronisation : lancez 'clinicdesk sync join --url ...'.</translation>
        </message>
        <message>
            <source>This PC joined the sync server: sent {pushed} and received {pulled} records.</source>
            <translation>Ce PC a rejoint le serveur de synchronisation : {pushed} enregistrements envoyés et {pulled} reçus.</translation>
        </message>
        <message>
            <source>This PC works alone (not joined to a sync server).</source>
            <translation>Ce PC travaille seul (il n'a rejoint aucun serveur de synchronisation).</translation>
        </message>
        <message>
            <source>Write this recovery key down and keep it away from this computer; it is shown only now.</source>
            <translation>Notez cette clé de récupération et gardez-la loin de cet ordinateur ; elle n'est affichée que maintenant.</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>{count} open sync conflict(s):</source>
            <translation>Conflits de synchronisation ouverts : {count}</translation>
        </message>
    </context>
    <context>
        <name>sync conflicts</name>
        <message>
            <source>Choose 'ours' or 'theirs'.</source>
            <translation>Choisissez 'ours' ou 'theirs'.</translation>
        </message>
        <message>
            <source>Choose one of: {join}.</source>
            <translation>Choisissez parmi : {join}.</translation>
        </message>
        <message>
            <source>Give a reason.</source>
            <translation>Indiquez un motif.</translation>
        </message>
        <message>
            <source>That appointment no longer exists.</source>
            <translation>Ce rendez-vous n'existe plus.</translation>
        </message>
        <message>
            <source>That conflict is already settled.</source>
            <translation>Ce conflit est déjà réglé.</translation>
        </message>
        <message>
            <source>This conflict is settled another way.</source>
            <translation>Ce conflit se règle autrement.</translation>
        </message>
    </context>
    <context>
        <name>text policy</name>
        <message>
            <source>{what} {problem}; nothing was saved.</source>
            <translation>{what} {problem} ; rien n'a été enregistré.</translation>
        </message>
    </context>
    <context>
        <name>uow</name>
        <message>
            <source>That change refers to a record that does not exist or repeats one that does.</source>
            <translation>Cette modification renvoie à un enregistrement qui n'existe pas ou en répète un qui existe.</translation>
        </message>
    </context>
    <context>
        <name>urgency</name>
        <message>
            <source>emergency</source>
            <translation>urgence vitale</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>routine</translation>
        </message>
        <message>
            <source>soon</source>
            <translation>bientôt</translation>
        </message>
        <message>
            <source>urgent</source>
            <translation>urgent</translation>
        </message>
    </context>
    <context>
        <name>urgent</name>
        <message>
            <source>The schedule changed since the plan was made; make a new plan.</source>
            <translation>Le planning a changé depuis le plan ; faites un nouveau plan.</translation>
        </message>
    </context>
    <context>
        <name>users command</name>
        <message>
            <source>Give the new password in {NEW_PASSWORD_ENV}.</source>
            <translation>Indiquez le nouveau mot de passe dans {NEW_PASSWORD_ENV}.</translation>
        </message>
        <message>
            <source>New password set</source>
            <translation>Nouveau mot de passe défini</translation>
        </message>
        <message>
            <source>New password: </source>
            <translation>Nouveau mot de passe : </translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>Rôle modifié</translation>
        </message>
        <message>
            <source>The two passwords do not match; nothing was changed.</source>
            <translation>Les deux mots de passe ne correspondent pas ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Type it again: </source>
            <translation>Retapez-le : </translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>Votre mot de passe a été modifié.</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <source>lock</source>
            <translation>verrou</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>role</source>
            <translation>rôle</translation>
        </message>
        <message>
            <source>user</source>
            <translation>utilisateur</translation>
        </message>
    </context>
    <context>
        <name>waitlist</name>
        <message>
            <source>Choose at least one weekday the patient can come.</source>
            <translation>Choisissez au moins un jour où le patient peut venir.</translation>
        </message>
        <message>
            <source>No active waitlist entry with id {entry_id}.</source>
            <translation>Aucune inscription active en liste d'attente avec l'identifiant {entry_id}.</translation>
        </message>
        <message>
            <source>The slot ends before it starts.</source>
            <translation>Le créneau finit avant de commencer.</translation>
        </message>
        <message>
            <source>{patient_name} is no longer on the waitlist (booked or removed meanwhile); nothing was booked.</source>
            <translation>{patient_name} n'est plus sur la liste d'attente (réservé ou retiré entre-temps) ; rien n'a été réservé.</translation>
        </message>
        <message>
            <source>{short_name} is already on the waitlist for {type_name} (added {added_at:%d %b %Y}); change or remove that entry instead.</source>
            <translation>{short_name} est déjà sur la liste d'attente pour {type_name} (ajouté le {added_at:%d %b %Y}) ; modifiez ou retirez plutôt cette inscription.</translation>
        </message>
    </context>
    <context>
        <name>waitlist command</name>
        <message>
            <source>
Skipped (clashing): {skipped}</source>
            <translation>
Ignorées (en conflit) : {skipped}</translation>
        </message>
        <message>
            <source>'{target}' is not an appointment id or PROVIDER_ID@START/END.</source>
            <translation>'{target}' n'est ni un identifiant de rendez-vous ni PROVIDER_ID@START/END.</translation>
        </message>
        <message>
            <source>Applied plan 1: booked {id}; {count} moved and added to the call list.</source>
            <translation>Plan 1 appliqué : {id} réservé ; {count} déplacés et ajoutés à la liste d'appels.</translation>
        </message>
        <message numerus="yes">
            <source>Booked %n occurrence(s) in series {series_id}.</source>
            <translation>
                <numerusform>%n occurrence réservée dans la série {series_id}.</numerusform>
                <numerusform>%n occurrences réservées dans la série {series_id}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancelled %n occurrence(s).</source>
            <translation>
                <numerusform>%n occurrence annulée.</numerusform>
                <numerusform>%n occurrences annulées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %n occurrence(s) to {parse_time:%H:%M}.</source>
            <translation>
                <numerusform>%n occurrence déplacée à {parse_time:%H:%M}.</numerusform>
                <numerusform>%n occurrences déplacées à {parse_time:%H:%M}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody is waiting.</source>
            <translation>Personne n'attend.</translation>
        </message>
        <message>
            <source>Nobody on the waitlist fits that time.</source>
            <translation>Personne sur la liste d'attente ne convient à cette heure.</translation>
        </message>
        <message numerus="yes">
            <source>Plan {number} (%n move(s)):</source>
            <translation>
                <numerusform>Plan {number} (%n déplacement) :</numerusform>
                <numerusform>Plan {number} (%n déplacements) :</numerusform>
            </translation>
        </message>
        <message>
            <source>Removed {entry_id} from the waitlist.</source>
            <translation>{entry_id} retiré de la liste d'attente.</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>no phone on file</source>
            <translation>aucun téléphone enregistré</translation>
        </message>
        <message>
            <source>patient</source>
            <translation>patient</translation>
        </message>
        <message>
            <source>patient id</source>
            <translation>id du patient</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>téléphone</translation>
        </message>
        <message>
            <source>rank</source>
            <translation>rang</translation>
        </message>
        <message>
            <source>reasons</source>
            <translation>motifs</translation>
        </message>
        <message>
            <source>since</source>
            <translation>depuis</translation>
        </message>
        <message>
            <source>time</source>
            <translation>heure</translation>
        </message>
        <message>
            <source>type</source>
            <translation>type</translation>
        </message>
        <message>
            <source>urgency</source>
            <translation>urgence</translation>
        </message>
        <message>
            <source>verdict</source>
            <translation>verdict</translation>
        </message>
        <message>
            <source>{patient_name} is on the waitlist for {type}: {id}</source>
            <translation>{patient_name} est sur la liste d'attente pour {type} : {id}</translation>
        </message>
    </context>
    <context>
        <name>walk ins</name>
        <message>
            <source>The number of people waiting cannot be negative.</source>
            <translation>Le nombre de personnes en attente ne peut pas être négatif.</translation>
        </message>
    </context>
    <context>
        <name>week schedule</name>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n rendez-vous</numerusform>
                <numerusform>%n rendez-vous</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n booked</source>
            <translation>
                <numerusform>%n réservé</numerusform>
                <numerusform>%n réservés</numerusform>
            </translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Né(e)</translation>
        </message>
        <message>
            <source>EMERGENCY</source>
            <translation>URGENCE VITALE</translation>
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
            <source>Reason</source>
            <translation>Motif</translation>
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
            <source>Week of {date}</source>
            <translation>Semaine du {date}</translation>
        </message>
        <message>
            <source>Week schedule {date}</source>
            <translation>Planning de la semaine {date}</translation>
        </message>
        <message>
            <source>not working</source>
            <translation>ne travaille pas</translation>
        </message>
        <message>
            <source>soon</source>
            <translation>bientôt</translation>
        </message>
        <message>
            <source>working {hours}</source>
            <translation>travaille {hours}</translation>
        </message>
    </context>
</TS>
