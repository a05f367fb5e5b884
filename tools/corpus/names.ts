/**
 * Name pools for the synthetic corpus: people, authors, places, organisations, topics, sections and
 * sources. Each list is ordered from most to least prominent, so a Zipf draw makes the first few
 * names appear in many articles and the tail in a handful, as in a real archive.
 * People and authors are invented by pairing given and family names within one naming tradition;
 * a few names from the seed article are kept so fixtures can refer to them. Scripts and diacritics
 * are mixed on purpose (José Martínez, Сергей Лавров, 王毅, São Paulo) to exercise slugs and search.
 * No two names in one pool share a slug (checked by the tests).
 */

const list = (text: string): string[] =>
  text
    .split(/\s*\n\s*|\s*;\s*/)
    .map((name) => name.trim())
    .filter(Boolean);
const tokens = (text: string): string[] => text.split(/\s+/).filter(Boolean);

interface Tradition {
  given: string[];
  family: string[];
  /** Family name first, as Chinese, Korean and Vietnamese names are written. */
  familyFirst?: boolean;
  /** No space between the parts (names written in Chinese characters). */
  joined?: boolean;
}

const TRADITIONS: Record<string, Tradition> = {
  english: {
    given: tokens(
      'James Sarah Michael Emma David Laura Daniel Rachel Thomas Hannah Richard Claire Andrew Helen Peter Fiona Mark Alice Simon Grace Oliver Naomi',
    ),
    family: tokens(
      'Smith Taylor Brown Wilson Evans Walker Wright Hughes Clarke Hall Green Baker Turner Harris Morgan Cooper Bennett Ward Foster Hayes Palmer Doyle Quinn',
    ),
  },
  spanish: {
    given: tokens('José María Andrés Lucía Sofía Martín Inés Raúl Ramón Jesús Ángel Verónica Elena Julián Mónica Nicolás Adrián Begoña'),
    family: tokens(
      'Martínez García Rodríguez López Hernández González Pérez Sánchez Ramírez Gómez Díaz Fernández Jiménez Muñoz Álvarez Núñez Ortiz Castillo Ibáñez',
    ),
  },
  portuguese: {
    given: tokens('João António Conceição Gonçalo Luís Fátima Beatriz Thiago Leonor Sebastião'),
    family: tokens('Gonçalves Araújo Magalhães Simões Carvalho Brandão Assunção Falcão'),
  },
  french: {
    given: tokens('François Hélène Élodie Jérôme Céline Benoît Amélie Loïc Gaëlle Théo Inès Clément'),
    family: tokens('Lefèvre Dubois Moreau Girard Lemaître Bérard Faure Rousseau Chevalier Mercier Gauthier Perrin'),
  },
  germanic: {
    given: tokens('Jürgen Björn Søren Åsa Günter Jörg Lena Katrin Mats Ingrid Henrik Ulrike'),
    family: tokens('Müller Schröder Weiß Köhler Groß Hansen Lindqvist Østergaard Bäckström Jönsson Vogel Brandt'),
  },
  polishTurkish: {
    given: tokens('Łukasz Małgorzata Wojciech Agnieszka Ayşe Mehmet Çağlar Gökhan Şule Zofia'),
    family: tokens('Wiśniewski Kowalczyk Zieliński Yılmaz Öztürk Çelik Şahin Doğan Nowak'),
  },
  pinyin: {
    given: tokens('Wei Fang Min Jing Lei Yan Jun Tao Ming Hui Xiuying Hong Qiang Lijuan Haoran Yifan'),
    family: tokens('Wang Li Zhang Liu Yang Huang Zhou Wu Sun Ma Zhu Hu Guo He Lin Gao'),
    familyFirst: true,
  },
  hanzi: {
    given: tokens('伟 芳 敏 静 磊 军 洋 勇 艳 杰 涛 明 超 建国 志强 海燕 晓东'),
    family: tokens('王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙'),
    familyFirst: true,
    joined: true,
  },
  arabic: {
    given: tokens('Ahmed Fatima Omar Layla Youssef Mariam Khalid Nour Hassan Amira Tariq Rania Samir Huda'),
    family: tokens('al-Sayed Haddad Mansour Khalil Nasser Saleh Hamdan Farouk Abboud Karimi Qasim Bakr'),
  },
  indian: {
    given: tokens('Priya Rahul Ananya Vikram Sunita Arjun Kavita Rohan Deepa Sanjay Meera Anil Farhan'),
    family: tokens('Sharma Patel Singh Gupta Iyer Reddy Nair Mehta Chatterjee Banerjee Desai Rao Kapoor'),
  },
  african: {
    given: tokens('Chinedu Amara Kwame Aisha Thabo Nomvula Kofi Wanjiru Sipho Fatou Obinna Zanele Moussa'),
    family: tokens('Okafor Mensah Mwangi Ndlovu Diallo Boateng Okonkwo Kamau Dlamini Traoré Ouédraogo Abubakar Kéita'),
  },
  japanese: {
    given: tokens('Haruto Yui Kenji Aiko Sota Emi Takeshi Naoko'),
    family: tokens('Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto'),
  },
  korean: {
    given: tokens('Ji-woo Min-jun Seo-yeon Hyun-woo Da-eun Sung-ho'),
    family: tokens('Kim Park Choi Jung Kang Yoon'),
    familyFirst: true,
  },
};

