using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// The name-column headers of <see cref="NameColumnTables"/> as translated documentation writes them: the words
    /// for name, parameter, attribute, property, key, option, field, argument, variable and setting in the languages
    /// documentation sites are most often translated into (Chinese, Japanese, Korean, German, French, Spanish,
    /// Portuguese, Italian, Russian, Dutch). APISIX's Chinese plugin pages head their tables "参数名" or "名称";
    /// the cells under them are the plugin's attribute names (`whitelist`), which stay English in every translation.
    /// </summary>
    internal static class TranslatedNameHeaders
    {
        private static readonly HashSet<string> Headers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            // Chinese (simplified and traditional)
            "参数", "参数名", "参数名称", "名称", "名字", "属性", "属性名", "字段", "字段名", "选项", "配置项", "键", "键名", "变量", "变量名",
            "參數", "參數名", "參數名稱", "名稱", "屬性", "屬性名", "欄位", "欄位名", "選項", "設定項", "鍵", "變數", "變數名",
            // Japanese
            "パラメータ", "パラメーター", "パラメータ名", "パラメーター名", "名前", "属性名", "プロパティ", "プロパティ名", "キー", "オプション",
            "フィールド", "フィールド名", "引数", "変数", "変数名", "設定", "設定項目", "項目",
            // Korean
            "매개변수", "파라미터", "이름", "속성", "키", "옵션", "필드", "인수", "변수", "설정",
            // German
            "Attribut", "Eigenschaft", "Eigenschaften", "Schlüssel", "Optionen", "Feld", "Felder", "Argumente", "Variablen",
            "Einstellung", "Einstellungen",
            // French
            "Paramètre", "Paramètres", "Nom", "Attributs", "Propriété", "Propriétés", "Clé", "Clés", "Champ", "Champs",
            "Réglage", "Réglages",
            // Spanish
            "Parámetro", "Parámetros", "Nombre", "Atributo", "Atributos", "Propiedad", "Propiedades", "Clave", "Claves", "Opción",
            "Opciones", "Campo", "Campos", "Argumento", "Argumentos", "Variables",
            // Portuguese
            "Parâmetro", "Parâmetros", "Nome", "Propriedade", "Propriedades", "Chave", "Chaves", "Opção", "Opções", "Variável", "Variáveis",
            // Italian
            "Parametro", "Parametri", "Attributo", "Attributi", "Proprietà", "Chiave", "Chiavi", "Opzione", "Opzioni", "Campi",
            "Argomento", "Argomenti", "Variabile", "Variabili", "Impostazione", "Impostazioni",
            // Russian
            "Параметр", "Параметры", "Имя", "Название", "Атрибут", "Свойство", "Ключ", "Опция", "Поле", "Аргумент", "Переменная", "Настройка",
            // Dutch
            "Naam", "Sleutel", "Eigenschap", "Veld", "Optie", "Instelling",
        };

        /// <summary>True when <paramref name="cell"/> (trimmed, emphasis stripped) is one of the translated headers.</summary>
        public static bool Contains(string cell) => Headers.Contains(cell);
    }
}
