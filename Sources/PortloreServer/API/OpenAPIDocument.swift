/// The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`. The same text is
/// kept in docs/openapi.json; a test checks that the two are identical.
enum OpenAPIDocument {
    static let json = #"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "portlore API",
    "version": "1",
    "description": "What a port is (IANA's registry), what it was (its history) and what listens on it on this host. Documents follow the `portlore/1` JSON schema of the CLI's `--json` (docs/json-schema.md): snake_case keys, optional fields left out. Host data (listeners, findings) is redacted: command-line secrets read `[REDACTED]`. When the server runs with a token, host data needs `Authorization: Bearer TOKEN`; without the token, port documents leave out `listeners`."
  },
  "servers": [
    {
      "url": "http://127.0.0.1:13020"
    }
  ],
  "paths": {
    "/api/v1/ports/{port}": {
      "get": {
        "summary": "A port or range: registry entry, status, tier, former assignments, listeners here.",
        "operationId": "port",
        "parameters": [
          {
            "$ref": "#/components/parameters/port"
          },
          {
            "$ref": "#/components/parameters/history"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/Answer"
          },
          "400": {
            "description": "Not a port or range, or a range wider than 1024 ports.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "413": {
            "description": "Request too large.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          }
        }
      }
    },
    "/api/v1/ports/{port}/{protocol}": {
      "get": {
        "summary": "A port or range for one transport protocol.",
        "operationId": "portProtocol",
        "parameters": [
          {
            "$ref": "#/components/parameters/port"
          },
          {
            "$ref": "#/components/parameters/protocol"
          },
          {
            "$ref": "#/components/parameters/history"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/Answer"
          },
          "400": {
            "$ref": "#/components/responses/BadPort"
          }
        }
      }
    },
    "/api/v1/history/{port}": {
      "get": {
        "summary": "A port or range with every version of its records since 2017.",
        "operationId": "history",
        "parameters": [
          {
            "$ref": "#/components/parameters/port"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/Answer"
          },
          "400": {
            "description": "Bad port or range.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          }
        }
      }
    },
    "/api/v1/history/{port}/{protocol}": {
      "get": {
        "summary": "A port or range with its history, for one transport protocol.",
        "operationId": "historyProtocol",
        "parameters": [
          {
            "$ref": "#/components/parameters/port"
          },
          {
            "$ref": "#/components/parameters/protocol"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/Answer"
          },
          "400": {
            "$ref": "#/components/responses/BadPort"
          }
        }
      }
    },
    "/api/v1/services/{name}": {
      "get": {
        "summary": "Every version of the records with this service name and the ports they name.",
        "operationId": "service",
        "parameters": [
          {
            "name": "name",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 64
            },
            "example": "mysql"
          },
          {
            "$ref": "#/components/parameters/history"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/Answer"
          },
          "400": {
            "description": "Empty or overlong name.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "description": "No service has this name; the message suggests close names.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          }
        }
      }
    },
    "/api/v1/search": {
      "get": {
        "summary": "Ranked keyword search over service names and descriptions, current and historical.",
        "operationId": "search",
        "parameters": [
          {
            "name": "q",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200
            },
            "example": "remote desktop"
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 25
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Matches, best first (`portlore search --json`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SearchResult"
                }
              }
            }
          },
          "400": {
            "description": "Missing or bad q or limit.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          }
        }
      }
    },
    "/api/v1/listeners": {
      "get": {
        "summary": "Every listening socket on this host with its process and its port's IANA status (`portlore ls --json`).",
        "operationId": "listeners",
        "security": [
          {
            "bearer": []
          },
          {}
        ],
        "responses": {
          "200": {
            "description": "The listing.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Listing"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/api/v1/findings": {
      "get": {
        "summary": "Every finding on this host's listeners, most severe first.",
        "operationId": "findings",
        "security": [
          {
            "bearer": []
          },
          {}
        ],
        "responses": {
          "200": {
            "description": "The findings.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Findings"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/api/v1/ports/{port}/feedback": {
      "get": {
        "summary": "Readers' answers to \"Was this page helpful?\" on a port's page: yes and no votes.",
        "operationId": "portFeedback",
        "parameters": [
          {
            "name": "port",
            "in": "path",
            "required": true,
            "description": "One port, 0-65535.",
            "schema": {
              "type": "string",
              "pattern": "^[0-9]{1,5}$"
            },
            "example": "1302"
          }
        ],
        "responses": {
          "200": {
            "description": "The tally.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FeedbackTally"
                }
              }
            }
          },
          "400": {
            "description": "Not one port from 0 to 65535.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "503": {
            "description": "The feedback store is unreachable or the server keeps none.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          }
        }
      }
    },
    "/api/v1/feedback": {
      "get": {
        "summary": "Every vote with its comment, oldest first; for the operator only (the token is required, even on loopback).",
        "operationId": "feedback",
        "security": [
          {
            "bearer": []
          }
        ],
        "responses": {
          "200": {
            "description": "All feedback, without voter keys (no addresses are stored).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Feedback"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "503": {
            "description": "The feedback store is unreachable or the server keeps none.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          }
        }
      }
    },
    "/api/v1/openapi.json": {
      "get": {
        "summary": "This document.",
        "operationId": "openapi",
        "responses": {
          "200": {
            "description": "OpenAPI 3.1.",
            "content": {
              "application/json": {}
            }
          }
        }
      }
    }
  },
  "components": {
    "parameters": {
      "port": {
        "name": "port",
        "in": "path",
        "required": true,
        "description": "A port (0-65535) or a range (8000-8010, at most 1024 ports).",
        "schema": {
          "type": "string",
          "pattern": "^[0-9]{1,5}(-[0-9]{1,5})?$"
        },
        "example": "1302"
      },
      "protocol": {
        "name": "protocol",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "enum": [
            "tcp",
            "udp",
            "sctp",
            "dccp"
          ]
        }
      },
      "history": {
        "name": "history",
        "in": "query",
        "required": false,
        "description": "Include every version of every record since 2017 (`history` in each protocol).",
        "schema": {
          "type": "boolean"
        }
      }
    },
    "responses": {
      "Answer": {
        "description": "A `portlore/1` answer, the same document as `portlore QUERY --json` (docs/json-schema.md).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Answer"
            }
          }
        }
      },
      "BadPort": {
        "description": "Bad port, range or protocol.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "A token is configured and the request did not carry it.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      }
    },
    "securitySchemes": {
      "bearer": {
        "type": "http",
        "scheme": "bearer",
        "description": "From --token-file or $PORTLORE_TOKEN of `portlore serve`; needed for host data when one is configured."
      }
    },
    "schemas": {
      "Error": {
        "type": "object",
        "required": [
          "schema",
          "kind",
          "status",
          "error",
          "message"
        ],
        "properties": {
          "schema": {
            "const": "portlore/1"
          },
          "kind": {
            "const": "error"
          },
          "status": {
            "type": "integer"
          },
          "error": {
            "type": "string",
            "enum": [
              "bad-parameter",
              "range-too-large",
              "not-found",
              "unknown-service",
              "unauthorized",
              "request-too-large",
              "timed-out",
              "host-scan-failed",
              "configuration",
              "allowlist",
              "http",
              "internal"
            ]
          },
          "message": {
            "type": "string",
            "description": "One sentence that says what to do."
          }
        }
      },
      "Registry": {
        "type": "object",
        "properties": {
          "date": {
            "type": "string"
          },
          "source": {
            "type": "string"
          }
        }
      },
      "Record": {
        "type": "object",
        "properties": {
          "port": {
            "type": "integer"
          },
          "port_high": {
            "type": "integer"
          },
          "ports": {
            "type": "string"
          },
          "protocol": {
            "type": "string"
          },
          "service_name": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "assignee": {
            "type": "string"
          },
          "contact": {
            "type": "string"
          },
          "references": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "id": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "url": {
                  "type": "string"
                }
              }
            }
          },
          "registration_date": {
            "type": "string"
          },
          "modification_date": {
            "type": "string"
          },
          "note": {
            "type": "string"
          },
          "first_seen": {
            "type": "string"
          },
          "last_seen": {
            "type": "string"
          },
          "current": {
            "type": "boolean"
          }
        }
      },
      "Story": {
        "type": "object",
        "properties": {
          "protocol": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "assigned",
              "reserved",
              "unassigned",
              "deassigned",
              "dynamic"
            ]
          },
          "status_meaning": {
            "type": "string"
          },
          "deassigned_on": {
            "type": "string"
          },
          "records": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Record"
            }
          },
          "former": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Record"
            }
          },
          "history": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Record"
            }
          }
        }
      },
      "Socket": {
        "type": "object",
        "description": "A socket as in docs/json-schema.md; command lines are redacted.",
        "properties": {
          "protocol": {
            "type": "string"
          },
          "family": {
            "type": "string"
          },
          "state": {
            "type": "string"
          },
          "address": {
            "type": "string"
          },
          "port": {
            "type": "integer"
          },
          "scope": {
            "type": "string"
          },
          "owner": {
            "type": "string",
            "enum": [
              "processes",
              "hidden",
              "none"
            ]
          },
          "processes": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "pid": {
                  "type": "integer"
                },
                "name": {
                  "type": "string"
                },
                "command_line": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "executable": {
                  "type": "string"
                },
                "user": {
                  "type": "string"
                },
                "uid": {
                  "type": "integer"
                }
              }
            }
          }
        }
      },
      "Answer": {
        "type": "object",
        "required": [
          "schema",
          "kind",
          "query",
          "registry",
          "ports"
        ],
        "properties": {
          "schema": {
            "const": "portlore/1"
          },
          "kind": {
            "type": "string",
            "enum": [
              "port",
              "range",
              "service"
            ]
          },
          "query": {
            "type": "string"
          },
          "registry": {
            "$ref": "#/components/schemas/Registry"
          },
          "service": {
            "type": "string"
          },
          "records": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Record"
            }
          },
          "ports": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "port": {
                  "type": "integer"
                },
                "tier": {
                  "type": "string",
                  "enum": [
                    "system",
                    "user",
                    "dynamic"
                  ]
                },
                "tier_meaning": {
                  "type": "string"
                },
                "protocols": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Story"
                  }
                },
                "listeners": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Socket"
                  }
                },
                "known_uses": {
                  "type": "array",
                  "description": "Software known to use the port outside IANA's registry (Data/known-uses/), each with the page that states the port; empty when none is known.",
                  "items": {
                    "$ref": "#/components/schemas/KnownUse"
                  }
                }
              }
            }
          }
        }
      },
      "KnownUse": {
        "type": "object",
        "required": [
          "software",
          "kind",
          "source",
          "protocols"
        ],
        "properties": {
          "software": {
            "type": "string"
          },
          "kind": {
            "type": "string",
            "enum": [
              "default",
              "habit",
              "malware",
              "attack-tool"
            ]
          },
          "source": {
            "type": "string",
            "format": "uri"
          },
          "protocols": {
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "tcp",
                "udp",
                "sctp",
                "dccp"
              ]
            }
          }
        }
      },
      "SearchResult": {
        "type": "object",
        "properties": {
          "schema": {
            "const": "portlore/1"
          },
          "kind": {
            "const": "search"
          },
          "query": {
            "type": "string"
          },
          "registry": {
            "$ref": "#/components/schemas/Registry"
          },
          "matches": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "score": {
                  "type": "number"
                },
                "matched_terms": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "record": {
                  "$ref": "#/components/schemas/Record"
                }
              }
            }
          }
        }
      },
      "Listing": {
        "type": "object",
        "properties": {
          "schema": {
            "const": "portlore/1"
          },
          "kind": {
            "const": "listing"
          },
          "registry": {
            "$ref": "#/components/schemas/Registry"
          },
          "is_root": {
            "type": "boolean"
          },
          "warnings": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "listeners": {
            "type": "array",
            "items": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/Socket"
                },
                {
                  "type": "object",
                  "properties": {
                    "iana": {
                      "type": "object",
                      "properties": {
                        "status": {
                          "type": "string"
                        },
                        "service_names": {
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        },
                        "former_name": {
                          "type": "string"
                        },
                        "deassigned_on": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              ]
            }
          }
        }
      },
      "Findings": {
        "type": "object",
        "properties": {
          "schema": {
            "const": "portlore/1"
          },
          "kind": {
            "const": "findings"
          },
          "registry": {
            "$ref": "#/components/schemas/Registry"
          },
          "is_root": {
            "type": "boolean"
          },
          "scanned_at": {
            "type": "string"
          },
          "findings": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "rule",
                "severity",
                "reason",
                "port",
                "protocol",
                "address"
              ],
              "properties": {
                "rule": {
                  "type": "string"
                },
                "severity": {
                  "type": "string",
                  "enum": [
                    "info",
                    "notice",
                    "warning",
                    "alert"
                  ]
                },
                "reason": {
                  "type": "string"
                },
                "pid": {
                  "type": "integer"
                },
                "port": {
                  "type": "integer"
                },
                "protocol": {
                  "type": "string"
                },
                "address": {
                  "type": "string"
                },
                "process": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "FeedbackTally": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "yes",
          "no"
        ],
        "properties": {
          "yes": {
            "type": "integer",
            "minimum": 0
          },
          "no": {
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "Feedback": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "feedback"
        ],
        "properties": {
          "feedback": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "port",
                "helpful",
                "comment",
                "day"
              ],
              "properties": {
                "port": {
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 65535
                },
                "helpful": {
                  "type": "boolean"
                },
                "comment": {
                  "type": [
                    "string",
                    "null"
                  ],
                  "maxLength": 500
                },
                "day": {
                  "type": "string",
                  "format": "date",
                  "description": "The UTC day of the vote."
                }
              }
            }
          }
        }
      }
    }
  }
}
"""#
}
