/**
 * A tiny XML reader for the tests: elements, attributes and text, with the five predefined
 * entities. No namespaces, CDATA or DTD internals (a DOCTYPE line is skipped). It throws on
 * mismatched tags, so a malformed export fails the test.
 */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  text: string
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] as string)
}

export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' }
  const stack = [root]
  const token =
    /<\?[^?]*\?>|<!DOCTYPE[^>]*>|<!--[\s\S]*?-->|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g
  let match: RegExpExecArray | null
  let consumed = 0
  while ((match = token.exec(source))) {
    if (match.index !== consumed) throw new Error(`unreadable XML at ${consumed}`)
    consumed = token.lastIndex
    const [, closing, opening, attributeText, selfClosing, text] = match
    const top = stack[stack.length - 1] as XmlElement
    if (closing) {
      if (top.name !== closing) throw new Error(`</${closing}> closes <${top.name}>`)
      stack.pop()
    } else if (opening) {
      const attributes: Record<string, string> = {}
      for (const [, key, value] of (attributeText ?? '').matchAll(/([\w:.-]+)="([^"]*)"/g)) {
        attributes[key as string] = decode(value as string)
      }
      const element: XmlElement = { name: opening, attributes, children: [], text: '' }
      top.children.push(element)
      if (!selfClosing) stack.push(element)
    } else if (text) {
      top.text += decode(text)
    }
  }
  if (consumed !== source.length) throw new Error(`unreadable XML at ${consumed}`)
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]?.name}> is not closed`)
  const [document] = root.children
  if (!document || root.children.length !== 1) throw new Error('expected one root element')
  return document
}

export function findAll(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = []
  for (const child of element.children) {
    if (child.name === name) found.push(child)
    found.push(...findAll(child, name))
  }
  return found
}
