/** Place names along the migrant routes and the US southwest ports of entry, with lookup and suggestions. */
package dev.frontera.movements.gazetteer;
