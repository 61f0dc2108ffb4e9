import { DateTimeResolver, SafeIntResolver } from 'graphql-scalars';
import { builder } from '../builder.js';

builder.addScalarType('DateTime', DateTimeResolver);
// Device memory and heap sizes are byte counts beyond GraphQL's 32-bit Int.
builder.addScalarType('SafeInt', SafeIntResolver);
