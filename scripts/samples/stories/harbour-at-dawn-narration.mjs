// What Anjali says in each scene of "Harbour at dawn", in English and Malayalam, sentence by sentence.
export const narrator = 'Anjali'
export const voices = { en: { voice: 'en-gb+f3', speed: 138, pitch: 60 }, ml: { voice: 'ml+f3', speed: 130, pitch: 60 } }

export const narration = {
  quay: {
    en: [
      'My name is Anjali. Two years ago we moved here from Kochi, in Kerala.',
      'Back home the harbour wakes up with the Chinese fishing nets. Here it wakes up with the gulls.',
      'At dawn the water is so still that the boats can look at themselves.',
    ],
    ml: [
      'എന്റെ പേര് അഞ്ജലി. രണ്ടു വർഷം മുമ്പ് ഞങ്ങൾ കേരളത്തിലെ കൊച്ചിയിൽ നിന്ന് ഇവിടേക്ക് വന്നു.',
      'നാട്ടിൽ തുറമുഖം ഉണരുന്നത് ചീനവലകളോടൊപ്പമാണ്. ഇവിടെ അത് കടൽക്കാക്കകളോടൊപ്പം ഉണരുന്നു.',
      'പുലർച്ചെ വെള്ളം അത്ര ശാന്തമാണ്, ബോട്ടുകൾക്ക് സ്വന്തം മുഖം അതിൽ കാണാം.',
    ],
  },
  boathouses: {
    en: [
      'These red sheds are called sjøbuer. The fishermen keep their nets and ropes inside.',
      'Our neighbour Olav has fished from this harbour for fifty years.',
      'He drew me a map of the harbour and pinned it next to his door.',
    ],
    ml: [
      'ഈ ചുവന്ന ഷെഡുകളെ ഷ്യൊബുവർ എന്നാണ് വിളിക്കുന്നത്. മീൻപിടുത്തക്കാർ അവയിൽ വലകളും കയറുകളും സൂക്ഷിക്കുന്നു.',
      'ഞങ്ങളുടെ അയൽക്കാരനായ ഓലാവ് അമ്പതു വർഷമായി ഈ തുറമുഖത്തു നിന്ന് മീൻ പിടിക്കുന്നു.',
      'അദ്ദേഹം എനിക്കായി തുറമുഖത്തിന്റെ ഒരു ഭൂപടം വരച്ച് വാതിലിനടുത്ത് പതിച്ചു.',
    ],
  },
  breakwater: {
    en: [
      'The breakwater is a long wall of stones that keeps the big waves out.',
      'I took this picture with my phone, so the sky and my shoes are cut off.',
      'At the very end stands the lighthouse.',
    ],
    ml: [
      'വലിയ തിരമാലകളെ തടഞ്ഞു നിർത്തുന്ന കല്ലുകളുടെ നീണ്ട മതിലാണ് പുലിമുട്ട്.',
      'ഞാൻ ഈ ചിത്രം എന്റെ ഫോണിലാണ് എടുത്തത്, അതുകൊണ്ട് ആകാശവും എന്റെ ഷൂസും മുറിഞ്ഞുപോയി.',
      'അതിന്റെ അറ്റത്ത് വിളക്കുമാടം നിൽക്കുന്നു.',
    ],
  },
  lighthouse: {
    en: [
      'This lighthouse has guided boats home for more than a hundred years.',
      'When the fog comes, its horn sounds like a sleepy whale.',
      'Standing here, I feel that my two homes share the same sea.',
    ],
    ml: [
      'നൂറിലധികം വർഷമായി ഈ വിളക്കുമാടം ബോട്ടുകളെ വീട്ടിലേക്ക് വഴികാട്ടുന്നു.',
      'മൂടൽമഞ്ഞ് വരുമ്പോൾ അതിന്റെ ഹോൺ ഉറക്കം തൂങ്ങുന്ന ഒരു തിമിംഗലത്തെപ്പോലെ മുഴങ്ങുന്നു.',
      'ഇവിടെ നിൽക്കുമ്പോൾ എന്റെ രണ്ടു വീടുകളും ഒരേ കടൽ പങ്കിടുന്നുവെന്ന് എനിക്ക് തോന്നുന്നു.',
    ],
  },
}
