/// The median and spread of repeated measurements.
struct Sample: Sendable {
    var values: [Double]

    init(_ values: [Double]) { self.values = values.sorted() }

    var median: Double {
        guard !values.isEmpty else { return .nan }
        let middle = values.count / 2
        return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
    }

    var min: Double { values.first ?? .nan }
    var max: Double { values.last ?? .nan }
}
