// What Amira says in each scene of "My street", sentence by sentence (one caption cue per sentence).
export const narrator = 'Amira'
export const voices = { en: { voice: 'en-gb+f3', speed: 140, pitch: 58 }, nb: { voice: 'nb+f3', speed: 140, pitch: 58 } }

export const narration = {
  'front-door': {
    en: [
      "Hi, I'm Amira, and this is my street.",
      'I live on the third floor of this yellow block, behind the balcony with the red curtains.',
      'Every morning I come out of this door and decide where to go.',
      "Today is my little sister Sara's birthday, and I have two hundred kroner in my pocket.",
    ],
    nb: [
      'Hei, jeg heter Amira, og dette er gata mi.',
      'Jeg bor i tredje etasje i den gule blokka, bak balkongen med de røde gardinene.',
      'Hver morgen kommer jeg ut av denne døra og bestemmer meg for hvor jeg skal gå.',
      'I dag har lillesøsteren min, Sara, bursdag, og jeg har to hundre kroner i lomma.',
    ],
  },
  'bus-stop': {
    en: [
      'This is the bus stop where I wait for the thirty-one to school.',
      "The bus is always a little late when it rains, and always early when I'm late.",
      "Across the road is Mr. Haddad's kiosk. He knows everybody's name.",
    ],
    nb: [
      'Dette er bussholdeplassen der jeg venter på trettienbussen til skolen.',
      'Bussen er alltid litt forsinket når det regner, og alltid tidlig når jeg er sein.',
      'På andre siden av veien ligger kiosken til Haddad. Han kan navnet til alle.',
    ],
  },
  'corner-shop': {
    en: [
      "Mr. Haddad's kiosk sells everything: milk, fruit, football cards and the best cinnamon buns.",
      'Today there is a birthday cake in the window.',
      'It costs one hundred and forty-nine kroner. Should I buy it for Sara?',
    ],
    nb: [
      'Kiosken til Haddad selger alt: melk, frukt, fotballkort og de beste kanelbollene.',
      'I dag står det en bursdagskake i vinduet.',
      'Den koster hundre og førtini kroner. Skal jeg kjøpe den til Sara?',
    ],
  },
  'football-pitch': {
    en: [
      'This is the pitch where we play football after school, even in November.',
      'The blackbird in that tree sings louder than our coach shouts.',
      'The path behind the pine trees goes up to the view point.',
    ],
    nb: [
      'Dette er banen der vi spiller fotball etter skolen, til og med i november.',
      'Svarttrosten i det treet synger høyere enn treneren vår roper.',
      'Stien bak furutrærne går opp til utsiktspunktet.',
    ],
  },
  viewpoint: {
    en: ['From up here my whole street looks like a toy town.', 'I can see the fjord, the mountains, and the roof of my own block.'],
    nb: ['Herfra ser hele gata mi ut som en leketøysby.', 'Jeg ser fjorden, fjellene og taket på min egen blokk.'],
  },
  backyard: {
    en: ['Happy birthday, Sara!', 'Mum carried the table out into the backyard, and the whole block is coming to the party.'],
    nb: ['Gratulerer med dagen, Sara!', 'Mamma har båret bordet ut i bakgården, og hele blokka kommer på festen.'],
  },
}
