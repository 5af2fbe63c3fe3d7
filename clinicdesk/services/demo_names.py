"""Name pools for the synthetic demo clinic: many cultures, accents and punctuation.

Every name here is a common first or family name, combined at random; no real person's
record is described. Each culture pairs given names (with sex) and family names so a
generated patient reads plausibly.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Culture:
    weight: int
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]
    family_first: bool = False  # shown "family given" at home; stored the same way here


# English family names made from places ("Ashford", "Holbrook"): the long tail a real
# list of patients has, where most family names occur once or twice.
_PLACE_STARTS = (
    "Ash", "Black", "Brad", "Brom", "Cal", "Chat", "Church", "Dun", "Fair", "Green", "Hart",
    "Hay", "Hol", "Kings", "Lang", "Lin", "Mid", "Nor", "Oak", "Red", "Sal", "Shel", "Stan",
    "Sut", "Thorn", "Wal", "West", "Whit", "Wick", "Wood", "Ather", "Bur", "Cran", "Ed",
    "Farn", "Hather", "Mar", "Pen", "Rad", "Ship",
)
_PLACE_ENDS = (
    "ford", "ley", "ton", "wood", "field", "worth", "by", "combe", "ham", "well", "bridge",
    "more", "stone", "brook",
)
_ENGLISH_PLACE_NAMES = tuple(start + end for end in _PLACE_ENDS for start in _PLACE_STARTS)

# Names are listed most common first: draws are weighted by rank (see demo_patients).
CULTURES: tuple[Culture, ...] = (
    Culture(
        30,
        ("Olivia", "Amelia", "Isla", "Emily", "Sophie", "Grace", "Chloé", "Zoë", "Mary-Ann",
         "Charlotte", "Ruth", "Margaret", "Hannah", "Lucy", "Ellie", "Jessica", "Ava", "Mia",
         "Poppy", "Freya", "Evie", "Alice", "Florence", "Sarah", "Rebecca", "Laura", "Emma",
         "Helen", "Claire", "Karen", "Susan", "Janet", "Patricia", "Elizabeth", "Joanne",
         "Rachel", "Natalie", "Gemma", "Kirsty", "Abigail", "Phoebe", "Imogen", "Eleanor",
         "Harriet", "Beatrice", "Matilda", "Rosie", "Megan", "Bethany", "Jade"),
        ("Oliver", "George", "Harry", "Jack", "William", "Thomas", "James", "Arthur", "Noah",
         "Edward", "Henry", "Daniel", "Samuel", "Joseph", "Alfie", "Charlie", "Leo", "Oscar",
         "Freddie", "Theo", "Archie", "Jacob", "Ethan", "Lewis", "Matthew", "Andrew", "David",
         "Richard", "Peter", "Michael", "Stephen", "Paul", "Mark", "Robert", "John", "Gareth",
         "Craig", "Stuart", "Neil", "Simon", "Dylan", "Reuben", "Toby", "Finley", "Isaac",
         "Louis", "Albert", "Stanley", "Ronald", "Kenneth"),
        ("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
         "Evans", "Thomas", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White",
         "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Clarke", "Jackson",
         "Lewis", "Turner", "Hill", "Cooper", "Ward", "Morris", "Moore", "King", "Watson",
         "Baker", "Harrison", "Morgan", "Patterson", "Young", "Allen", "Mitchell", "James",
         "Anderson", "Phillips", "Lee", "Bell", "Parker", "Bennett", "Shaw", "Cook", "Griffiths",
         "Richardson", "Carter", "Marshall", "Bailey", "Collins", "Holmes", "Mason", "Price",
         "Stewart", "Chapman", "Webb", "Rogers", "Gray", "Palmer", "Dixon", "Mills", "Hunt",
         "Pearson", "Kennedy", "Fox", "Fisher", "Spencer", "Russell", "Ellis", "Knight",
         "Smith-Jones", "Lloyd-Webber", "Ap Rhys", "Fitzgerald", "Baxter", "Holloway",
         *_ENGLISH_PLACE_NAMES),
    ),
    Culture(
        8,
        ("Siobhan", "Aoife", "Niamh", "Sinéad", "Róisín", "Ciara", "Máire", "Orla", "Aisling",
         "Clodagh", "Gráinne", "Saoirse", "Éabha", "Caoimhe", "Nuala", "Bríd", "Deirdre",
         "Úna"),
        ("Seán", "Pádraig", "Cian", "Oisín", "Declan", "Ciarán", "Eoin", "Darragh", "Conor",
         "Fionn", "Tadhg", "Rónán", "Colm", "Diarmuid", "Lorcan", "Cathal", "Niall", "Dónal"),
        ("Murphy", "Kelly", "O'Sullivan", "O'Brien", "Byrne", "Ryan", "O'Connor", "Walsh",
         "McCarthy", "O'Neill", "Doyle", "Gallagher", "Doherty", "Kennedy", "Lynch", "Murray",
         "Quinn", "Moore", "McLoughlin", "Carroll", "Connolly", "Daly", "Connell", "Dunne",
         "Brennan", "Burke", "Collins", "Farrell", "Fitzpatrick", "Hayes", "Keane", "Kavanagh",
         "Lyons", "Nolan", "Power", "Regan", "Sheehan", "Whelan", "Ó Briain", "D'Arcy",
         "MacLeod", "Ní Bhriain", "Mac Giolla Phádraig", "Ó Súilleabháin", "Nic Aodha"),
    ),
    Culture(
        6,
        ("Giulia", "Francesca", "Chiara", "Sofia", "Alessia", "Martina", "Giorgia", "Aurora",
         "Elisa", "Valentina", "Federica", "Silvia", "Paola", "Rosa"),
        ("Marco", "Luca", "Giovanni", "Matteo", "Lorenzo", "Andrea", "Alessandro", "Davide",
         "Francesco", "Stefano", "Paolo", "Pietro", "Riccardo", "Salvatore"),
        ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
         "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa",
         "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro",
         "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone", "D'Angelo",
         "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola", "D'Amico"),
    ),
    Culture(
        6,
        ("María", "Lucía", "Inés", "Ana", "Beatriz", "Carmen", "Isabel", "Laura", "Marta",
         "Elena", "Paula", "Sara", "Cristina", "Pilar", "Rocío", "Nuria", "Alba", "Irene"),
        ("José", "Álvaro", "Javier", "Raúl", "Iñigo", "Antonio", "Manuel", "Francisco", "David",
         "Juan", "Carlos", "Pablo", "Sergio", "Jorge", "Alejandro", "Andrés", "Rubén", "Ángel"),
        ("García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez",
         "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz",
         "Álvarez", "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez",
         "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano", "Blanco", "Molina", "Morales",
         "Suárez", "Ortega", "Delgado", "Castro", "Ortiz", "Rubio", "Marín", "Sanz", "Iglesias"),
    ),
    Culture(
        5,
        ("Zofia", "Małgorzata", "Agnieszka", "Katarzyna", "Anna", "Maria", "Barbara", "Ewa",
         "Krystyna", "Elżbieta", "Joanna", "Magdalena", "Monika", "Aleksandra", "Natalia"),
        ("Łukasz", "Paweł", "Michał", "Wojciech", "Jędrzej", "Piotr", "Krzysztof", "Tomasz",
         "Andrzej", "Marcin", "Jakub", "Kamil", "Mateusz", "Grzegorz", "Rafał"),
        ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
         "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
         "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski",
         "Michalski", "Adamczyk", "Dudek", "Zając", "Wieczorek", "Jabłoński", "Król",
         "Majewski", "Olszewski", "Jaworski", "Łukaszewicz", "Stępień", "Górski", "Rutkowski"),
    ),
    Culture(
        4,
        ("Søs", "Ingrid", "Åse", "Freja", "Mette", "Sofie", "Ida", "Emma", "Kirsten", "Hanne",
         "Astrid", "Signe", "Maja"),
        ("Søren", "Bjørn", "Jørgen", "Anders", "Mikkel", "Lars", "Henrik", "Jens", "Niels",
         "Rasmus", "Magnus", "Emil", "Kasper"),
        ("Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
         "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
         "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Ødegaard",
         "Søndergaard", "Bjørnstad", "Åberg", "Lindqvist", "Berg", "Dahl", "Holm", "Lund"),
    ),
    Culture(
        4,
        ("Anja", "Lena", "Hannah", "Käthe", "Sabine", "Petra", "Monika", "Ursula", "Julia",
         "Katrin", "Laura", "Lea", "Marie", "Jana"),
        ("Jürgen", "Lukas", "Felix", "Maximilian", "Jörg", "Stefan", "Thomas", "Michael",
         "Andreas", "Matthias", "Tobias", "Florian", "Sebastian", "Uwe"),
        ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
         "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
         "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann",
         "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier", "Lehmann",
         "Weiß", "Groß", "Köhler", "Jäger", "Vogel", "Günther", "Frank", "Berger"),
    ),
    Culture(
        3,
        ("Chloé", "Amélie", "Léa", "Hélène", "Océane", "Camille", "Manon", "Inès", "Juliette",
         "Élodie", "Margaux", "Céline", "Nathalie", "Sylvie"),
        ("Loïc", "François", "Jérôme", "Théo", "Noël", "Hugo", "Louis", "Mathis", "Nicolas",
         "Julien", "Antoine", "Guillaume", "Sébastien", "Benoît"),
        ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
         "Leroy", "Moreau", "Simon", "Laurent", "Lefèbvre", "Michel", "Garcia", "David",
         "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre",
         "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Bérenger",
         "Lemaître", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel"),
    ),
    Culture(
        8,
        ("Priya", "Ananya", "Aisha", "Fatima", "Sana", "Deepika", "Anjali", "Pooja", "Neha",
         "Kavya", "Meera", "Riya", "Zara", "Nadia", "Ayesha", "Hina", "Sunita", "Lakshmi",
         "Divya", "Shreya", "Maryam", "Samina"),
        ("Arjun", "Rohan", "Mohammed", "Imran", "Vikram", "Sanjay", "Aarav", "Rahul", "Amit",
         "Ravi", "Kiran", "Anil", "Suresh", "Harpreet", "Gurpreet", "Faisal", "Bilal",
         "Zain", "Hamza", "Usman", "Tariq", "Nikhil"),
        ("Patel", "Khan", "Singh", "Ahmed", "Shah", "Hussain", "Ali", "Begum", "Kaur", "Islam",
         "Rahman", "Chowdhury", "Sharma", "Kumar", "Gill", "Malik", "Iqbal", "Mistry", "Mahmood",
         "Sandhu", "Bibi", "Akhtar", "Aslam", "Iyer", "Nair", "Reddy", "Gupta", "Joshi",
         "Mehta", "Desai", "Kapoor", "Bhatt", "Chopra", "Rao", "Pillai", "Sidhu", "Dhillon",
         "Grewal", "Bains", "Qureshi", "Siddiqui", "Sheikh", "Butt", "Chaudhry", "Raja",
         "Anwar", "Uddin", "Miah", "Hossain", "Banerjee", "Das", "Bose", "Menon", "Varma"),
    ),
    Culture(
        5,
        ("Adaeze", "Chiamaka", "Ngozi", "Amara", "Folake", "Abena", "Akosua", "Efua", "Yetunde",
         "Funmilayo", "Nkechi", "Chioma", "Ifeoma", "Zainab", "Aminata", "Esi", "Temitope",
         "Bisola", "Ama", "Adwoa", "Obiageli", "Titilayo"),
        ("Chinedu", "Oluwaseun", "Emeka", "Kwame", "Tunde", "Kofi", "Kwaku", "Yaw", "Babajide",
         "Obinna", "Ikenna", "Chukwuemeka", "Femi", "Segun", "Musa", "Ibrahim", "Kwabena",
         "Nnamdi", "Olumide", "Adebayo", "Kojo", "Uchenna"),
        ("Okafor", "Adeyemi", "Mensah", "Okonkwo", "Balogun", "Boateng", "Owusu", "Asante",
         "Adebayo", "Olawale", "Eze", "Nwosu", "Obi", "Ogunleye", "Oyelaran", "Adeleke",
         "Afolabi", "Akinola", "Okoro", "Chukwu", "Nwachukwu", "Ibe", "Opoku", "Appiah",
         "Osei", "Agyeman", "Danso", "Darko", "Ansah", "Addo", "Amoah", "Bello", "Danjuma",
         "Abubakar", "Olaniyan", "Ogundipe", "Onyekachi", "Uzoma", "Anyanwu", "Ekwueme",
         "Oyebanji", "Fashola", "Ajayi", "Odukoya", "Ilori", "Ezeh", "Nnadi", "Achebe"),
    ),
    Culture(
        4,
        ("Ngọc", "Thảo", "Hương", "Linh", "Lan", "Mai", "Trang", "Hạnh", "Hoa", "Thu", "Yến",
         "Phương"),
        ("Minh", "Dũng", "Quốc", "Tuấn", "Hùng", "Nam", "Long", "Thành", "Hải", "Sơn", "Khoa",
         "Phúc"),
        ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
         "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lâm", "Mai", "Trịnh", "Đoàn",
         "Cao", "Tạ"),
        family_first=True,
    ),
    Culture(
        3,
        ("Mei", "Xiu Ying", "秀英", "丽", "Ying", "Li Na", "Xiaoling", "Hui", "Jing", "Yan",
         "芳", "静"),
        ("Wei", "Jun", "伟", "强", "Hao", "Jian", "Ming", "Lei", "Tao", "Peng", "磊", "军"),
        ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu",
         "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Cheng", "Liang", "Xie",
         "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "王", "李", "陈", "张", "刘"),
        family_first=True,
    ),
    Culture(
        2,
        ("Yuki", "Sakura", "陽子", "Aiko", "Haruka", "Naomi", "Emi", "Keiko", "恵子"),
        ("Haruto", "Kenji", "翔太", "Hiroshi", "Takeshi", "Daiki", "Ren", "Sota", "健"),
        ("Satō", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Itō", "Yamamoto", "Nakamura",
         "Kobayashi", "Katō", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue",
         "Kimura", "Hayashi", "Shimizu", "佐藤", "鈴木", "田中"),
        family_first=True,
    ),
    Culture(
        3,
        ("Fatima", "Layla", "Noor", "فاطمة", "ليلى", "Mariam", "Huda", "Rania", "Salma",
         "Yasmin", "Amira", "Dina", "Hana", "زينب"),
        ("Omar", "Yusuf", "Ali", "محمد", "عمر", "Ahmad", "Khalid", "Hassan", "Karim", "Samir",
         "Tariq", "Walid", "Ziad", "أحمد"),
        ("Al-Sayed", "Haddad", "Abdullah", "El-Amin", "الحسيني", "حداد", "Hassan", "Ibrahim",
         "Mansour", "Nasser", "Khalil", "Saleh", "Farouk", "Aziz", "Hamdan", "Jaber",
         "Kassem", "Rashid", "Shami", "Suleiman", "Yousef", "Zaki", "Darwish", "Najjar",
         "Khoury", "Saad", "Othman", "Barakat", "عبدالله", "منصور"),
    ),
    Culture(
        3,
        ("Olga", "Tatiana", "Анна", "Мария", "Natalia", "Elena", "Svetlana", "Irina", "Yulia",
         "Ekaterina", "Ольга", "Наталья"),
        ("Dmitri", "Sergei", "Алексей", "Иван", "Andrei", "Mikhail", "Nikolai", "Vladimir",
         "Pavel", "Oleg", "Дмитрий", "Сергей"),
        ("Ivanov", "Petrova", "Иванов", "Смирнова", "Kuznetsov", "Smirnov", "Popov",
         "Vasilieva", "Sokolov", "Mikhailova", "Novikov", "Fedorova", "Morozov", "Volkova",
         "Alekseev", "Lebedeva", "Semenov", "Egorova", "Pavlov", "Kozlova", "Кузнецов",
         "Попова", "Соколов", "Новикова"),
    ),
    Culture(
        3,
        ("Eleni", "Αθηνά", "Maria", "Katerina", "Sofia", "Despina", "Georgia", "Ελένη",
         "Vasiliki", "Christina"),
        ("Giorgos", "Νίκος", "Dimitris", "Kostas", "Yannis", "Nikos", "Christos", "Γιάννης",
         "Panagiotis", "Vasilis"),
        ("Papadopoulos", "Παπαδόπουλος", "Georgiou", "Pappas", "Oikonomou", "Nikolaou",
         "Vlachos", "Dimitriou", "Ioannou", "Konstantinou", "Christodoulou", "Angelopoulos",
         "Karagiannis", "Makris", "Alexiou", "Παππάς", "Γεωργίου", "Νικολάου"),
    ),
)

PREFERRED_NAMES: dict[str, str] = {
    "William": "Bill",
    "Margaret": "Maggie",
    "Thomas": "Tom",
    "Edward": "Ted",
    "José": "Pepe",
    "Katarzyna": "Kasia",
    "Małgorzata": "Gosia",
    "Maximilian": "Max",
    "Alexander": "Sasha",
    "Oluwaseun": "Seun",
}

PROVIDER_NAMES: tuple[str, ...] = (
    "Ana Lee", "Rahul Mehta", "Grace Okafor", "Tomás Ribeiro", "Hannah Schmidt",
    "Ewan MacLeod", "Yuki Tanaka", "Fatima Haddad", "Oliver Grant", "Zsófia Kovács",
    "Daniel Cohen", "Amara Mensah", "Lukas Weber", "Isabel Ortega", "Samuel Adeyemi",
    "Chloe Martin", "Priya Nair", "Jonas Lindqvist", "Mei Chen", "Kieran O'Donnell",
    "Sofia Rossi", "Marek Nowak", "Leah Goldberg", "Ibrahim Khalil", "Nora Berg",
    "Paul Dubois", "Aisha Rahman", "Hugo Moreau", "Eilidh Fraser", "Victor Almeida",
)

STREETS: tuple[str, ...] = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane",
    "Park Avenue", "Queen's Road", "Orchard Close", "St John's Walk", "Riverside",
)
TOWNS: tuple[tuple[str, str], ...] = (
    ("London", "E1"), ("London", "N7"), ("London", "SE15"), ("Croydon", "CR0"),
    ("Watford", "WD17"), ("Reading", "RG1"),
)
PAYERS: tuple[str, ...] = ("Bupa", "AXA Health", "Vitality", "Aviva", "WPA", "Cigna")
ALERTS: tuple[str, ...] = (
    "Latex allergy",
    "Penicillin allergy",
    "Wheelchair user: ground-floor room",
    "Needs an interpreter",
    "Hearing impaired: prefers text messages",
    "Anxious with needles",
)
