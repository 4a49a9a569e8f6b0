/**
 * Hand-written name material for the independent false-hit sets, assembled for this evaluation (not
 * drawn from the lists, nor from the first evaluation's ordinary-names.ts): common given names and
 * surnames as people write them in payment and onboarding forms, about eight of each from each of
 * these regions: the British Isles and North America, German- and Dutch-speaking Europe, France,
 * Italy, Spain and Latin America, Portugal and Brazil, Poland and Czechia, Russia and Ukraine,
 * Greece, Turkey, the Arab world, Iran, South Asia, China, Japan, Korea, Vietnam, Thailand, Indonesia
 * and Malaysia, the Philippines, West Africa, East Africa, the Nordics, Hungary and Romania, Israel.
 * Company words are everyday business vocabulary with the legal forms of many jurisdictions.
 */

export const GIVEN_NAMES = [
  // British Isles, North America
  'Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Emily', 'Noah', 'Grace', 'Ethan', 'Chloe',
  // German-, Dutch-speaking
  'Maximilian', 'Lena', 'Felix', 'Johanna', 'Tobias', 'Sanne', 'Daan', 'Femke',
  // France
  'Théo', 'Manon', 'Hugo', 'Léa', 'Mathis', 'Inès', 'Antoine', 'Juliette',
  // Italy
  'Lorenzo', 'Alessia', 'Matteo', 'Chiara', 'Davide', 'Martina', 'Simone', 'Elisa',
  // Spain, Latin America
  'Alejandro', 'Sofía', 'Diego', 'Valeria', 'Pablo', 'Daniela', 'Sergio', 'Ximena',
  // Portugal, Brazil
  'Gonçalo', 'Leonor', 'Thiago', 'Larissa', 'Rafael', 'Mariana', 'Bruno', 'Fernanda',
  // Poland, Czechia
  'Jakub', 'Zuzanna', 'Kacper', 'Wiktoria', 'Ondřej', 'Tereza', 'Marek', 'Kateřina',
  // Russia, Ukraine
  'Artem', 'Polina', 'Kirill', 'Daria', 'Bohdan', 'Oksana', 'Yaroslav', 'Svitlana',
  // Greece
  'Georgios', 'Eleni', 'Dimitris', 'Katerina', 'Nikos', 'Sofia', 'Yannis', 'Despina',
  // Turkey
  'Burak', 'Ayşe', 'Can', 'Defne', 'Oğuz', 'Ebru', 'Serkan', 'Merve',
  // Arab world
  'Karim', 'Nour', 'Tariq', 'Rania', 'Samir', 'Hiba', 'Walid', 'Dina',
  // Iran
  'Arash', 'Parisa', 'Dariush', 'Negar', 'Kaveh', 'Laleh', 'Babak', 'Mahsa',
  // South Asia
  'Vikram', 'Kavya', 'Aarav', 'Sneha', 'Rohan', 'Meera', 'Imran', 'Sadia',
  // China
  'Jian', 'Mei', 'Hao', 'Xiaoling', 'Zhiwei', 'Yan', 'Lei', 'Fang',
  // Japan
  'Haruto', 'Aoi', 'Ren', 'Yui', 'Sota', 'Hina', 'Kenji', 'Naoko',
  // Korea
  'Jisoo', 'Hyun-woo', 'Minseo', 'Dong-hyun', 'Eunji', 'Sungmin', 'Yerin', 'Taeyang',
  // Vietnam
  'Duc', 'Huong', 'Quang', 'Trang', 'Tuan', 'Ngoc', 'Bao', 'Thao',
  // Thailand
  'Somchai', 'Siriporn', 'Anan', 'Kanya', 'Niran', 'Malee', 'Preecha', 'Ratana',
  // Indonesia, Malaysia
  'Budi', 'Sari', 'Agus', 'Dewi', 'Hafiz', 'Nurul', 'Rizky', 'Putri',
  // Philippines
  'Jericho', 'Maricel', 'Rodel', 'Jasmine', 'Arnel', 'Rowena', 'Dindo', 'Lorna',
  // West Africa
  'Chukwuemeka', 'Adaeze', 'Babatunde', 'Folake', 'Kwabena', 'Efua', 'Ibrahima', 'Awa',
  // East Africa
  'Baraka', 'Wanjiru', 'Tadesse', 'Selam', 'Juma', 'Achieng', 'Mugisha', 'Amani',
  // Nordics
  'Erik', 'Freja', 'Magnus', 'Saga', 'Oskar', 'Linnea', 'Henrik', 'Sigrid',
  // Hungary, Romania
  'Bence', 'Réka', 'Zoltán', 'Eszter', 'Andrei', 'Ioana', 'Mihai', 'Bianca',
  // Israel
  'Noam', 'Tamar', 'Eitan', 'Noa', 'Yonatan', 'Shira', 'Ariel', 'Maya',
];

