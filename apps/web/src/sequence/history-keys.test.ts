import { describe, expect, it } from 'vitest'
import { historyKeyAction, isTextEntry } from './history-keys'

const key = (over: Partial<Parameters<typeof historyKeyAction>[0]>) => ({
  key: 'z',
  code: 'KeyZ',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...over,
})

describe('undo and redo keys outside the canvas', () => {
  it('reads Ctrl+Z and Cmd+Z as undo, with Shift as redo', () => {
    expect(historyKeyAction(key({ ctrlKey: true }))).toBe('undo')
    expect(historyKeyAction(key({ metaKey: true }))).toBe('undo')
    expect(historyKeyAction(key({ ctrlKey: true, shiftKey: true, key: 'Z' }))).toBe('redo')
    expect(historyKeyAction(key({ metaKey: true, shiftKey: true, key: 'Z' }))).toBe('redo')
  })

  it('leaves other keys alone: Z alone, Alt held, other letters', () => {
    expect(historyKeyAction(key({}))).toBeNull()
    expect(historyKeyAction(key({ ctrlKey: true, altKey: true }))).toBeNull()
    expect(historyKeyAction(key({ ctrlKey: true, key: 'y', code: 'KeyY' }))).toBeNull()
    expect(historyKeyAction(key({ ctrlKey: true, key: 'ArrowLeft', code: 'ArrowLeft' }))).toBeNull()
  })

  it('follows the typed letter on other Latin layouts and the key on non-Latin ones', () => {
    // AZERTY: the key in QWERTY's Z place types w; Z is where QWERTY has W.
    expect(historyKeyAction(key({ ctrlKey: true, key: 'w', code: 'KeyZ' }))).toBeNull()
    expect(historyKeyAction(key({ ctrlKey: true, key: 'z', code: 'KeyW' }))).toBe('undo')
    // Cyrillic: the letter is not Latin, so the key's place counts.
    expect(historyKeyAction(key({ ctrlKey: true, key: 'я', code: 'KeyZ' }))).toBe('undo')
  })

  it('keeps the keys for text fields, not for buttons, tiles or menus', () => {
    expect(isTextEntry({ tagName: 'INPUT', type: 'text' })).toBe(true)
    expect(isTextEntry({ tagName: 'INPUT' })).toBe(true)
    expect(isTextEntry({ tagName: 'TEXTAREA' })).toBe(true)
    expect(isTextEntry({ tagName: 'DIV', isContentEditable: true })).toBe(true)
    expect(isTextEntry({ tagName: 'INPUT', type: 'text', readOnly: true })).toBe(false)
    expect(isTextEntry({ tagName: 'INPUT', type: 'checkbox' })).toBe(false)
    expect(isTextEntry({ tagName: 'BUTTON' })).toBe(false)
    expect(isTextEntry({ tagName: 'LI' })).toBe(false)
    expect(isTextEntry({ tagName: 'SELECT' })).toBe(false)
    expect(isTextEntry(null)).toBe(false)
  })
})
