import { definePropertySuite } from '../generic/property-suite';

definePropertySuite('genesys-web-services');
