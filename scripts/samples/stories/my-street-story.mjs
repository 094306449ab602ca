// "My street" (English and Norwegian Bokmål): Amira shows her street on her little sister's birthday.
// Buying the cake in the kiosk (variable boughtCake) opens the way to the party in the backyard.
import { anchors as A } from '../scenes/my-street-scenes.mjs'
import { lang2, link, billboard, choice, soundHotspot, bed, placed, isSet, setVar, scene, north } from './story-kit.mjs'

const T = lang2('en', 'nb')
const cake = isSet('boughtCake')

export const story = {
  id: 'story:my-street',
  title: T('My street', 'Gata mi'),
  summary: T('Amira, 13, shows you around the street where she lives: the block of flats, the bus stop, the kiosk, the football pitch and the view point. It is her little sister\'s birthday. Will you buy the cake?',
    'Amira (13) viser deg gata der hun bor: blokka, bussholdeplassen, kiosken, fotballbanen og utsiktspunktet. Lillesøsteren hennes har bursdag. Kjøper du kaka?'),
  language: 'en',
  languages: ['en', 'nb'],
  authors: [{ name: 'Storysphere sample team', role: 'Story, pictures and sound' }],
  licence: 'CC0-1.0',
  credits: [
    { role: T('Story', 'Historie'), names: ['Storysphere sample team'] },
    { role: T('Pictures (drawn by a ray-casting script)', 'Bilder (tegnet av et skript)'), names: ['Storysphere sample team'] },
    { role: T('Sounds (made with sox)', 'Lyder (laget med sox)'), names: ['Storysphere sample team'] },
    { role: T('Voice of Amira', 'Stemmen til Amira'), names: ['espeak-ng'] },
  ],
  startSceneId: 'scene:front-door',
  variables: [{ name: 'boughtCake', type: 'flag', initial: false }],
  playerDefaults: { dwellMs: 800, transition: { kind: 'fade', fadeMs: 300 }, captions: true, snapTurnDeg: 30 },
  meta: { sample: true, builtBy: 'scripts/samples/build-stories.mjs' },
  scenes: [
    scene('front-door', {
      title: T('The front door', 'Inngangsdøra'),
      description: T('A pavement in front of a yellow four-storey block of flats with grey balconies. Straight ahead is the glass front door under a small concrete roof, with a bench beside it and a strip of lawn. Behind you is the street with parked cars and a red-brick block on the other side. To the right, along the pavement, is the bus shelter; to the left the street leads towards the park.',
        'Et fortau foran en gul boligblokk i fire etasjer med grå balkonger. Rett fram er inngangsdøra av glass under et lite betongtak, med en benk ved siden av og en stripe med plen. Bak deg er gata med parkerte biler og en rød murblokk på den andre siden. Til høyre langs fortauet er busskuret; til venstre fører gata mot parken.'),
      view: [0, 4], north: north(140 - 225), beds: [bed('front-door-street', 'street-hum')],
      hotspots: [
        link('to-bus-stop', A['front-door'].busStop, 'bus-stop', T('Bus stop', 'Bussholdeplass'), T('Walk along the pavement to the bus shelter.', 'Gå langs fortauet til busskuret.'), { sizeDeg: 9 }),
        link('to-park', A['front-door'].park, 'football-pitch', T('To the park', 'Til parken'), T('Follow the street to the park and the football pitch.', 'Følg gata til parken og fotballbanen.'), { sizeDeg: 9 }),
        link('through-door', A['front-door'].door, 'backyard', T('In through the door to the backyard', 'Inn døra og ut i bakgården'), T('Take the cake through the building to the party in the backyard.', 'Ta med kaka gjennom oppgangen til festen i bakgården.'), { icon: 'door', sizeDeg: 9, visibleIf: cake }),
      ],
    }),
    scene('bus-stop', {
      title: T('The bus stop', 'Bussholdeplassen'),
      description: T('A glass bus shelter with a wooden bench and a lit poster, right next to you. A red city bus waits at the kerb a few metres behind you on the left, its engine running. Across the road is a white corner building with a green KIOSK sign and a striped awning. Behind you is a red-brick block of flats.',
        'Et busskur av glass med en trebenk og en opplyst plakat, like ved siden av deg. En rød bybuss står ved fortauskanten noen meter bak deg til venstre, med motoren i gang. På andre siden av veien er et hvitt hjørnehus med et grønt KIOSK-skilt og en stripete markise. Bak deg er en rød murblokk.'),
      view: [-150, 0], north: north(200 - 225), beds: [bed('bus-stop-street', 'street-hum')],
      sounds: [placed('bus-engine', 'bus-idle', A['bus-stop'].bus, { distanceM: 9, gain: 0.7, caption: T('[a bus engine idling, behind you to the left]', '[en buss går på tomgang, bak deg til venstre]') })],
      hotspots: [
        link('bus-stop-to-home', A['bus-stop'].frontDoor, 'front-door', T('Back to the front door', 'Tilbake til inngangsdøra'), T('Walk back along the pavement to Amira\'s block.', 'Gå tilbake langs fortauet til blokka til Amira.'), { sizeDeg: 9 }),
        link('to-kiosk', A['bus-stop'].shop, 'corner-shop', T('Cross the road to the kiosk', 'Gå over veien til kiosken'), T('Use the zebra crossing to get to Mr. Haddad\'s kiosk.', 'Bruk fotgjengerovergangen for å komme til kiosken til Haddad.'), { sizeDeg: 10 }),
        billboard('timetable', A['bus-stop'].timetable, {
          label: T('Bus stop sign', 'Holdeplasskilt'), description: T('The green sign on the pole with the timetable for bus 31.', 'Det grønne skiltet på stolpen med rutetabellen for buss 31.'),
          title: T('Bus 31: Sentrum', 'Buss 31: Sentrum'),
          body: T('Every 10 minutes in the daytime, every 20 minutes in the evening. It takes 12 minutes to school and 25 minutes to the city centre. Amira has written on the sign with a pencil: "Always late when it rains!"',
            'Hvert 10. minutt på dagtid, hvert 20. minutt om kvelden. Det tar 12 minutter til skolen og 25 minutter til sentrum. Amira har skrevet på skiltet med blyant: «Alltid sein når det regner!»'),
          sizeDeg: 8,
        }),
      ],
    }),
    scene('corner-shop', {
      title: T('The kiosk on the corner', 'Kiosken på hjørnet'),
      description: T('In front of a white corner building with a green KIOSK sign and a red and white awning. The shop windows are full of shelves with goods, and crates of oranges, apples and bananas stand outside. The glass door is in the middle. Behind you, across the road, is the bus shelter. To the right a fence and tall trees mark the entrance to the park.',
        'Foran et hvitt hjørnehus med et grønt KIOSK-skilt og en rød og hvit markise. Vinduene er fulle av hyller med varer, og kasser med appelsiner, epler og bananer står utenfor. Glassdøra er i midten. Bak deg, på andre siden av veien, er busskuret. Til høyre markerer et gjerde og høye trær inngangen til parken.'),
      view: [0, 6], north: north(160 - 225), beds: [bed('corner-shop-street', 'street-hum')],
      hotspots: [
        billboard('cake-window', A['corner-shop'].cake, {
          label: T('Birthday cake in the window', 'Bursdagskake i vinduet'), description: T('A cake with strawberries and five candles behind the glass.', 'En kake med jordbær og fem lys bak glasset.'),
          title: T('A birthday cake', 'En bursdagskake'), image: 'birthday-cake', sizeDeg: 10,
          body: T('Chocolate cake with cream and strawberries, 149 kroner. Sara turns five today, and Amira has 200 kroner.', 'Sjokoladekake med krem og jordbær, 149 kroner. Sara fyller fem år i dag, og Amira har 200 kroner.'),
          choices: [
            choice('buy-cake', T('Buy the cake for Sara', 'Kjøp kaka til Sara'), { effects: [setVar('boughtCake')], visibleIf: isSet('boughtCake', false) }),
            choice('not-today', T('Not today', 'Ikke i dag'), { visibleIf: isSet('boughtCake', false) }),
            choice('carry-cake', T('Carry the cake home carefully', 'Bær kaka forsiktig hjem'), { target: 'front-door', visibleIf: cake }),
          ],
        }),
        soundHotspot('shop-door', A['corner-shop'].door, 'shop-bell', {
          label: T('Shop door', 'Butikkdøra'), description: T('The glass door of the kiosk, with a bell above it.', 'Glassdøra til kiosken, med en bjelle over.'),
          caption: T('[the shop door bell rings: ding-ding]', '[bjella over døra ringer: pling-plong]'),
        }),
        link('kiosk-to-bus', A['corner-shop'].busStop, 'bus-stop', T('Back across to the bus stop', 'Tilbake over til bussholdeplassen'), T('Cross the road again to the bus shelter.', 'Gå over veien igjen til busskuret.'), { sizeDeg: 9 }),
        link('kiosk-to-park', A['corner-shop'].park, 'football-pitch', T('Into the park', 'Inn i parken'), T('Go through the gate in the fence to the park.', 'Gå gjennom porten i gjerdet til parken.'), { sizeDeg: 9 }),
      ],
    }),
    scene('football-pitch', {
      title: T('The football pitch', 'Fotballbanen'),
      description: T('On the side line of a green artificial-grass pitch with white lines and small goals at both ends, fenced in by tall green netting. Benches stand on the grass beside you and a lamp post to the right. A path leads off to the left through the grass towards a group of dark pine trees. Behind you, past a few leafy trees, are the blocks of flats along Amira\'s street.',
        'På sidelinja til en grønn kunstgressbane med hvite streker og små mål i begge ender, inngjerdet med høyt grønt nett. Benker står i gresset ved siden av deg og en lyktestolpe til høyre. En sti går til venstre gjennom gresset mot en gruppe mørke furutrær. Bak deg, forbi noen løvtrær, er boligblokkene langs gata til Amira.'),
      view: [0, -2], north: north(120 - 225), beds: [bed('pitch-park', 'park-birds')],
      sounds: [placed('blackbird-pitch', 'blackbird', A['football-pitch'].bird, { distanceM: 12, gain: 0.7, caption: T('[a blackbird sings in the tree behind you, to the right]', '[en svarttrost synger i treet bak deg, til høyre]') })],
      hotspots: [
        link('path-up', A['football-pitch'].viewpoint, 'viewpoint', T('Path up to the view point', 'Stien opp til utsiktspunktet'), T('The gravel path climbs through the pine trees to the top of the hill.', 'Grusstien går opp gjennom furutrærne til toppen av åsen.'), { sizeDeg: 9 }),
        link('pitch-to-street', A['football-pitch'].frontDoor, 'front-door', T('Back to my street', 'Tilbake til gata mi'), T('Walk back to the front door of Amira\'s block.', 'Gå tilbake til inngangsdøra i blokka til Amira.'), { sizeDeg: 9 }),
        link('to-party', A['football-pitch'].backyard, 'backyard', T('Hurry home to Sara\'s party', 'Skynd deg hjem til festen til Sara'), T('Take the short cut to the backyard where the party is.', 'Ta snarveien til bakgården der festen er.'), { sizeDeg: 9, visibleIf: cake }),
      ],
    }),
    scene('viewpoint', {
      title: T('The view point', 'Utsiktspunktet'),
      description: T('The bare rock top of the hill, with a wooden bench, a small stone cairn and big round boulders at the edge of a steep drop. Far below lies the whole town: streets, roofs and parks, with the fjord and blue mountains behind it. Dark pine trees stand behind you.',
        'Den bare fjelltoppen på åsen, med en trebenk, en liten varde og store runde steiner på kanten av et bratt stup. Langt der nede ligger hele byen: gater, tak og parker, med fjorden og blå fjell bak. Mørke furutrær står bak deg.'),
      view: [0, -10], north: north(145 - 225), beds: [bed('viewpoint-wind', 'park-birds', 0.45)],
      hotspots: [
        link('path-down', A.viewpoint.pitchPath, 'football-pitch', T('Back down the path', 'Ned stien igjen'), T('Walk back down through the pine trees to the football pitch.', 'Gå ned igjen gjennom furutrærne til fotballbanen.'), { sizeDeg: 10 }),
      ],
      ending: T('The end: the whole street at once. You walked all the way up to Utsikten and saw Amira\'s town like a map. (Did you buy the cake? If not, there is another ending to find.)',
        'Slutt: hele gata på en gang. Du gikk helt opp til Utsikten og så byen til Amira som et kart. (Kjøpte du kaka? Hvis ikke, finnes det en annen slutt å finne.)'),
    }),
    scene('backyard', {
      title: T('Sara\'s party in the backyard', 'Festen til Sara i bakgården'),
      description: T('A green backyard between four blocks of flats. Right in front of you is a wooden picnic table with the birthday cake, two plates and a bunch of red, yellow, blue, green and pink balloons. To the left are a red swing set and a sandbox; birch trees and a bench stand on the lawn, and a paved path leads to the back door of the yellow block.',
        'En grønn bakgård mellom fire boligblokker. Rett foran deg står et piknikbord av tre med bursdagskaka, to tallerkener og en klase med røde, gule, blå, grønne og rosa ballonger. Til venstre er en rød huske og en sandkasse; bjørker og en benk står på plenen, og en hellelagt sti fører til bakdøra i den gule blokka.'),
      view: [0, -8], north: north(200 - 225), beds: [bed('backyard-birds', 'park-birds', 0.5)],
      sounds: [placed('blackbird-yard', 'blackbird', A.backyard.balloons, { distanceM: 15, gain: 0.4, loop: false, caption: T('[a blackbird sings nearby]', '[en svarttrost synger like ved]') })],
      hotspots: [
        link('yard-to-street', A.backyard.door, 'front-door', T('Back through the building to the street', 'Gjennom oppgangen tilbake til gata'), T('The back door leads through the stairwell to the front door.', 'Bakdøra fører gjennom oppgangen til inngangsdøra.'), { icon: 'door', sizeDeg: 9 }),
      ],
      ending: T('The end: happy birthday, Sara! The cake made it home in one piece, and the whole block came down to sing. Thank you for walking down my street with me. – Amira',
        'Slutt: gratulerer med dagen, Sara! Kaka kom hel hjem, og hele blokka kom ned for å synge. Takk for at du gikk gjennom gata mi sammen med meg. – Amira'),
    }),
  ],
}