/** Names written out whole: the seed article's, transliterated and Cyrillic Russian and Ukrainian, Vietnamese, Greek. */
const WHOLE_NAMES = list(`
Chen Xu; Michelle Bachelet; José Martínez; 王毅; Сергей Лавров; Zhao Lijian; Wang Wenbin
Dmitry Volkov; Olga Sokolova; Alexei Morozov; Natalia Kuznetsova; Mikhail Orlov; Yulia Belova
Andrei Zaitsev; Tatiana Lebedeva; Vladimir Semyonov; Yekaterina Pavlova; Igor Fyodorov; Svetlana Gromova
Nikolai Vinogradov; Irina Zhukova; Pavel Chernov; Oksana Melnyk; Oleksandr Kovalenko; Iryna Shevchenko
Bohdan Tkachenko; Viktoria Bondarenko; Yaroslav Kravchuk; Anastasia Polishchuk
Анна Соколова; Игорь Морозов; Елена Волкова; Павел Новиков; Ольга Кузнецова; Дмитрий Орлов; Марина Белова
Nguyễn Văn An; Trần Thị Mai; Lê Minh Tuấn; Phạm Thu Hà; Đặng Quốc Bảo
Γιώργος Παπαδόπουλος; Eleni Papadaki; Guðrún Jónsdóttir; Þórður Sigurðsson
`);

