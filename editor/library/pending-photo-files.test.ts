import { describe, expect, it } from 'vitest'
import { keepPhotoFiles, takePhotoFiles } from './pending-photo-files'

const blob = (text: string) => new Blob([text], { type: 'image/jpeg' })

describe('pending photo files', () => {
  it('gives the files of a new story to its screen once, and to no other story', () => {
    keepPhotoFiles('story:a', new Map([['aa', blob('main')], ['bb', blob('preview')]]))
    expect(takePhotoFiles('story:other').size).toBe(0)
    expect([...takePhotoFiles('story:a').keys()]).toEqual(['aa', 'bb'])
    expect(takePhotoFiles('story:a').size).toBe(0)
  })

  it('keeps only the latest new story’s files', () => {
    keepPhotoFiles('story:a', new Map([['aa', blob('a')]]))
    keepPhotoFiles('story:b', new Map([['bb', blob('b')]]))
    expect(takePhotoFiles('story:a').size).toBe(0)
    expect([...takePhotoFiles('story:b').keys()]).toEqual(['bb'])
  })
})
