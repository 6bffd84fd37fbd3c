import { defineReadOperationSuite } from '../generic/read-operation-suite';

defineReadOperationSuite('genesys-cloud');
