import { definePropertySuite } from '../generic/property-suite';

definePropertySuite('dixa');
