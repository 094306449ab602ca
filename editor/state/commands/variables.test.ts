import { describe, expect, it } from 'vitest'
import { editorTestStory } from '../testing/editor-test-story'
import { expectValid } from '../testing/expect-valid'
import { addVariable } from './add-variable'
import { deleteVariable } from './delete-variable'
import { updateVariable } from './update-variable'

const story = editorTestStory()

describe('addVariable, updateVariable, deleteVariable', () => {
  it('declares variables with a default or given start value', () => {
    const next = addVariable(addVariable(story, { name: 'name', type: 'text' }), { name: 'coins', type: 'number', initial: 3 })
    expect(next.variables.slice(2)).toEqual([
      { name: 'name', type: 'text', initial: '' },
      { name: 'coins', type: 'number', initial: 3 },
    ])
    expectValid(next)
  })

  it('refuses a name in use (in any case), reserved or badly shaped, and a start value of the wrong type', () => {
    expect(() => addVariable(story, { name: 'Score', type: 'number' })).toThrow('A variable called “Score” already exists. Choose another name.')
    expect(() => addVariable(story, { name: '__proto__', type: 'flag' })).toThrow('“__proto__” is a reserved word. Choose another name.')
    expect(() => addVariable(story, { name: 'my score', type: 'number' })).toThrow(/letters, digits and _/)
    expect(() => addVariable(story, { name: 'x', type: 'number', initial: 'ten' })).toThrow('The start value must be a number.')
    expect(() => addVariable(story, { name: 'x', type: 'number', initial: 2e9 })).toThrow(/The start value/)
  })

  it('renames a variable and every condition and effect that uses it', () => {
    const next = updateVariable(story, { name: 'score', changes: { name: 'points' } })
    expect(next.variables[1]).toEqual({ name: 'points', type: 'number', initial: 0 })
    const sign = next.scenes[0]!.hotspots[1]!
    expect(sign).toMatchObject({ choices: [{}, { effects: [{ type: 'add', variable: 'points', amount: 1 }] }] })
    expect(next.scenes[1]).toBe(story.scenes[1])
    const key = updateVariable(story, { name: 'hasKey', changes: { name: 'hasTicket' } })
    expect(key.scenes[0]!.hotspots[1]!.visibleIf).toEqual({ type: 'compare', variable: 'hasTicket', op: 'eq', value: true })
    expect(updateVariable(story, { name: 'score', changes: { name: 'Score' } }).variables[1]!.name).toBe('Score')
    expect(() => updateVariable(story, { name: 'score', changes: { name: 'hasKey' } })).toThrow(/already exists/)
    expectValid(next)
  })

  it('changes the type (the start value follows) and the start value', () => {
    expect(updateVariable(story, { name: 'score', changes: { type: 'flag' } }).variables[1]).toEqual({ name: 'score', type: 'flag', initial: false })
    expect(updateVariable(story, { name: 'score', changes: { initial: 5 } }).variables[1]).toEqual({ name: 'score', type: 'number', initial: 5 })
    expect(updateVariable(story, { name: 'score', changes: { initial: 0 } })).toBe(story)
    expect(() => updateVariable(story, { name: 'score', changes: { initial: true } })).toThrow('The start value must be a number.')
  })

  it('deletes an unused variable; a used one is refused with the places in words', () => {
    const unused = addVariable(story, { name: 'spare', type: 'flag' })
    expect(deleteVariable(unused, { name: 'spare' }).variables).toEqual(story.variables)
    expect(() => deleteVariable(story, { name: 'score' })).toThrow(
      "“score” is still used in 1 place: Scene 'a' › hotspot 'Sign' › choice 'Stay' › effects. Remove those uses first.",
    )
    expect(() => deleteVariable(story, { name: 'nope' })).toThrow('There is no variable called “nope”.')
  })
})
