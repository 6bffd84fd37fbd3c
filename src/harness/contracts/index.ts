export * from './contract-model';
export { ContractLoadError, formatProblem, type ContractProblem } from './contract-problem';
export { ContractRegistry } from './contract-registry';
export { FAMILIES, FAMILY_INFO, isFamily, type Family, type FamilyInfo } from './families';
export { loadContracts, type LoadContractsOptions } from './load-contracts';
