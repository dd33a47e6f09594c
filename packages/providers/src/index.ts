export * from './provider.js'
export * from './provider-error.js'
export * from './plan.js'
