// "Harbour at dawn" (English and Malayalam): Anjali, who moved from Kochi, walks from the quay past the
// boathouses and along the breakwater to the lighthouse. Borrowing Olav's lantern (hasLantern) adds a
// moment at the lighthouse.
import { anchors as A } from '../scenes/harbour-scenes.mjs'
import { lang2, link, billboard, choice, soundHotspot, bed, placed, isSet, setVar, scene, north } from './story-kit.mjs'

const T = lang2('en', 'ml')
const SUN = 75 - 60 // the sun rises in the east-north-east (compass 60°) at yaw 75 in the quay picture

export const story = {
  id: 'story:harbour-at-dawn',
  title: T('Harbour at dawn', 'പുലർച്ചെ തുറമുഖത്ത്'),
  summary: T('Anjali moved from Kochi in Kerala to a small Norwegian harbour town. Early one summer morning she walks from the quay past the red boathouses and out along the breakwater to the lighthouse.',
    'കേരളത്തിലെ കൊച്ചിയിൽ നിന്ന് നോർവേയിലെ ഒരു ചെറിയ തുറമുഖ പട്ടണത്തിലേക്ക് താമസം മാറിയതാണ് അഞ്ജലി. ഒരു വേനൽ പുലർച്ചെ അവൾ കടവിൽ നിന്ന് ചുവന്ന ബോട്ടുപുരകൾ കടന്ന് പുലിമുട്ടിലൂടെ വിളക്കുമാടം വരെ നടക്കുന്നു.'),
  language: 'en',
  languages: ['en', 'ml'],
  authors: [{ name: 'Storysphere sample team', role: 'Story, pictures and sound' }],
  licence: 'CC0-1.0',
  credits: [
    { role: T('Story', 'കഥ'), names: ['Storysphere sample team'] },
    { role: T('Pictures (drawn by a ray-casting script)', 'ചിത്രങ്ങൾ (ഒരു സ്ക്രിപ്റ്റ് വരച്ചത്)'), names: ['Storysphere sample team'] },
    { role: T('Sounds (made with sox)', 'ശബ്ദങ്ങൾ (sox ഉപയോഗിച്ച് ഉണ്ടാക്കിയത്)'), names: ['Storysphere sample team'] },
    { role: T('Voice of Anjali', 'അഞ്ജലിയുടെ ശബ്ദം'), names: ['espeak-ng'] },
  ],
  startSceneId: 'scene:quay',
  variables: [{ name: 'hasLantern', type: 'flag', initial: false }],
  playerDefaults: { dwellMs: 800, transition: { kind: 'fade', fadeMs: 300 }, captions: true, snapTurnDeg: 30 },
  meta: { sample: true, builtBy: 'scripts/samples/build-stories.mjs' },
  scenes: [
    scene('quay', {
      title: T('The quay', 'കടവ്'),
      description: T('You stand on a wide concrete quay at sunrise. In front of you two fishing boats are tied up: a white one with a blue stripe called MARIA and a red one called SULA, with a small blue rowing boat further left. The calm water mirrors the orange sky and the purple mountains across the fjord. On the right the sun rises beyond a long stone breakwater with a small lighthouse at its end. Behind you stand red and white wooden boathouses, stacks of fish crates and two lit street lamps. A gull sits on an iron bollard at the edge.',
        'സൂര്യോദയ സമയത്ത് നിങ്ങൾ വീതിയുള്ള ഒരു കോൺക്രീറ്റ് കടവിൽ നിൽക്കുന്നു. മുന്നിൽ രണ്ടു മീൻപിടുത്ത ബോട്ടുകൾ കെട്ടിയിട്ടിരിക്കുന്നു: നീല വരയുള്ള വെളുത്ത MARIA-യും ചുവന്ന SULA-യും; കുറച്ച് ഇടത്തായി ഒരു ചെറിയ നീല വള്ളവും. ശാന്തമായ വെള്ളത്തിൽ ഓറഞ്ചു നിറമുള്ള ആകാശവും ഫ്യോർഡിനപ്പുറത്തെ പർപ്പിൾ മലകളും പ്രതിഫലിക്കുന്നു. വലതുവശത്ത്, അറ്റത്ത് ഒരു ചെറിയ വിളക്കുമാടമുള്ള നീണ്ട കൽപ്പുലിമുട്ടിനപ്പുറം സൂര്യൻ ഉദിക്കുന്നു. പിന്നിൽ ചുവപ്പും വെള്ളയും നിറമുള്ള മരം കൊണ്ടുള്ള ബോട്ടുപുരകളും മീൻപെട്ടികളുടെ കൂനകളും കത്തുന്ന രണ്ടു വിളക്കുകാലുകളും ഉണ്ട്. അരികിലെ ഒരു ഇരുമ്പു കുറ്റിയിൽ ഒരു കടൽക്കാക്ക ഇരിക്കുന്നു.'),
      view: [20, 0], north: north(SUN), beds: [bed('quay-waves', 'harbour-waves')],
      sounds: [placed('quay-gull', 'gull', A.quay.gull, { distanceM: 3, gain: 0.7, loop: false, caption: T('[a gull calls from the bollard in front of you]', '[മുന്നിലെ കുറ്റിയിൽ നിന്ന് ഒരു കടൽക്കാക്ക കരയുന്നു]') })],
      hotspots: [
        link('to-boathouses', A.quay.boathouses, 'boathouses', T('The red boathouses', 'ചുവന്ന ബോട്ടുപുരകൾ'), T('Walk across the quay to the boathouses.', 'കടവിനു കുറുകെ ബോട്ടുപുരകളിലേക്ക് നടക്കുക.'), { sizeDeg: 10 }),
        link('quay-to-breakwater', A.quay.breakwater, 'breakwater', T('Out along the breakwater', 'പുലിമുട്ടിലൂടെ പുറത്തേക്ക്'), T('Follow the quay to the start of the stone breakwater.', 'കടവിലൂടെ കൽപ്പുലിമുട്ടിന്റെ തുടക്കം വരെ നടക്കുക.'), { sizeDeg: 10 }),
      ],
    }),
    scene('boathouses', {
      title: T('The boathouses', 'ബോട്ടുപുരകൾ'),
      description: T('You stand in front of a row of old wooden boathouses on the quay. The one straight ahead is red with white corners, a big double door and a small window under the roof. A bronze ship\'s bell hangs on a bracket to the left of the door, and a hand-drawn map is pinned to the wall on the right. Fish crates and a coil of orange rope lie by the walls. Behind you is the harbour, with two fishing boats and the sunrise over the water.',
        'കടവിലെ പഴയ മരം കൊണ്ടുള്ള ബോട്ടുപുരകളുടെ ഒരു നിരയ്ക്കു മുന്നിൽ നിങ്ങൾ നിൽക്കുന്നു. നേരെ മുന്നിലുള്ളത് വെളുത്ത മൂലകളുള്ള ചുവന്ന ബോട്ടുപുരയാണ്; വലിയ ഇരട്ട വാതിലും മേൽക്കൂരയ്ക്കു താഴെ ഒരു ചെറിയ ജനാലയും ഉണ്ട്. വാതിലിന്റെ ഇടതുവശത്ത് ഒരു പിച്ചള കപ്പൽമണി തൂങ്ങുന്നു, വലതുവശത്തെ ചുവരിൽ കൈകൊണ്ട് വരച്ച ഒരു ഭൂപടം പതിച്ചിരിക്കുന്നു. ചുവരുകൾക്കരികിൽ മീൻപെട്ടികളും ഓറഞ്ചു നിറമുള്ള കയർച്ചുരുളും ഉണ്ട്. പിന്നിൽ രണ്ടു മീൻപിടുത്ത ബോട്ടുകളുള്ള തുറമുഖവും വെള്ളത്തിനു മുകളിലെ സൂര്യോദയവും.'),
      view: [0, 2], north: north(SUN + 180), beds: [bed('boathouses-waves', 'harbour-waves')],
      hotspots: [
        billboard('olav-map', A.boathouses.map, {
          label: T('Olav\'s map', 'ഓലാവിന്റെ ഭൂപടം'), description: T('A hand-drawn map pinned to the boathouse wall.', 'ബോട്ടുപുരയുടെ ചുവരിൽ പതിച്ച, കൈകൊണ്ട് വരച്ച ഭൂപടം.'),
          title: T('Olav\'s map of the harbour', 'ഓലാവ് വരച്ച തുറമുഖത്തിന്റെ ഭൂപടം'), image: 'harbour-map', sizeDeg: 9,
          body: T('The quay (kaia), the boathouses (sjøbuene), the breakwater and the lighthouse (fyret), drawn in pencil and watercolour. Under it Olav has written: "If you walk out to the lighthouse, take my storm lantern. The boats like to see a light."',
            'കടവ് (കായ), ബോട്ടുപുരകൾ (ഷ്യൊബുവെനെ), പുലിമുട്ട്, വിളക്കുമാടം (ഫ്യൂറെ) എന്നിവ പെൻസിലും ജലച്ചായവും കൊണ്ട് വരച്ചിരിക്കുന്നു. അതിനു താഴെ ഓലാവ് എഴുതിയിട്ടുണ്ട്: "വിളക്കുമാടം വരെ നടക്കുന്നുണ്ടെങ്കിൽ എന്റെ കൊടുങ്കാറ്റുവിളക്ക് കൊണ്ടുപോകൂ. ബോട്ടുകൾക്ക് ഒരു വെളിച്ചം കാണാൻ ഇഷ്ടമാണ്."'),
          choices: [
            choice('take-lantern', T('Take Olav\'s storm lantern', 'ഓലാവിന്റെ കൊടുങ്കാറ്റുവിളക്ക് എടുക്കുക'), { effects: [setVar('hasLantern')], visibleIf: isSet('hasLantern', false) }),
            choice('walk-out', T('Walk out to the lighthouse', 'വിളക്കുമാടത്തിലേക്ക് നടക്കുക'), { target: 'breakwater' }),
          ],
        }),
        soundHotspot('ships-bell', A.boathouses.bell, 'ship-bell', {
          label: T('Ship\'s bell', 'കപ്പൽമണി'), description: T('Olav\'s old bronze ship\'s bell beside the door.', 'വാതിലിനരികിലെ ഓലാവിന്റെ പഴയ പിച്ചള കപ്പൽമണി.'),
          caption: T('[a ship\'s bell rings three times]', '[കപ്പൽമണി മൂന്നു തവണ മുഴങ്ങുന്നു]'),
        }),
        link('boathouses-to-quay', A.boathouses.quay, 'quay', T('Back to the boats', 'ബോട്ടുകളുടെ അടുത്തേക്ക് തിരികെ'), T('Walk back along the quay to the moored fishing boats.', 'കെട്ടിയിട്ട മീൻപിടുത്ത ബോട്ടുകളുടെ അടുത്തേക്ക് കടവിലൂടെ തിരികെ നടക്കുക.'), { sizeDeg: 10 }),
        link('boathouses-to-breakwater', A.boathouses.breakwater, 'breakwater', T('To the breakwater', 'പുലിമുട്ടിലേക്ക്'), T('Walk along the quay towards the breakwater and the lighthouse.', 'കടവിലൂടെ പുലിമുട്ടിലേക്കും വിളക്കുമാടത്തിലേക്കും നടക്കുക.'), { sizeDeg: 10 }),
      ],
    }),
    scene('breakwater', {
      title: T('The breakwater', 'പുലിമുട്ട്'),
      description: T('A phone panorama taken on top of a long breakwater of grey granite boulders, so the sky straight above and the ground straight below are missing. The gravel path runs straight ahead to a white lighthouse with a red band at the very end. Calm sea lies on both sides: on the right it shines gold under the rising sun, on the left it mirrors purple mountains. Far behind you are the boathouses of the harbour.',
        'ചാരനിറമുള്ള കരിങ്കൽപ്പാറകൾ കൊണ്ടുള്ള നീണ്ട പുലിമുട്ടിനു മുകളിൽ നിന്ന് ഫോണിൽ എടുത്ത ഒരു പനോരമ; അതുകൊണ്ട് തലയ്ക്കു നേരെ മുകളിലെ ആകാശവും കാൽക്കീഴിലെ നിലവും ഇതിൽ ഇല്ല. ചരൽപ്പാത നേരെ മുന്നോട്ട്, ഏറ്റവും അറ്റത്തുള്ള ചുവന്ന വരയുള്ള വെളുത്ത വിളക്കുമാടം വരെ നീളുന്നു. രണ്ടു വശത്തും ശാന്തമായ കടൽ: വലതുവശത്ത് ഉദിക്കുന്ന സൂര്യനു കീഴെ അത് സ്വർണ്ണം പോലെ തിളങ്ങുന്നു, ഇടതുവശത്ത് പർപ്പിൾ മലകളെ പ്രതിഫലിപ്പിക്കുന്നു. വളരെ പിന്നിൽ തുറമുഖത്തെ ബോട്ടുപുരകൾ കാണാം.'),
      view: [0, 0], north: north(SUN + 20), beds: [bed('breakwater-wind', 'sea-wind')],
      hotspots: [
        link('to-lighthouse', A.breakwater.lighthouse, 'lighthouse', T('Walk on to the lighthouse', 'വിളക്കുമാടം വരെ നടക്കുക'), T('Follow the path to the end of the breakwater.', 'പുലിമുട്ടിന്റെ അറ്റം വരെ പാതയിലൂടെ നടക്കുക.'), { sizeDeg: 10 }),
        link('breakwater-to-quay', A.breakwater.harbour, 'quay', T('Back to the harbour', 'തുറമുഖത്തേക്ക് തിരികെ'), T('Walk back along the breakwater to the quay.', 'പുലിമുട്ടിലൂടെ കടവിലേക്ക് തിരികെ നടക്കുക.'), { sizeDeg: 10 }),
      ],
    }),
    scene('lighthouse', {
      title: T('The lighthouse', 'വിളക്കുമാടം'),
      description: T('A round concrete platform at the very end of the breakwater. Right in front of you stands the lighthouse: a white tapering tower with a red band, two small windows, a green door at the bottom, and a glowing lantern under a red cap at the top. Granite boulders surround the platform and the open sea stretches out on every side, with the sun just above the horizon on the right. A gull rests on a rock to the left. The breakwater leads back behind you.',
        'പുലിമുട്ടിന്റെ ഏറ്റവും അറ്റത്തുള്ള വൃത്താകൃതിയിലുള്ള ഒരു കോൺക്രീറ്റ് തറ. നേരെ മുന്നിൽ വിളക്കുമാടം: മുകളിലേക്ക് വണ്ണം കുറയുന്ന, ചുവന്ന വരയുള്ള വെളുത്ത ഗോപുരം; രണ്ടു ചെറിയ ജനാലകളും താഴെ ഒരു പച്ച വാതിലും മുകളിൽ ചുവന്ന തൊപ്പിക്കു കീഴെ തിളങ്ങുന്ന വിളക്കും ഉണ്ട്. തറയ്ക്കു ചുറ്റും കരിങ്കൽപ്പാറകൾ; എല്ലാ വശത്തും തുറന്ന കടൽ, വലതുവശത്ത് ചക്രവാളത്തിനു തൊട്ടുമുകളിൽ സൂര്യൻ. ഇടതുവശത്തെ ഒരു പാറയിൽ ഒരു കടൽക്കാക്ക വിശ്രമിക്കുന്നു. പുലിമുട്ട് പിന്നിലേക്ക് തിരികെ നീളുന്നു.'),
      view: [10, 12], north: north(SUN + 40), beds: [bed('lighthouse-wind', 'sea-wind')],
      sounds: [placed('foghorn-horn', 'foghorn', A.lighthouse.foghorn, { distanceM: 8, gain: 0.6, loop: false, caption: T('[the foghorn sounds, deep and slow]', '[മൂടൽമഞ്ഞ് ഹോൺ ആഴത്തിലും പതുക്കെയും മുഴങ്ങുന്നു]') })],
      hotspots: [
        billboard('lantern', A.lighthouse.lantern, {
          label: T('Olav\'s lantern', 'ഓലാവിന്റെ വിളക്ക്'), description: T('The storm lantern you borrowed from Olav.', 'ഓലാവിൽ നിന്ന് കടം വാങ്ങിയ കൊടുങ്കാറ്റുവിളക്ക്.'),
          title: T('A light for the boats', 'ബോട്ടുകൾക്കൊരു വെളിച്ചം'), sizeDeg: 10, visibleIf: isSet('hasLantern'),
          body: T('You light Olav\'s storm lantern and hold it up high. Far out on the water a fishing boat blinks its lamp back at you.',
            'നിങ്ങൾ ഓലാവിന്റെ കൊടുങ്കാറ്റുവിളക്ക് കത്തിച്ച് ഉയർത്തിപ്പിടിക്കുന്നു. ദൂരെ കടലിൽ ഒരു മീൻപിടുത്ത ബോട്ട് അതിന്റെ വിളക്ക് മിന്നിച്ച് മറുപടി നൽകുന്നു.'),
          choices: [choice('wave-lantern', T('Wave the lantern', 'വിളക്ക് വീശുക'), { effects: [{ type: 'playSound', assetId: 'asset:ship-bell', gain: 0.5 }] })],
        }),
        link('lighthouse-to-breakwater', A.lighthouse.breakwater, 'breakwater', T('Back along the breakwater', 'പുലിമുട്ടിലൂടെ തിരികെ'), T('Walk back towards the harbour.', 'തുറമുഖത്തേക്ക് തിരികെ നടക്കുക.'), { sizeDeg: 10 }),
      ],
      ending: T('The end: sunrise at the lighthouse. Two homes, one sea. Thank you for walking with me this morning. – Anjali',
        'അവസാനം: വിളക്കുമാടത്തിലെ സൂര്യോദയം. രണ്ടു വീടുകൾ, ഒരേ കടൽ. ഇന്നു രാവിലെ എന്നോടൊപ്പം നടന്നതിന് നന്ദി. – അഞ്ജലി'),
    }),
  ],
}

