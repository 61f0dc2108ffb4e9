import { builder } from '../builder.js';

builder.queryType({
  description: 'Sessions of every kind a company runs on AWS: Device Farm, Nimble Studio and CodeCatalyst.',
});