/** Short credit titles where the description is too long for one. */
export const titles = { 'birthday-cake': 'Birthday cake in the kiosk window' }

/** Words for the media (asset descriptions and credit titles), by file name without extension. */
export const media = {
  'front-door': T('360° picture: the front door of the yellow block of flats', '360°-bilde: inngangsdøra til den gule blokka'),
  'bus-stop': T('360° picture: the bus stop with the red bus', '360°-bilde: bussholdeplassen med den røde bussen'),
  'corner-shop': T('360° picture: the kiosk on the corner', '360°-bilde: kiosken på hjørnet'),
  'football-pitch': T('360° picture: the football pitch in the park', '360°-bilde: fotballbanen i parken'),
  viewpoint: T('360° picture: the view point above the town', '360°-bilde: utsiktspunktet over byen'),
  backyard: T('360° picture: the birthday party in the backyard', '360°-bilde: bursdagsfesten i bakgården'),
  'birthday-cake': T('Photo of a round chocolate cake with cream, strawberries and five lit candles on a wooden counter, with a price card saying KR 149.',
    'Bilde av en rund sjokoladekake med krem, jordbær og fem tente lys på en disk av tre, med en prislapp der det står KR 149.'),
  'street-hum': T('Street sounds: distant traffic, cars passing, sparrows', 'Gatelyder: trafikk langt unna, biler som kjører forbi, spurver'),
  'park-birds': T('Park sounds: wind in the leaves and birdsong', 'Parklyder: vind i løvet og fuglesang'),
  'bus-idle': T('A city bus with its engine idling', 'En bybuss som går på tomgang'),
  blackbird: T('A blackbird singing', 'En svarttrost som synger'),
  'shop-bell': T('The bell over the kiosk door', 'Bjella over kioskdøra'),
}