/** Short credit titles where the description is too long for one. */
export const titles = { 'harbour-map': 'Olav\'s map of the harbour' }

export const media = {
  quay: T('360° picture: the quay with fishing boats at sunrise', '360° ചിത്രം: സൂര്യോദയത്തിൽ മീൻപിടുത്ത ബോട്ടുകളുള്ള കടവ്'),
  boathouses: T('360° picture: the red boathouses', '360° ചിത്രം: ചുവന്ന ബോട്ടുപുരകൾ'),
  breakwater: T('Phone panorama, 120° tall: the breakwater leading to the lighthouse', 'ഫോൺ പനോരമ, 120° ഉയരം: വിളക്കുമാടത്തിലേക്കുള്ള പുലിമുട്ട്'),
  lighthouse: T('360° picture: the lighthouse at the end of the breakwater', '360° ചിത്രം: പുലിമുട്ടിന്റെ അറ്റത്തെ വിളക്കുമാടം'),
  'harbour-map': T('Hand-drawn map on old paper: blue sea with wave marks, green land, six red boathouses, a dotted path along the shore, a breakwater out to a red and white lighthouse, and the words KAIA, SJOBUENE and FYRET.',
    'പഴയ കടലാസിൽ കൈകൊണ്ട് വരച്ച ഭൂപടം: തിരമാല അടയാളങ്ങളുള്ള നീലക്കടൽ, പച്ച കര, ആറ് ചുവന്ന ബോട്ടുപുരകൾ, തീരത്തു കൂടെ കുത്തുകളിട്ട പാത, ചുവപ്പും വെള്ളയുമുള്ള വിളക്കുമാടം വരെ നീളുന്ന പുലിമുട്ട്, പിന്നെ KAIA, SJOBUENE, FYRET എന്നീ വാക്കുകൾ.'),
  'harbour-waves': T('Harbour sounds: water lapping at the quay, distant gulls', 'തുറമുഖ ശബ്ദങ്ങൾ: കടവിൽ തട്ടുന്ന വെള്ളം, ദൂരെ കടൽക്കാക്കകൾ'),
  'sea-wind': T('Open sea: wind and surf on the stones', 'തുറന്ന കടൽ: കാറ്റും പാറകളിൽ അടിക്കുന്ന തിരയും'),
  gull: T('A herring gull calling', 'കരയുന്ന ഒരു കടൽക്കാക്ക'),
  foghorn: T('The lighthouse foghorn', 'വിളക്കുമാടത്തിലെ മൂടൽമഞ്ഞ് ഹോൺ'),
  'ship-bell': T('A ship\'s bell rung three times', 'മൂന്നു തവണ മുഴങ്ങുന്ന കപ്പൽമണി'),
}
