import { hello } from '@lantoa/domain';

console.log(hello(process.versions.node.length), process.version);
