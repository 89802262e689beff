import TOML
import XCTest

/// Valid documents from the TOML 1.0.0 specification's examples, with their values checked.
final class TOMLSpecExampleTests: XCTestCase {
    private func parse(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> TOMLTable {
        do {
            return try TOMLParser.parse(text)
        } catch {
            XCTFail("\(error)", file: file, line: line)
            throw error
        }
    }

    func testOverviewExample() throws {
        let table = try parse(
            """
            # This is a TOML document

            title = "TOML Example"

            [owner]
            name = "Tom Preston-Werner"
            dob = 1979-05-27T07:32:00-08:00

            [database]
            enabled = true
            ports = [ 8000, 8001, 8002 ]
            data = [ ["delta", "phi"], [3.14] ]
            temp_targets = { cpu = 79.5, case = 72.0 }

            [servers]

            [servers.alpha]
            ip = "10.0.0.1"
            role = "frontend"

            [servers.beta]
            ip = "10.0.0.2"
            role = "backend"
            """)
        XCTAssertEqual(table.keys, ["title", "owner", "database", "servers"])
        XCTAssertEqual(table["title"], .string("TOML Example"))
        let owner = try XCTUnwrap(table["owner"]?.tableValue)
        let dob = try XCTUnwrap(owner["dob"]?.dateTimeValue)
        XCTAssertEqual(dob.kind, .offsetDateTime)
        XCTAssertEqual(dob.date, TOMLDateTime.Date(year: 1979, month: 5, day: 27))
        XCTAssertEqual(dob.time, TOMLDateTime.Time(hour: 7, minute: 32, second: 0))
        XCTAssertEqual(dob.offsetMinutes, -480)
        XCTAssertEqual(dob.text, "1979-05-27T07:32:00-08:00")
        let database = try XCTUnwrap(table["database"]?.tableValue)
        XCTAssertEqual(database["enabled"], .boolean(true))
        XCTAssertEqual(database["ports"], .array([.integer(8000), .integer(8001), .integer(8002)]))
        XCTAssertEqual(database["data"], .array([.array([.string("delta"), .string("phi")]), .array([.float(3.14)])]))
        var targets = TOMLTable()
        targets["cpu"] = .float(79.5)
        targets["case"] = .float(72)
        XCTAssertEqual(database["temp_targets"], .table(targets))
        let servers = try XCTUnwrap(table["servers"]?.tableValue)
        XCTAssertEqual(servers.keys, ["alpha", "beta"])
        XCTAssertEqual(servers["beta"]?.tableValue?["role"], .string("backend"))
        XCTAssertEqual(table.line(of: "owner"), 5)
        XCTAssertEqual(servers.line(of: "beta"), 21)
        XCTAssertEqual(database.line(of: "temp_targets"), 13)
    }

    func testKeys() throws {
        let table = try parse(
            """
            key = "value"
            bare_key = "value"
            bare-key = "value"
            1234 = "value"
            "127.0.0.1" = "value"
            "character encoding" = "value"
            "ʎǝʞ" = "value"
            'key2' = "value"
            'quoted "value"' = "value"
            "" = "blank"
            name = "Orange"
            physical.color = "orange"
            physical.shape = "round"
            site."google.com" = true
            fruit.name = "banana"     # this is best practice
            fruit. color = "yellow"    # same as fruit.color
            fruit . flavor = "banana"   # same as fruit.flavor
            3.14159 = "pi"
            """)
        XCTAssertEqual(
            table.keys,
            [
                "key", "bare_key", "bare-key", "1234", "127.0.0.1", "character encoding", "ʎǝʞ", "key2",
                "quoted \"value\"", "", "name", "physical", "site", "fruit", "3",
            ])
        XCTAssertEqual(table[""], .string("blank"))
        XCTAssertEqual(table["physical"]?.tableValue?["shape"], .string("round"))
        XCTAssertEqual(table["site"]?.tableValue?["google.com"], .boolean(true))
        XCTAssertEqual(table["fruit"]?.tableValue?.keys, ["name", "color", "flavor"])
        XCTAssertEqual(table["3"]?.tableValue?["14159"], .string("pi"))
        XCTAssertEqual(table.line(of: "fruit"), 15)
    }

    func testStrings() throws {
        let table = try parse(
            #"""
            str = "I'm a string. \"You can quote me\". Name\tJos\u00E9\nLocation\tSF."
            str1 = """
            Roses are red
            Violets are blue"""
            str2 = """
            The quick brown \


              fox jumps over \
                the lazy dog."""
            str3 = """\
                   The quick brown \
                   fox jumps over \
                   the lazy dog.\
                   """
            str4 = """Here are two quotation marks: "". Simple enough."""
            str5 = """Here are three quotation marks: ""\"."""
            str6 = """Here are fifteen quotation marks: ""\"""\"""\"""\"""\"."""
            str7 = """"This," she said, "is just a pointless statement.""""
            winpath  = 'C:\Users\nodejs\templates'
            winpath2 = '\\ServerX\admin$\system32\'
            quoted   = 'Tom "Dubs" Preston-Werner'
            regex    = '<\i\c*\s*>'
            regex2 = '''I [dw]on't need \d{2} apples'''
            lines  = '''
            The first newline is
            trimmed in raw strings.
               All other whitespace
               is preserved.
            '''
            quot15 = '''Here are fifteen quotation marks: """""""""""""""'''
            apos15 = "Here are fifteen apostrophes: '''''''''''''''"
            str8 = ''''That,' she said, 'is still pointless.''''
            emoji = "\U0001F600"
            """#)
        XCTAssertEqual(table["str"], .string("I'm a string. \"You can quote me\". Name\tJos\u{E9}\nLocation\tSF."))
        XCTAssertEqual(table["str1"], .string("Roses are red\nViolets are blue"))
        XCTAssertEqual(table["str2"], .string("The quick brown fox jumps over the lazy dog."))
        XCTAssertEqual(table["str3"], .string("The quick brown fox jumps over the lazy dog."))
        XCTAssertEqual(table["str4"], .string("Here are two quotation marks: \"\". Simple enough."))
        XCTAssertEqual(table["str5"], .string("Here are three quotation marks: \"\"\"."))
        XCTAssertEqual(
            table["str6"], .string("Here are fifteen quotation marks: " + String(repeating: "\"", count: 15) + "."))
        XCTAssertEqual(table["str7"], .string("\"This,\" she said, \"is just a pointless statement.\""))
        XCTAssertEqual(table["winpath"], .string(#"C:\Users\nodejs\templates"#))
        XCTAssertEqual(table["winpath2"], .string(#"\\ServerX\admin$\system32\"#))
        XCTAssertEqual(table["quoted"], .string("Tom \"Dubs\" Preston-Werner"))
        XCTAssertEqual(table["regex"], .string(#"<\i\c*\s*>"#))
        XCTAssertEqual(table["regex2"], .string(#"I [dw]on't need \d{2} apples"#))
        XCTAssertEqual(
            table["lines"],
            .string("The first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n"))
        XCTAssertEqual(
            table["quot15"], .string("Here are fifteen quotation marks: " + String(repeating: "\"", count: 15)))
        XCTAssertEqual(table["apos15"], .string("Here are fifteen apostrophes: " + String(repeating: "'", count: 15)))
        XCTAssertEqual(table["str8"], .string("'That,' she said, 'is still pointless.'"))
        XCTAssertEqual(table["emoji"], .string("\u{1F600}"))
    }

    func testIntegers() throws {
        let table = try parse(
            """
            int1 = +99
            int2 = 42
            int3 = 0
            int4 = -17
            int5 = 1_000
            int6 = 5_349_221
            int7 = 53_49_221
            int8 = 1_2_3_4_5
            hex1 = 0xDEADBEEF
            hex2 = 0xdeadbeef
            hex3 = 0xdead_beef
            oct1 = 0o01234567
            oct2 = 0o755
            bin1 = 0b11010110
            max = 9_223_372_036_854_775_807
            min = -9_223_372_036_854_775_808
            zero = -0
            """)
        let expected: [String: Int64] = [
            "int1": 99, "int2": 42, "int3": 0, "int4": -17, "int5": 1000, "int6": 5_349_221, "int7": 5_349_221,
            "int8": 12345, "hex1": 0xDEAD_BEEF, "hex2": 0xDEAD_BEEF, "hex3": 0xDEAD_BEEF, "oct1": 0o01234567,
            "oct2": 0o755, "bin1": 0b11010110, "max": .max, "min": .min, "zero": 0,
        ]
        for (key, value) in expected { XCTAssertEqual(table[key], .integer(value), key) }
    }

    func testFloats() throws {
        let table = try parse(
            """
            flt1 = +1.0
            flt2 = 3.1415
            flt3 = -0.01
            flt4 = 5e+22
            flt5 = 1e06
            flt6 = -2E-2
            flt7 = 6.626e-34
            flt8 = 224_617.445_991_228
            sf1 = inf
            sf2 = +inf
            sf3 = -inf
            sf4 = nan
            sf5 = +nan
            sf6 = -nan
            negative_zero = -0.0
            """)
        let expected: [String: Double] = [
            "flt1": 1, "flt2": 3.1415, "flt3": -0.01, "flt4": 5e22, "flt5": 1e6, "flt6": -0.02, "flt7": 6.626e-34,
            "flt8": 224_617.445_991_228, "sf1": .infinity, "sf2": .infinity, "sf3": -.infinity,
        ]
        for (key, value) in expected { XCTAssertEqual(table[key], .float(value), key) }
        for key in ["sf4", "sf5", "sf6"] { XCTAssertEqual(table[key]?.floatValue?.isNaN, true, key) }
        XCTAssertEqual(table["negative_zero"]?.floatValue?.sign, .minus)
    }

    func testBooleansAndDateTimes() throws {
        let table = try parse(
            """
            bool1 = true
            bool2 = false
            odt1 = 1979-05-27T07:32:00Z
            odt2 = 1979-05-27T00:32:00-07:00
            odt3 = 1979-05-27T00:32:00.999999-07:00
            odt4 = 1979-05-27 07:32:00Z
            ldt1 = 1979-05-27T07:32:00
            ldt2 = 1979-05-27T00:32:00.999999
            ld1 = 1979-05-27
            lt1 = 07:32:00
            lt2 = 00:32:00.999999
            """)
        XCTAssertEqual(table["bool1"], .boolean(true))
        XCTAssertEqual(table["bool2"], .boolean(false))
        let kinds: [String: TOMLDateTime.Kind] = [
            "odt1": .offsetDateTime, "odt2": .offsetDateTime, "odt3": .offsetDateTime, "odt4": .offsetDateTime,
            "ldt1": .localDateTime, "ldt2": .localDateTime, "ld1": .localDate, "lt1": .localTime, "lt2": .localTime,
        ]
        for (key, kind) in kinds { XCTAssertEqual(table[key]?.dateTimeValue?.kind, kind, key) }
        XCTAssertEqual(table["odt1"], table["odt4"], "T and a space separate the same value")
        XCTAssertEqual(table["odt4"]?.dateTimeValue?.text, "1979-05-27 07:32:00Z")
        XCTAssertEqual(table["odt1"]?.dateTimeValue?.offsetMinutes, 0)
        XCTAssertEqual(
            table["odt3"]?.dateTimeValue?.time,
            TOMLDateTime.Time(hour: 0, minute: 32, second: 0, nanosecond: 999_999_000))
        XCTAssertEqual(table["ld1"]?.dateTimeValue?.time, nil)
        XCTAssertEqual(table["lt2"]?.dateTimeValue?.date, nil)
    }

    func testArrays() throws {
        let table = try parse(
            """
            integers = [ 1, 2, 3 ]
            colors = [ "red", "yellow", "green" ]
            nested_arrays_of_ints = [ [ 1, 2 ], [3, 4, 5] ]
            nested_mixed_array = [ [ 1, 2 ], ["a", "b", "c"] ]
            string_array = [ "all", 'strings', \"\"\"are the same\"\"\", '''type''' ]
            numbers = [ 0.1, 0.2, 0.5, 1, 2, 5 ]
            contributors = [
              "Foo Bar <foo@example.com>",
              { name = "Baz Qux", email = "bazqux@example.com", url = "https://example.com/bazqux" }
            ]
            integers2 = [
              1, 2, 3
            ]
            integers3 = [
              1,
              2, # this is ok
            ]
            """)
        XCTAssertEqual(table["integers"], .array([.integer(1), .integer(2), .integer(3)]))
        XCTAssertEqual(table["string_array"], .array(["all", "strings", "are the same", "type"].map(TOMLValue.string)))
        XCTAssertEqual(table["numbers"]?.arrayValue?.count, 6)
        XCTAssertEqual(table["numbers"]?.arrayValue?[3], .integer(1))
        XCTAssertEqual(table["contributors"]?.arrayValue?[1].tableValue?["name"], .string("Baz Qux"))
        XCTAssertEqual(table["integers2"], table["integers"])
        XCTAssertEqual(table["integers3"], .array([.integer(1), .integer(2)]))
        XCTAssertEqual(table.line(of: "integers3"), 14)
    }

    func testTables() throws {
        let table = try parse(
            """
            [table-1]
            key1 = "some string"
            key2 = 123

            [dog."tater.man"]
            type.name = "pug"

            [ j . "ʞ" . 'l' ]

            # [x] you
            # [x.y] don't
            # [x.y.z] need these
            [x.y.z.w] # for this to work

            [x] # defining a super-table afterward is ok

            [fruit]
            apple.color = "red"
            apple.taste.sweet = true

            [fruit.apple.texture]  # you can add sub-tables
            smooth = true
            """)
        XCTAssertEqual(table["table-1"]?.tableValue?["key2"], .integer(123))
        XCTAssertEqual(table["dog"]?.tableValue?["tater.man"]?.tableValue?["type"]?.tableValue?["name"], .string("pug"))
        XCTAssertEqual(table["j"]?.tableValue?["ʞ"]?.tableValue?["l"], .table(TOMLTable()))
        XCTAssertNotNil(table["x"]?.tableValue?["y"]?.tableValue?["z"]?.tableValue?["w"]?.tableValue)
        XCTAssertEqual(table.line(of: "x"), 15, "the line where [x] is defined, not where it was implied")
        let apple = try XCTUnwrap(table["fruit"]?.tableValue?["apple"]?.tableValue)
        XCTAssertEqual(apple.keys, ["color", "taste", "texture"])
        XCTAssertEqual(apple["texture"]?.tableValue?["smooth"], .boolean(true))
    }

    func testInlineTablesAndArraysOfTables() throws {
        let table = try parse(
            """
            name = { first = "Tom", last = "Preston-Werner" }
            point = { x = 1, y = 2 }
            animal = { type.name = "pug" }

            [[products]]
            name = "Hammer"
            sku = 738594937

            [[products]]  # empty table within the array

            [[products]]
            name = "Nail"
            sku = 284758393

            color = "gray"

            [[fruits]]
            name = "apple"

            [fruits.physical]  # subtable
            color = "red"
            shape = "round"

            [[fruits.varieties]]  # nested array of tables
            name = "red delicious"

            [[fruits.varieties]]
            name = "granny smith"

            [[fruits]]
            name = "banana"

            [[fruits.varieties]]
            name = "plantain"
            """)
        XCTAssertEqual(table["point"]?.tableValue?["y"], .integer(2))
        XCTAssertEqual(table["animal"]?.tableValue?["type"]?.tableValue?["name"], .string("pug"))
        let products = try XCTUnwrap(table["products"]?.arrayValue)
        XCTAssertEqual(products.count, 3)
        XCTAssertEqual(products[1], .table(TOMLTable()))
        XCTAssertEqual(products[2].tableValue?["color"], .string("gray"))
        XCTAssertEqual(products[2].tableValue?.line(of: "sku"), 13)
        let fruits = try XCTUnwrap(table["fruits"]?.arrayValue)
        XCTAssertEqual(fruits.count, 2)
        XCTAssertEqual(fruits[0].tableValue?["physical"]?.tableValue?["shape"], .string("round"))
        XCTAssertEqual(fruits[0].tableValue?["varieties"]?.arrayValue?.count, 2)
        XCTAssertEqual(fruits[1].tableValue?["varieties"]?.arrayValue?.first?.tableValue?["name"], .string("plantain"))
    }

    func testCRLFLineEndsAreAccepted() throws {
        let table = try parse("# comment\r\n[a]\r\nb = 1 # c\r\ns = \"\"\"\r\nx\r\ny\"\"\"\r\nc = [\r\n  1,\r\n]\r\n")
        let a = try XCTUnwrap(table["a"]?.tableValue)
        XCTAssertEqual(a["b"], .integer(1))
        XCTAssertEqual(a["s"], .string("x\ny"), "line ends inside multi-line strings become LF")
        XCTAssertEqual(a["c"], .array([.integer(1)]))
        XCTAssertEqual(a.line(of: "c"), 7)
    }
}
