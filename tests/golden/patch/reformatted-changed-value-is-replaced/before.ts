import type { Model } from '@/lib/schemas'

const models: Model[] = [
	{ id: 'tiny', name: 'Tiny', modules: {
		'Root': { count: 1, type: 'block' },
		leaf: { count: 2, parent: 'Root', type: 'layer', definitions: ['rmsnorm_h64'] } } }
]

export default models