/** `count` given/family pairings of one tradition, walking the grid diagonally so names vary. */
function compose(tradition: Tradition, count: number, offset: number): string[] {
  const { given, family } = tradition;
  const names: string[] = [];
  for (let i = 0; names.length < count && i < given.length * family.length; i++) {
    const diagonal = Math.floor(i / given.length);
    const first = given[i % given.length] ?? '';
    const last = family[((i % given.length) + diagonal + offset) % family.length] ?? '';
    const parts = tradition.familyFirst ? [last, first] : [first, last];
    const name = parts.join(tradition.joined ? '' : ' ');
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Interleaves lists (one from each in turn) so every tradition has prominent and rare names. */
function interleave(lists: string[][]): string[] {
  const result: string[] = [];
  const longest = Math.max(...lists.map((names) => names.length));
  for (let i = 0; i < longest; i++) {
    for (const names of lists) {
      const name = names[i];
      if (name !== undefined) result.push(name);
    }
  }
  return [...new Set(result)];
}

const PEOPLE_PER_TRADITION: Record<string, number> = {
  english: 60,
  spanish: 40,
  portuguese: 16,
  french: 26,
  germanic: 24,
  polishTurkish: 20,
  pinyin: 40,
  hanzi: 16,
  arabic: 36,
  indian: 34,
  african: 36,
  japanese: 12,
  korean: 12,
};

/** People quoted and named in articles (about 400). */
export const PEOPLE: readonly string[] = interleave([
  WHOLE_NAMES,
  ...Object.entries(PEOPLE_PER_TRADITION).map(([key, count]) => compose(TRADITIONS[key] as Tradition, count, 0)),
]);

const AUTHORS_PER_TRADITION: Record<string, number> = {
  english: 40,
  spanish: 16,
  portuguese: 6,
  french: 12,
  germanic: 10,
  polishTurkish: 8,
  pinyin: 14,
  arabic: 12,
  indian: 14,
  african: 12,
  japanese: 4,
  korean: 4,
};

/** Bylined writers (about 150), paired differently from PEOPLE so most are distinct from them. */
export const AUTHORS: readonly string[] = interleave(
  Object.entries(AUTHORS_PER_TRADITION).map(([key, count]) => compose(TRADITIONS[key] as Tradition, count, 7)),
);

/** Places: cities, regions and countries (about 220). */
export const PLACES: readonly string[] = list(`
Geneva; Beijing; Washington; London; Brussels; Moscow; Kyiv; Paris; Berlin; New York; Xinjiang; Hong Kong
Tokyo; New Delhi; Jerusalem; Gaza; Cairo; Tehran; Istanbul; Ankara; Kabul; Islamabad; Dhaka; Jakarta
Manila; Bangkok; Hanoi; Seoul; Pyongyang; Taipei; Shanghai; Shenzhen; Wuhan; Lhasa; Ürümqi; Sydney
Canberra; Wellington; Ottawa; Toronto; Montréal; Mexico City; São Paulo; Rio de Janeiro; Brasília
Buenos Aires; Santiago; Lima; Bogotá; Caracas; Quito; La Paz; Havana; Kingston; Port-au-Prince
Nairobi; Lagos; Abuja; Accra; Addis Ababa; Khartoum; Johannesburg; Cape Town; Kinshasa; Kampala
Dakar; Bamako; Niamey; Tripoli; Tunis; Algiers; Rabat; Casablanca; Beirut; Damascus; Baghdad; Amman
Riyadh; Doha; Dubai; Abu Dhabi; Muscat; Sanaa; Aden; Tbilisi; Yerevan; Baku; Minsk; Warsaw; Kraków
Prague; Vienna; Budapest; Bucharest; Sofia; Belgrade; Zagreb; Sarajevo; Athens; Rome; Milan; Madrid
Barcelona; Málaga; Lisbon; Porto; Dublin; Edinburgh; Cardiff; Belfast; Manchester; Birmingham
Amsterdam; The Hague; Rotterdam; Copenhagen; Oslo; Stockholm; Helsinki; Reykjavík; Tallinn; Riga
Vilnius; Zürich; Bern; Lausanne; Munich; Hamburg; Frankfurt; Düsseldorf; Cologne; Strasbourg
Marseille; Lyon; Nice; Genoa; Naples; Seville; Córdoba; Valparaíso; Medellín; Cancún; Guadalajara
Tijuana; Los Angeles; San Francisco; Chicago; Houston; Miami; Boston; Seattle; Atlanta; Detroit
New Orleans; Anchorage; Honolulu; Vancouver; Québec City; Nuuk; Mumbai; Kolkata; Chennai; Bengaluru
Karachi; Lahore; Kathmandu; Colombo; Yangon; Phnom Penh; Kuala Lumpur; Singapore; Ho Chi Minh City
Osaka; Hiroshima; Busan; Ulaanbaatar; Almaty; Astana; Tashkent; Bishkek; Dushanbe; Kashgar; Odesa
Kharkiv; Lviv; Mariupol; St Petersburg; Vladivostok; Sevastopol; Donetsk; Gdańsk; Łódź; Brno
Bratislava; Ljubljana; Skopje; Tirana; Podgorica; Chișinău; Nicosia; Valletta; Luxembourg; Monaco
Gibraltar; Thessaloniki; İzmir; Antalya; Mosul; Aleppo; Basra; Erbil; Jeddah; Port Sudan; Mogadishu
Juba; Goma; Harare; Lusaka; Maputo; Luanda; Windhoek; Gaborone; Antananarivo; Port Louis
Dar es Salaam; Zanzibar; Kigali; Bujumbura; Asmara; Djibouti; Nouakchott; Freetown; Monrovia
Abidjan; Ouagadougou; Yaoundé; Douala; Libreville; Brazzaville; N’Djamena; Benghazi; Tangier
Marrakech; Tibet; Crimea; Kashmir; Darfur; Sahel; Patagonia; Amazon; Arctic; Antarctica; Greenland
Siberia; Catalonia; Bavaria; Île-de-France; Côte d’Ivoire; Curaçao; Réunion
`);

/** Organisations (about 120): international bodies, governments, charities and invented companies. */
export const ORGANISATIONS: readonly string[] = list(`
United Nations; UN Human Rights Office; World Health Organization; European Union; UN Security Council
International Monetary Fund; World Bank; Médecins Sans Frontières; Nato; UN Human Rights Council
Chinese Foreign Ministry; US State Department; European Commission; Amnesty International
Human Rights Watch; UNHCR; Unicef; World Food Programme; International Committee of the Red Cross
World Trade Organization; African Union; Asean; Arab League; G7; G20; Opec; OECD
International Criminal Court; International Court of Justice; Interpol; Greenpeace; Oxfam
Save the Children; Reporters Without Borders; Committee to Protect Journalists
Transparency International; International Atomic Energy Agency
Intergovernmental Panel on Climate Change; World Meteorological Organization; Unesco
International Labour Organization; International Energy Agency; Bank of England; US Federal Reserve
European Central Bank; Bank of Japan; People’s Bank of China; Chinese Communist Party; Pentagon
White House; Kremlin; Downing Street; Élysée Palace; Bundestag; State Duma; Knesset
European Parliament; European Court of Human Rights; Council of Europe; OSCE; Commonwealth
Nasa; European Space Agency; Cern; Fifa; Uefa; International Olympic Committee
World Anti-Doping Agency; Friends of the Earth; Doctors of the World; Norwegian Refugee Council
International Rescue Committee; Mercy Corps; CARE International; Wikimedia Foundation
Northwind Energy; Meridian Bank; Atlas Shipping; Halcyon Pharmaceuticals; Brightline Telecom
Kestrel Motors; Solace Health Trust; Orbis Analytics; Cobalt Mining Group; Verity Foods
Hartley & Sons; Ross & Kline Partners; Société Minière du Nord; Fundación Luz Verde; Østbank
Banco Andino; Nordlicht Versicherung; Sakura Robotics; Lotus Semiconductor; Baobab Telecom
Cedar Rail; Pioneer Grain Cooperative; Harbourview Hospital; Riverside University
Institute for Fiscal Studies; Centre for Global Health; Arctic Research Institute
Pacific Ocean Trust; Sahel Development Fund; Andes Water Authority; Danube River Commission
National Weather Service; National Statistics Office; Federal Audit Court; Supreme Court
Constitutional Court; Electoral Commission; Competition Authority; Data Protection Authority
Civil Aviation Authority; Ministry of Finance; Ministry of Defence; Ministry of Health
Ministry of Education; Ministry of Foreign Affairs; Central Election Commission
Teachers’ Union; Nurses’ Association; Chamber of Commerce; Farmers’ Federation; Bar Association
Independent Police Complaints Board; Press Council; Olympic Museum; National Gallery
City Orchestra; Film Institute; Botanical Society; Royal Astronomical Society
`);

/** Topics (about 85). */
export const TOPICS: readonly string[] = list(`
Human rights; Climate change; Elections; Economy; Xinjiang; Ukraine war; Diplomacy; Inflation; Trade
Public health; Immigration; Refugees; Energy; Courts; Technology; Education; Housing; Covid-19
Artificial intelligence; Middle East; United Nations; European Union; China–US relations; Defence
Crime; Policing; Terrorism; Oil and gas; Renewable energy; Cybersecurity; Privacy; Social media
Space; Research; Vaccines; Labour rights; Strikes; Pensions; Taxation; Banking; Markets; Cryptocurrency
Transport; Aviation; Agriculture; Food security; Water; Oceans; Biodiversity; Wildlife; Forests
Pollution; Natural disasters; Earthquakes; Floods; Wildfires; Drought; Arts; Film; Music; Books; Theatre
Football; Tennis; Olympics; Cricket; Cycling; Religion; Press freedom; Gender equality; LGBT+ rights
Disability; Ageing; Poverty; Inequality; Corruption; Free speech; Surveillance; Indigenous peoples
Migration; Nuclear weapons; Brexit; Gaza; Syria; Afghanistan; Sahel crisis; Science & society
`);

/** Desks, most prolific first. */
export const SECTIONS: readonly string[] = list('World; Politics; Business; Science; Health; Climate; Technology; Culture; Sport; Opinion');

/** Publications articles first appeared in (invented). */
export const SOURCES: readonly string[] = list(`
The Morning Ledger; Global Wire; The Continental; Harbour Gazette; Northern Courier; Pacific Dispatch
The Civic Review; Metro Tribune; La Crónica Global; Die Wöchentliche Rundschau; Sentinel & Post
The Meridian Observer
`);