export const SURNAMES = [
  'Thompson', 'Walker', 'Robinson', 'Hughes', 'Campbell', 'Bennett', 'Foster', 'Reid',
  'Becker', 'Hoffmann', 'Wagner', 'Krause', 'de Vries', 'Jansen', 'van Dijk', 'Bakker',
  'Lambert', 'Girard', 'Fontaine', 'Rousseau', 'Chevalier', 'Mercier', 'Faure', 'Blanc',
  'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti',
  'Herrera', 'Jiménez', 'Ruiz', 'Morales', 'Castro', 'Vargas', 'Ortega', 'Delgado',
  'Costa', 'Pereira', 'Almeida', 'Carvalho', 'Ribeiro', 'Ferreira', 'Gomes', 'Martins',
  'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Dvořák', 'Novotný', 'Svoboda', 'Procházka',
  'Sokolov', 'Volkova', 'Morozov', 'Lebedeva', 'Shevchenko', 'Bondarenko', 'Kovalenko', 'Tkachuk',
  'Papadopoulos', 'Nikolaidis', 'Georgiou', 'Vlachos', 'Oikonomou', 'Karagiannis', 'Pappas', 'Antoniou',
  'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Kılıç', 'Çelik', 'Koç', 'Kurt',
  'Saleh', 'Hamdan', 'Khalil', 'Aziz', 'Farouk', 'Jaber', 'Awad', 'Najjar',
  'Ahmadi', 'Hosseini', 'Rahimi', 'Moradi', 'Jafari', 'Rostami', 'Sadeghi', 'Kazemi',
  'Nair', 'Menon', 'Chatterjee', 'Banerjee', 'Desai', 'Joshi', 'Qureshi', 'Chaudhry',
  'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Guo',
  'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Yamada',
  'Lee', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han',
  'Nguyen', 'Hoang', 'Phan', 'Vu', 'Dang', 'Bui', 'Do', 'Ngo',
  'Saetang', 'Srisuk', 'Wongsawat', 'Chaiyaporn', 'Rattanakorn', 'Boonmee', 'Thongchai', 'Kittisak',
  'Santoso', 'Wijaya', 'Hidayat', 'Saputra', 'Lestari', 'Rahman', 'Ismail', 'Halim',
  'Dela Cruz', 'Reyes', 'Bautista', 'Villanueva', 'Mendoza', 'Aquino', 'Ramos', 'Navarro',
  'Okonkwo', 'Balogun', 'Eze', 'Adebayo', 'Owusu', 'Asante', 'Diallo', 'Ndiaye',
  'Mwangi', 'Otieno', 'Kamau', 'Wanjiku', 'Haile', 'Bekele', 'Mutua', 'Nyambura',
  'Nilsson', 'Andersen', 'Eriksson', 'Larsen', 'Virtanen', 'Berg', 'Holm', 'Dahl',
  'Nagy', 'Tóth', 'Szabó', 'Kovács', 'Popa', 'Ionescu', 'Stan', 'Dumitru',
  'Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Friedman', 'Shapiro', 'Avraham', 'Katz',
];

/** Distinctive first words of company names: places, colours, invented brands, family names. */
export const COMPANY_HEADS = [
  'Northwind', 'Bluewater', 'Greenfield', 'Silverline', 'Redwood', 'Sunrise', 'Riverside', 'Highland',
  'Meridian', 'Evergreen', 'Brightstone', 'Clearview', 'Oakridge', 'Lakeshore', 'Pinecrest', 'Harbourview',
  'Alpen', 'Rheinland', 'Bodensee', 'Provence', 'Toscana', 'Andalucía', 'Minho', 'Mazury',
  'Volga', 'Attica', 'Anatolia', 'Levant', 'Caspian', 'Deccan', 'Yangtze', 'Kansai',
  'Han River', 'Mekong', 'Chao Phraya', 'Java', 'Luzon', 'Lagos', 'Kilimanjaro', 'Fjord',
  'Danube', 'Galilee', 'Pacific Rim', 'Atlas', 'Andes', 'Sahel', 'Baltic', 'Adriatic',
  'Thompson', 'Becker', 'Lambert', 'Romano', 'Herrera', 'Pereira', 'Kowal', 'Morozov',
  'Papadakis', 'Öztürk', 'Hamdan', 'Rostami', 'Menon', 'Zhou', 'Yamamoto', 'Kang',
];

export const COMPANY_WORDS = [
  'Bakery', 'Logistics', 'Textiles', 'Software', 'Consulting', 'Motors', 'Pharma', 'Foods',
  'Dental Care', 'Print Works', 'Coffee Roasters', 'Solar', 'Engineering', 'Furniture', 'Ceramics', 'Optics',
  'Garden Centre', 'Bicycles', 'Architects', 'Accounting', 'Fitness', 'Veterinary Clinic', 'Bookshop', 'Catering',
  'Plumbing', 'Electrical', 'Packaging', 'Robotics', 'Analytics', 'Media', 'Travel', 'Dairy',
  'Seafood', 'Timber', 'Glassworks', 'Hospitality', 'Clinic', 'Laboratories', 'Apparel', 'Cosmetics',
];

/** Legal forms as companies write them after their name. */
export const COMPANY_FORMS = [
  'Ltd', 'Ltd.', 'Limited', 'LLC', 'Inc.', 'GmbH', 'AG', 'S.A.', 'S.A. de C.V.', 'S.r.l.', 'S.p.A.',
  'SARL', 'B.V.', 'N.V.', 'Co., Ltd.', 'Pty Ltd', 'Pte. Ltd.', 'Sdn. Bhd.', 'Oy', 'AB', 'A/S', 'Kft.',
  's.r.o.', 'Sp. z o.o.', 'LLP', 'PLC', 'K.K.', 'Ltda.', 'S.A.C.', '',
];
