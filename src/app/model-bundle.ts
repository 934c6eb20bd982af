// The model's whole bundle for the page's sections that load on demand and need all of it (classroom, checks).
// Imported only from lazily loaded modules, so the exercises and checks stay out of the first load; model.ts
// gives the first screen the model and its warnings.
export { crudeLeverageBundle as bundle } from '../../models/crude-leverage/index.ts';
