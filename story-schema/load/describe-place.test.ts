import { describe, expect, it } from 'vitest'
import { fakeLink, fakeScene, fakeStory } from '../testing/fake-story'
import { describePlace } from './describe-place'

const story = fakeStory({
  scenes: [
    fakeScene('a', { title: { en: 'Harbour', nb: 'Havna' }, hotspots: [fakeLink('door', 'b', { label: { en: 'Door' } })] }),
    fakeScene('b'),
  ],
})
const file = { format: 'storysphere.story', schemaVersion: 1, story }

describe('describePlace', () => {
  it('names scenes and hotspots by their titles and labels', () => {
    expect(describePlace(file, ['story', 'scenes', 0, 'hotspots', 0, 'targetSceneId'])).toBe("Scene 'Harbour' › hotspot 'Door' › target")
    expect(describePlace(file, ['story', 'scenes', 0, 'initialView', 'yawDeg'])).toBe("Scene 'Harbour' › starting view › direction (yaw)")
  })

  it('uses the requested language for names', () => {
    expect(describePlace(file, ['story', 'scenes', 0], 'nb')).toBe("Scene 'Havna'")
  })

  it('puts "Story" before story-level places, and shows the language of a text', () => {
    expect(describePlace(file, ['story', 'startSceneId'])).toBe('Story › start scene')
    expect(describePlace(file, ['story', 'title', 'en'])).toBe('Story › title (en)')
    expect(describePlace(file, ['story', 'scenes', 0, 'title', 'nb'])).toBe("Scene 'Harbour' › title (nb)")
    expect(describePlace(file, ['story', 'authors', 0, 'name'])).toBe("Story › author 'Tester' › name")
  })

  it('names media by file name', () => {
    expect(describePlace(file, ['story', 'assets', 1, 'sha256'])).toBe("Media 'images/b.jpg' › checksum")
  })

  it('falls back to numbers and quoted field names for data it cannot name', () => {
    const broken = { story: { scenes: [{}, 7, { id: 'scene:x' }], foo: { bar: 1 } } }
    expect(describePlace(broken, ['story', 'scenes', 0, 'id'])).toBe('Scene 1 › id')
    expect(describePlace(broken, ['story', 'scenes', 1])).toBe('Scene 2')
    expect(describePlace(broken, ['story', 'scenes', 2, 'hotspots', 4])).toBe('Scene scene:x › hotspots › item 5')
    expect(describePlace(broken, ['story', 'foo', 'bar'])).toBe("Story › 'foo' › 'bar'")
    expect(describePlace(broken, ['story', 'scenes', 0, '__proto__'])).toBe("Scene 1 › '__proto__'")
  })

  it('names the envelope', () => {
    expect(describePlace(file, [])).toBe('The file')
    expect(describePlace(file, ['schemaVersion'])).toBe('File format version')
    expect(describePlace(file, ['other'])).toBe("The file › 'other'")
  })
})
