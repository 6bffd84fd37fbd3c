import { definePropertySuite } from '../generic/property-suite';

definePropertySuite('genesys-cloud');
