internal import CGEOS

/// A GEOS geometry owned by Swift: destroyed with `GEOSGeom_destroy_r` when released.
///
/// Holds its `GeometryContext` strongly, so the context is finished only after the geometry is freed.
final class OwnedGeometry {
    let context: GeometryContext
    let pointer: OpaquePointer

    /// Takes ownership of `pointer`, which must come from a GEOS call on `context` returning a new geometry.
    init(_ pointer: OpaquePointer, context: GeometryContext) {
        self.pointer = pointer
        self.context = context
    }

    deinit { GEOSGeom_destroy_r(context.handle, pointer) }
}
